/** How the error summary names a field the server complained about (the body path of the request). */
const top: Record<string, string> = {
  receivedAt: 'Дата и время поступления',
  form: 'Форма обращения',
  channel: 'Канал поступления',
  type: 'Вид обращения',
  addressee: 'Адресат',
  forwarded: 'Поступило из другого органа',
  'forwarded.bodyId': 'Орган, направивший обращение',
  'forwarded.letterDate': 'Дата сопроводительного письма',
  'forwarded.letterNumber': 'Номер сопроводительного письма',
  pages: 'Количество листов',
  annotation: 'Аннотация',
  text: 'Текст обращения',
  collective: 'Коллективное обращение',
  authors: 'Авторы',
  authorityDocument: 'Документ, подтверждающий полномочия',
  questions: 'Вопросы',
  multiplicity: 'Кратность',
  previousAppealId: 'Предыдущее обращение',
  controlType: 'Вид контроля',
  controlOfficialId: 'Контроль осуществляет',
};

export const authorFieldLabels: Record<string, string> = {
  id: 'запись автора',
  kind: 'гражданин или организация',
  surname: 'фамилия',
  firstName: 'имя',
  patronymic: 'отчество',
  organisationName: 'наименование организации',
  postalAddress: 'почтовый адрес',
  email: 'адрес электронной почты',
  phone: 'телефон',
  territory: 'территория',
  socialStatus: 'социальное положение',
  benefitCategory: 'льготная категория',
  gender: 'пол',
  role: 'роль',
  receivesAnswer: 'получатель ответа',
};

export function fieldLabel(path: string): string {
  if (top[path]) return top[path];
  const author = /^authors\.(\d+)\.(\w+)/.exec(path);
  if (author) return `Автор ${Number(author[1]) + 1}: ${authorFieldLabels[author[2]!] ?? author[2]}`;
  const question = /^questions\.(\d+)\.(\w+)/.exec(path);
  if (question) return `Вопрос ${Number(question[1]) + 1}: ${question[2] === 'totkCode' ? 'вопрос по классификатору ТОТК' : 'содержание вопроса'}`;
  return top[path.split('.')[0] ?? ''] ?? path;
}

/** The id of the input that shows a field's message, so the summary can take the registrar there. */
export const fieldId = (path: string) => `field-${path.replaceAll('.', '-')}`;

/** Moves the focus to a field named in the summary (an input, or the first input inside a wrapper). */
export function focusField(path: string) {
  const el = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split('.').slice(0, 2).join('.'))) ?? document.getElementById(fieldId(path.split('.')[0] ?? ''));
  if (!el) return;
  const target = el.matches('input, textarea, button') ? el : el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button');
  el.scrollIntoView({ block: 'center' });
  (target ?? el).focus({ preventScroll: true });
}
