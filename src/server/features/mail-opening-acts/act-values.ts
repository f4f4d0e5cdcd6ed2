import type { MailOpeningActValues } from '../../../domain/documents/placeholders';
import { copiesDistribution, copiesPhrase, formatDiscrepancies, type AuthorCopy, type Discrepancy } from '../../../domain/intake/mail-opening-act';
import { formatDateRu } from '../../../domain/time/local-date';
import { noticeValues, type NoticeSources } from '../notices/notice-values';

export type ActSources = NoticeSources & {
  act: { date: string; discrepancies: readonly Discrepancy[]; note: string; copies: number; authorCopy: AuthorCopy; author: string };
  /** The registrar who opened the mail and draws up the act. */
  composer: { surname: string; firstName: string; patronymic: string | null; position: string | null } | null;
};

/** «А. С. Петрова» — the transcript of a signature (ГОСТ Р 7.0.97-2016: initials before the surname). */
function initialsFirst(p: { surname: string; firstName: string; patronymic: string | null }): string {
  const initials = [p.firstName, p.patronymic].filter((x): x is string => Boolean(x)).map((x) => `${x.charAt(0).toUpperCase()}.`).join(' ');
  return initials ? `${initials} ${p.surname}` : p.surname;
}

/** INT-4: every field of the act — the common ones (organisation, appeal, addressee) and the act's own. */
export function actValues(s: ActSources): MailOpeningActValues {
  const note = s.act.note.trim();
  return {
    ...noticeValues(s),
    дата_акта: formatDateRu(s.act.date),
    автор: s.act.author,
    перечень_несоответствий: formatDiscrepancies(s.act.discrepancies),
    примечание: note ? `Примечание: ${note}` : '',
    экземпляров: copiesPhrase(s.act.copies),
    распределение_экземпляров: copiesDistribution(s.act.copies, s.act.authorCopy),
    должность_составителя: s.composer?.position ?? '',
    составитель: s.composer ? initialsFirst(s.composer) : '',
  };
}
