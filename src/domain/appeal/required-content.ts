export type ContentWarning = { code: string; message: string };

export type ContentCheckInput = {
  form: 'written' | 'electronic' | 'oral';
  channel: string;
  receivedDate: string;
  addressee: string;
  authors: { kind: 'person' | 'organisation'; surname: string | null; firstName: string | null; postalAddress: string; email: string; role: string }[];
  collective: boolean;
  authorityDocument: string | null;
  annotation: string;
};

/** 547-FZ: plain e-mail stopped being a 59-FZ channel on 30.03.2025. */
export const PLAIN_EMAIL_CUTOFF = '2025-03-30';

/**
 * LAW art. 7 (INT-9): what an appeal must contain. Missing parts never stop the registration —
 * the appeal is registered with a visible warning and later gets its disposition (SPC-1 etc.).
 */
export function requiredContentWarnings(a: ContentCheckInput): ContentWarning[] {
  const out: ContentWarning[] = [];
  const people = a.authors.filter((x) => x.role !== 'representative');
  if (people.length === 0) out.push({ code: 'no-author', message: 'Автор не указан: обращение является анонимным (59-ФЗ ст. 11 ч. 1).' });
  if (people.some((p) => p.kind === 'person' && !p.surname?.trim())) out.push({ code: 'no-surname', message: 'Не указана фамилия автора: признак анонимного обращения (59-ФЗ ст. 7 ч. 1, ст. 11 ч. 1).' });
  const answerTo = people.filter((p) => (a.form === 'electronic' ? p.email.trim() || p.postalAddress.trim() : p.postalAddress.trim()));
  if (people.length > 0 && answerTo.length === 0) {
    out.push({
      code: 'no-address',
      message: a.form === 'electronic' ? 'Не указан адрес электронной почты или почтовый адрес для ответа (59-ФЗ ст. 7 ч. 3).' : 'Не указан почтовый адрес для ответа (59-ФЗ ст. 7 ч. 1): ответ направить некуда.',
    });
  }
  if (!a.addressee.trim() && a.form !== 'oral') out.push({ code: 'no-addressee', message: 'Не указан адресат обращения (59-ФЗ ст. 7 ч. 1).' });
  if (a.authors.some((x) => x.role === 'representative') && !a.authorityDocument?.trim()) {
    out.push({ code: 'no-authority', message: 'Представитель не приложил документ, подтверждающий полномочия (INT-9; KCSON 2.4).' });
  }
  if (a.collective && people.length < 2) out.push({ code: 'collective-one-author', message: 'Коллективное обращение: укажите не менее двух подписавших (REG-4).' });
  if (a.channel === 'email' && a.receivedDate >= PLAIN_EMAIL_CUTOFF) {
    out.push({ code: 'plain-email', message: 'Обращение по обычной электронной почте после 30.03.2025 не является обращением по 59-ФЗ (547-ФЗ): регистрируется как входящая корреспонденция.' });
  }
  return out;
}
