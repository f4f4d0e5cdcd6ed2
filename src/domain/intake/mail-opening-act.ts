/**
 * INT-4: the act drawn up at mail opening (акт о вскрытии почтового отправления). HMR 2.6: pages,
 * an attachment or the contents of a flash drive / CD referred to in the text are missing, or foreign
 * enclosures, valuables or other objects are found; DUKI 2.3 adds original documents (passport,
 * military ID, certificates) and banknotes. Shared by the server (the act's text) and the web (the form).
 */
export const discrepancyKinds = ['missing-pages', 'missing-attachment', 'missing-media-content', 'foreign-enclosure', 'valuables', 'originals'] as const;
export type DiscrepancyKind = (typeof discrepancyKinds)[number];

export type Discrepancy = { kind: DiscrepancyKind; description: string };

type KindText = {
  /** What the registrar ticks in the form. */
  label: string;
  /** The words of the act, before the registrar's description. */
  act: string;
  /** An example for the description field. */
  example: string;
  group: 'missing' | 'found';
};

export const discrepancyTexts: Record<DiscrepancyKind, KindText> = {
  // HMR 2.6 абз. 2; DUKI 2.3
  'missing-pages': { label: 'Отсутствуют листы обращения или приложения к нему', act: 'Отсутствуют листы обращения (приложения к нему)', example: 'отсутствует лист 3 (в тексте указано 4 листа)', group: 'missing' },
  'missing-attachment': { label: 'Отсутствует приложение, указанное в тексте', act: 'Отсутствует приложение, указанное в тексте обращения', example: 'копия договора, названная в перечне приложений', group: 'missing' },
  'missing-media-content': { label: 'Нет информации на флеш-накопителе, компакт-диске', act: 'Отсутствует информация на носителе, приложенном к обращению', example: 'на компакт-диске нет файлов', group: 'missing' },
  // HMR 2.6 абз. 3; DUKI 2.3
  'foreign-enclosure': { label: 'Постороннее вложение', act: 'Обнаружено постороннее вложение', example: 'рекламный буклет', group: 'found' },
  valuables: { label: 'Деньги, материальные ценности, иные предметы', act: 'Обнаружены денежные средства, материальные ценности, иные предметы', example: 'денежная купюра 100 руб.', group: 'found' },
  // DUKI 2.3; INT-6 (return of originals) is a separate step
  originals: { label: 'Оригиналы (подлинники) документов', act: 'Обнаружены оригиналы (подлинники) документов', example: 'подлинник свидетельства о рождении', group: 'found' },
};

export const MAX_DISCREPANCIES = 20;
export const MAX_DESCRIPTION = 500;
export const MAX_NOTE = 1000;

/** The numbered list of the act, one finding a line: «1. Отсутствуют листы …: отсутствует лист 3.» */
export function formatDiscrepancies(list: readonly Discrepancy[]): string {
  return list
    .map((d, i) => {
      const text = d.description.trim().replace(/\s+/g, ' ');
      return `${i + 1}. ${discrepancyTexts[d.kind].act}: ${text}${/[.!?…]$/.test(text) ? '' : '.'}`;
    })
    .join('\n');
}

const prepositional: Record<number, string> = { 2: 'двух', 3: 'трёх', 4: 'четырёх', 5: 'пяти', 6: 'шести', 7: 'семи', 8: 'восьми', 9: 'девяти', 10: 'десяти' };

/** «2 (двух) экземплярах» — for «Акт составлен в …» (the number of copies is a profile parameter). */
export function copiesPhrase(copies: number): string {
  if (copies === 1) return '1 (одном) экземпляре';
  const word = prepositional[copies];
  return word ? `${copies} (${word}) экземплярах` : `${copies} экземплярах`;
}

/** Whether a copy goes to the author: by the procedure and an address, by the procedure but no address, or not at all. */
export type AuthorCopy = 'send' | 'no-address' | 'none';

const ordinals = ['Один', 'второй', 'третий', 'четвёртый', 'пятый'];

/**
 * Where the copies go. HMR 2.6: one is attached to the appeal, the other sent to the author;
 * DUKI 2.3: one stays with the person who opens the mail, the second is attached, the third sent;
 * KHV 3.2.4: one stays with the general department, the other goes with the appeal.
 */
export function copiesDistribution(copies: number, authorCopy: AuthorCopy): string {
  const toAuthor = authorCopy === 'none' ? null : authorCopy === 'send' ? 'направляется автору обращения (заявителю)' : 'подлежит направлению автору обращения (заявителю), но адрес для направления в обращении не указан';
  const kept = Math.max(0, copies - 1 - (toAuthor ? 1 : 0));
  const parts = [...Array<string>(kept).fill('остаётся у сотрудника, вскрывшего почтовое отправление'), 'приобщается к обращению', ...(toAuthor ? [toAuthor] : [])];
  if (parts.length === 1) return 'Экземпляр акта приобщается к обращению.';
  if (parts.length <= ordinals.length) return `${parts.map((p, i) => `${ordinals[i]}${i === 0 ? ' экземпляр' : ''} ${p}`).join(', ')}.`;
  return `Один экземпляр приобщается к обращению${toAuthor ? `, один ${toAuthor}` : ''}, остальные (${kept}) остаются у сотрудника, вскрывшего почтовое отправление.`;
}

/** Paper mail comes by post, by hand (нарочно) or forwarded by another body with its letter. */
const paperChannels: readonly string[] = ['post', 'in-person', 'forwarded'];

/** Why no act can be drawn up for this appeal (it did not come as paper mail), or null. */
export function mailOpeningRefusal(appeal: { form: string; channel: string }): string | null {
  if (appeal.form !== 'written') return 'Акт о вскрытии почтового отправления составляется только по письменному обращению, поступившему на бумаге; это обращение поступило не в письменной форме.';
  if (!paperChannels.includes(appeal.channel)) return 'Акт о вскрытии почтового отправления составляется только по обращению, поступившему почтой, нарочно или с сопроводительным письмом другого органа.';
  return null;
}

/**
 * INT-6: originals found at the opening — what the procedure does with them (profile parameter),
 * as a reminder to the registrar after the act: return within a term (HMR 2.6), with the answer
 * (KCSON 2.8.9), or keep in the case unless the author asks (KHV 3.9.5, DUKI 6.3).
 */
export function originalsReminder(handling: 'return-within-deadline' | 'return-with-answer' | 'keep-unless-requested', source: string, returnBy: string | null): string {
  switch (handling) {
    case 'return-within-deadline':
      return `Обнаружены подлинники документов: снимите с них копии и верните подлинники автору${returnBy ? ` не позднее ${returnBy}` : ''} (${source}).`;
    case 'return-with-answer':
      return `Обнаружены подлинники документов: снимите с них копии; подлинники возвращаются автору вместе с ответом заказным почтовым отправлением (${source}).`;
    case 'keep-unless-requested':
      return `Обнаружены подлинники документов: они хранятся в деле, пока автор не попросит их вернуть (${source}).`;
  }
}
