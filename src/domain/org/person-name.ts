/** Names stay as written (REG-3); these helpers only join them. */
export type PersonName = { surname: string; firstName: string; patronymic: string | null };

/** «Иванов Иван Петрович» */
export function fullName(p: PersonName): string {
  return [p.surname, p.firstName, p.patronymic].filter(Boolean).join(' ');
}

/** «Иванов И. П.» — the form used in lists and signatures. */
export function shortName(p: PersonName): string {
  const initials = [p.firstName, p.patronymic]
    .filter((x): x is string => Boolean(x))
    .map((x) => `${x.charAt(0).toUpperCase()}.`)
    .join(' ');
  return initials ? `${p.surname} ${initials}` : p.surname;
}
