/**
 * Russian agreement of a noun with a number: «1 обращение», «3 обращения», «11 обращений»,
 * «21 обращение». The forms are the noun after 1, after 2–4 and after 5–20 (and 0).
 */
export type PluralForms = readonly [one: string, few: string, many: string];

export function pluralForm(n: number, forms: PluralForms): string {
  const abs = Math.abs(Math.trunc(n));
  const m10 = abs % 10;
  const m100 = abs % 100;
  if (m10 === 1 && m100 !== 11) return forms[0];
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return forms[1];
  return forms[2];
}

/** The number and the noun: `withNumber(3, APPEAL_FORMS)` → «3 обращения». */
export function withNumber(n: number, forms: PluralForms): string {
  return `${n} ${pluralForm(n, forms)}`;
}

export const APPEAL_FORMS: PluralForms = ['обращение', 'обращения', 'обращений'];

/** «1 обращение», «3 обращения», «1250 обращений» (REG-12: the registry of a mass action). */
export function appealsCount(n: number): string {
  return withNumber(n, APPEAL_FORMS);
}
