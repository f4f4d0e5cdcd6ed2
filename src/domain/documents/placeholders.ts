import type { TemplateKind } from './template-kinds';

/** INT-4: fields only the mail-opening act fills (a notice has no act date or list of findings). */
const actOnly = ['mail-opening-act'] as const satisfies readonly TemplateKind[];
/** DL-2: fields only the extension notice fills. */
const extensionOnly = ['extension-notice'] as const satisfies readonly TemplateKind[];
/** ROU-7: fields of the redirect letters; ANS-1: the documents request names its body too. */
const redirectOnly = ['redirect-cover-letter', 'redirect-notice', 'documents-request', 'control-report', 'statement-forwarding-letter', 'statement-forwarding-notice', 'mass-action-cover-letter'] as const satisfies readonly TemplateKind[];
/** REG-12 (HMR 7.14): the number of appeals in the registry of a mass action. */
const massActionOnly = ['mass-action-cover-letter'] as const satisfies readonly TemplateKind[];
/** REG-11 (HMR 7.15): the language of the appeal sent for translation. */
const translationOnly = ['translation-request-letter'] as const satisfies readonly TemplateKind[];
/** ANS-1: what is requested. */
const requestOnly = ['documents-request'] as const satisfies readonly TemplateKind[];
/** ANS-3: fields only the answer fills. */
const answerOnly = ['answer'] as const satisfies readonly TemplateKind[];
/** ROU-8: fields only the return of a complaint fills. */
const complaintReturnOnly = ['complaint-return'] as const satisfies readonly TemplateKind[];
/** CTL-1: fields only the additional control notice fills. */
const additionalControlOnly = ['additional-control-notice'] as const satisfies readonly TemplateKind[];
/** SPC-1…13 (59-ФЗ ст. 11): the official's explanation in the special-case letters. */
const specialCaseOnly = [
  'anonymous-forwarding-letter', 'court-decision-return', 'abuse-of-right-notice', 'unreadable-notice', 'substance-undetermined-notice', 'state-secret-notice', 'not-an-appeal-notice', 'courtesy-letter-notice', 'representative-authority-notice',
  'correspondence-termination-notice', 'correspondence-terminated-reminder',
  'published-answer-notice',
  'statement-not-sent-notice', 'statement-withdrawal-notice', 'statement-forwarding-letter', 'statement-forwarding-notice',
] as const satisfies readonly TemplateKind[];
/** SPC-8…10 (HMR 6.2–6.6): the citizen's statement (additional documents) on an earlier appeal. */
const statementOnly = ['statement-not-sent-notice', 'statement-withdrawal-notice', 'statement-forwarding-letter', 'statement-forwarding-notice'] as const satisfies readonly TemplateKind[];
/** SPC-8, SPC-9 (HMR 6.3, 6.5): the decision of the comparison. */
const comparisonOnly = ['statement-not-sent-notice', 'statement-withdrawal-notice'] as const satisfies readonly TemplateKind[];
/** SPC-11 (59-ФЗ ст. 11 ч. 5.1): the address of the page with the published answer. */
const publishedAnswerOnly = ['published-answer-notice'] as const satisfies readonly TemplateKind[];
/** SPC-7 (HMR 7.6 абз. 2): the official a courtesy letter is passed to for information. */
const courtesyLetterOnly = ['courtesy-letter-notice'] as const satisfies readonly TemplateKind[];
/** SPC-5 (59-ФЗ ст. 11 ч. 5): the question, the earlier answers and the termination decision. */
const correspondenceOnly = ['correspondence-termination-notice', 'correspondence-terminated-reminder'] as const satisfies readonly TemplateKind[];

/**
 * ADM-4: the fields a document template may use, written in braces in the .docx: «{номер}».
 * Russian names so that the administrator who edits the letter in Word reads them as words.
 * One catalogue for every template; a template with a name not listed here is refused. A field with
 * `kinds` belongs to those kinds of document only (placeholderNamesFor): elsewhere it is refused too.
 * Shared by the server (filling, validation) and the web (the administrator's reference).
 */
export const placeholders = [
  { name: 'номер', group: 'Обращение', description: 'Регистрационный номер обращения', example: '1234' },
  { name: 'дата_регистрации', group: 'Обращение', description: 'Дата регистрации обращения (ДД.ММ.ГГГГ)', example: '20.11.2026' },
  { name: 'дата_поступления', group: 'Обращение', description: 'Дата поступления обращения (ДД.ММ.ГГГГ)', example: '19.11.2026' },
  { name: 'краткое_содержание', group: 'Обращение', description: 'Краткое содержание (аннотация) обращения', example: 'О ремонте дороги к дому' },
  { name: 'срок_рассмотрения', group: 'Обращение', description: 'Дата, не позднее которой будет дан ответ (59-ФЗ ст. 12), ДД.ММ.ГГГГ', example: '21.12.2026' },
  { name: 'основание', group: 'Обращение', description: 'Правовое основание в творительном падеже, для фразы «в соответствии с {основание}»: 59-ФЗ и порядок организации', example: 'Федеральным законом от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»' },
  { name: 'адресат', group: 'Адресат', description: 'Фамилия, имя, отчество получателя (или наименование организации) как записаны', example: 'Иванов Иван Петрович' },
  { name: 'адресат_дательный', group: 'Адресат', description: 'Фамилия, имя, отчество получателя полностью в дательном падеже', example: 'Иванову Ивану Петровичу' },
  { name: 'адресат_кратко', group: 'Адресат', description: 'Фамилия и инициалы получателя в дательном падеже — для строки «адресат»', example: 'Иванову И. П.' },
  { name: 'обращение', group: 'Адресат', description: 'Обращение к получателю; «Уважаемый(ая)», если пол не известен', example: 'Уважаемый Иван Петрович!' },
  { name: 'почтовый_адрес', group: 'Адресат', description: 'Почтовый адрес получателя', example: '628002, г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5' },
  { name: 'эл_почта', group: 'Адресат', description: 'Адрес электронной почты получателя', example: 'ivanov@example.ru' },
  { name: 'организация', group: 'Организация', description: 'Полное наименование организации', example: 'Администрация Ханты-Мансийского района' },
  { name: 'организация_кратко', group: 'Организация', description: 'Краткое наименование организации', example: 'Администрация ХМР' },
  { name: 'адрес_организации', group: 'Организация', description: 'Почтовый адрес организации', example: 'ул. Гагарина, д. 214, г. Ханты-Мансийск, 628002' },
  { name: 'телефон_организации', group: 'Организация', description: 'Телефон организации (первый из указанных в реквизитах)', example: '8 (3467) 35-28-73' },
  { name: 'эл_почта_организации', group: 'Организация', description: 'Адрес электронной почты организации', example: 'office@hmrn.ru' },
  { name: 'сайт_организации', group: 'Организация', description: 'Официальный сайт организации', example: 'http://hmrn.ru' },
  { name: 'должность_руководителя', group: 'Организация', description: 'Должность руководителя организации', example: 'Глава Ханты-Мансийского района' },
  { name: 'руководитель', group: 'Организация', description: 'Инициалы и фамилия руководителя (по штатной должности руководителя), для расшифровки подписи', example: 'А. В. Петров' },
  { name: 'исполнитель', group: 'Документ', description: 'Фамилия, имя, отчество сотрудника, подготовившего документ', example: 'Петрова Анна Сергеевна' },
  { name: 'телефон_исполнителя', group: 'Документ', description: 'Телефон исполнителя (если не указан — телефон организации)', example: '8 (3467) 35-28-30' },
  { name: 'дата_документа', group: 'Документ', description: 'Дата составления документа (ДД.ММ.ГГГГ)', example: '20.11.2026' },
  { name: 'дата_акта', group: 'Акт вскрытия почты', description: 'Дата составления акта о вскрытии почтового отправления (ДД.ММ.ГГГГ). Только в шаблоне акта', example: '20.11.2026', kinds: actOnly },
  { name: 'автор', group: 'Акт вскрытия почты', description: 'Автор обращения (заявитель) и его почтовый адрес; для коллективного обращения — первый подписавший и число авторов. Только в шаблоне акта', example: 'Иванов Иван Петрович (628002, г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5)', kinds: actOnly },
  { name: 'перечень_несоответствий', group: 'Акт вскрытия почты', description: 'Нумерованный перечень выявленного при вскрытии: чего недостает и что обнаружено (каждый пункт с новой строки). Только в шаблоне акта', example: '1. Отсутствуют листы обращения: отсутствует лист 3.', kinds: actOnly },
  { name: 'примечание', group: 'Акт вскрытия почты', description: 'Примечание регистратора со словом «Примечание:» или пусто, если его нет. Только в шаблоне акта', example: 'Примечание: конверт повреждён при доставке.', kinds: actOnly },
  { name: 'экземпляров', group: 'Акт вскрытия почты', description: 'Число экземпляров акта (параметр порядка) для фразы «составлен в {экземпляров}». Только в шаблоне акта', example: '2 (двух) экземплярах', kinds: actOnly },
  { name: 'распределение_экземпляров', group: 'Акт вскрытия почты', description: 'Куда идут экземпляры акта по порядку организации: к обращению, автору, сотруднику, вскрывшему почту. Только в шаблоне акта', example: 'Один экземпляр приобщается к обращению, второй направляется автору обращения (заявителю).', kinds: actOnly },
  { name: 'должность_составителя', group: 'Акт вскрытия почты', description: 'Должность сотрудника, вскрывшего почтовое отправление и составившего акт. Только в шаблоне акта', example: 'Специалист-эксперт отдела по работе с обращениями', kinds: actOnly },
  { name: 'новый_срок', group: 'Продление срока', description: 'Дата, не позднее которой будет дан ответ после продления (ДД.ММ.ГГГГ). Только в уведомлении о продлении', example: '20.01.2027', kinds: extensionOnly },
  { name: 'причины_продления', group: 'Продление срока', description: 'Причины продления срока рассмотрения. Только в уведомлении о продлении', example: 'необходимостью запроса сведений в Социальном фонде России', kinds: extensionOnly },
  { name: 'орган', group: 'Переадресация', description: 'Наименование органа (должностного лица), в который направлено обращение. Только в письмах о переадресации', example: 'Прокуратура Ханты-Мансийского района', kinds: redirectOnly },
  { name: 'адрес_органа', group: 'Переадресация', description: 'Почтовый адрес органа. Только в письмах о переадресации', example: 'ул. Мира, д. 1, г. Ханты-Мансийск', kinds: redirectOnly },
  { name: 'вопросы_переадресации', group: 'Переадресация', description: 'Вопросы, направленные в этот орган (каждый с новой строки). Только в письмах о переадресации', example: '1. Работа прокуратуры', kinds: redirectOnly },
  { name: 'запрашиваемые_сведения', group: 'Запрос документов', description: 'Какие документы и материалы запрашиваются. Только в запросе', example: 'сведения о плане ремонта автомобильной дороги по ул. Мира', kinds: requestOnly },
  { name: 'текст_ответа', group: 'Ответ на обращение', description: 'Текст ответа, подготовленный исполнителем: разъяснения по существу каждого вопроса с правовым обоснованием. Только в шаблоне ответа', example: 'По вопросу ремонта дороги сообщаем, что работы включены в план на 2027 год.', kinds: answerOnly },
  { name: 'вопросы', group: 'Ответ на обращение', description: 'Вопросы обращения по классификатору (каждый с новой строки). Только в шаблоне ответа', example: '1. Ремонт дорог (0003.0009.0097.0691)', kinds: answerOnly },
  { name: 'обжалуемое', group: 'Возврат жалобы', description: 'Чьё решение или действие (бездействие) обжалуется: должностное лицо с должностью и (или) подразделение. Только в уведомлении о возврате жалобы', example: 'Морозов Дмитрий Иванович, заместитель главы района', kinds: complaintReturnOnly },
  { name: 'причина_возврата', group: 'Возврат жалобы', description: 'Пояснение, почему направить жалобу на рассмотрение иному должностному лицу невозможно (или пусто). Только в уведомлении о возврате жалобы', example: 'Решение поставленного вопроса относится к исключительной компетенции главы района.', kinds: complaintReturnOnly },
  { name: 'контрольный_срок', group: 'Дополнительный контроль', description: 'Дата, до которой доложить об окончательном решении вопроса (ДД.ММ.ГГГГ). Только в уведомлении о дополнительном контроле', example: '01.03.2027', kinds: additionalControlOnly },
  { name: 'обещанное_решение', group: 'Дополнительный контроль', description: 'Что и в какой срок обещано автору в ответе. Только в уведомлении о дополнительном контроле', example: 'ремонт дороги по ул. Мира будет выполнен в первом квартале 2027 года', kinds: additionalControlOnly },
  { name: 'ответ_автору', group: 'Дополнительный контроль', description: 'Исходящий номер и дата ответа, направленного автору. Только в уведомлении о дополнительном контроле', example: 'исх. № Исх-15 от 10.12.2026', kinds: additionalControlOnly },
  { name: 'автор_обращения', group: 'Дополнительный контроль', description: 'Фамилия, имя, отчество автора обращения (наименование организации). Только в уведомлении о дополнительном контроле', example: 'Иванов Иван Петрович', kinds: additionalControlOnly },
  { name: 'пояснение', group: 'Особые случаи (ст. 11)', description: 'Пояснение должностного лица, принявшего решение по особому случаю (или пусто). Только в письмах по особым случаям', example: 'В обращении обжалуется решение Ханты-Мансийского районного суда от 01.10.2026 по делу № 2-123/2026.', kinds: specialCaseOnly },
  { name: 'вопрос_переписки', group: 'Прекращение переписки', description: 'Вопрос, переписка по которому прекращается (прекращена): наименование по классификатору с кодом. Только в уведомлениях о прекращении переписки', example: '«Проезд льготных категорий граждан» (ТОТК 0002.0007.0074.0320)', kinds: correspondenceOnly },
  { name: 'ранее_данные_ответы', group: 'Прекращение переписки', description: 'Ранее направленные обращения, на которые даны ответы по существу, с номерами ответов. Только в уведомлениях о прекращении переписки', example: 'обращения № 12 от 01.10.2026 (ответ исх. № Исх-40 от 20.10.2026), № 31 от 02.11.2026', kinds: correspondenceOnly },
  { name: 'решение_о_прекращении', group: 'Прекращение переписки', description: 'Решение о прекращении переписки: дата, обращение и уведомление. Только в уведомлениях о прекращении переписки', example: 'решением от 20.11.2026 (обращение № 45, уведомление исх. № Исх-52 от 20.11.2026)', kinds: correspondenceOnly },
  { name: 'адрес_страницы', group: 'Опубликованный ответ', description: 'Электронный адрес страницы официального сайта, на которой размещён ответ на вопрос обращения. Только в сообщении об опубликованном ответе', example: 'https://priem.example.ru/answers/12', kinds: publishedAnswerOnly },
  { name: 'опубликованный_ответ', group: 'Опубликованный ответ', description: 'Заголовок опубликованного ответа и дата размещения. Только в сообщении об опубликованном ответе', example: '«О ремонте дорог в микрорайоне Восточный», размещён 25.11.2026', kinds: publishedAnswerOnly },
  { name: 'должностное_лицо', group: 'Необращение для ознакомления', description: 'Фамилия, имя, отчество и должность должностного лица, которому письмо передано для ознакомления. Только в уведомлении о передаче письма для ознакомления', example: 'Кузнецов Иван Петрович, глава Ханты-Мансийского района', kinds: courtesyLetterOnly },
  { name: 'число_обращений', group: 'Одномоментная акция', description: 'Число обращений в реестре одномоментной акции со словом «обращение» в нужной форме. Только в сопроводительном письме к реестру', example: '1250 обращений', kinds: massActionOnly },
  { name: 'заявление', group: 'Заявления по обращению', description: 'Дата и регистрационный номер заявления гражданина (дополнительных документов). Только в документах по заявлениям', example: 'от 21.11.2026 (вх. № 1234-З1)', kinds: statementOnly },
  { name: 'вид_заявления', group: 'Заявления по обращению', description: 'Что поступило: заявление об отсутствии факта направления обращения, о прекращении его рассмотрения или дополнительные документы и материалы. Только в документах по заявлениям', example: 'заявление о прекращении рассмотрения обращения', kinds: statementOnly },
  { name: 'заявитель', group: 'Заявления по обращению', description: 'Фамилия, имя, отчество гражданина, подавшего заявление (документы). Только в документах по заявлениям', example: 'Иванов Иван Петрович', kinds: statementOnly },
  { name: 'приложения_к_заявлению', group: 'Заявления по обращению', description: 'Перечень приложенных документов и материалов (или «нет»). Только в документах по заявлениям', example: 'справка о составе семьи на 1 л.; копия договора найма на 3 л.', kinds: statementOnly },
  { name: 'результат_сопоставления', group: 'Заявления по обращению', description: 'Решение по итогам сопоставления автора обращения с гражданином, подавшим заявление, и что из него следует. Только в уведомлениях о решении по заявлению', example: 'По итогам сопоставления Вы определены как автор обращения. В соответствии с Вашим заявлением рассмотрение обращения прекращено.', kinds: comparisonOnly },
  { name: 'язык_обращения', group: 'Перевод обращения', description: 'Язык, на котором составлено обращение. Только в письме о направлении обращения на перевод', example: 'татарский', kinds: translationOnly },
  { name: 'составитель', group: 'Акт вскрытия почты', description: 'Инициалы и фамилия сотрудника, составившего акт, для расшифровки подписи. Только в шаблоне акта', example: 'А. С. Петрова', kinds: actOnly },
] as const satisfies readonly { name: string; group: string; description: string; example: string; kinds?: readonly TemplateKind[] }[];

type Entry = (typeof placeholders)[number];

export type PlaceholderName = Entry['name'];

export const placeholderNames: readonly PlaceholderName[] = placeholders.map((p) => p.name);

/** The fields every template may use (those without `kinds`). */
export type CommonPlaceholderName = Exclude<Entry, { kinds: readonly string[] }>['name'];

/** Values for every common placeholder: a document is filled only when all are given (empty string is a value). */
export type PlaceholderValues = Record<CommonPlaceholderName, string>;

/** INT-4: the values of the mail-opening act — the common fields and the act's own. */
export type MailOpeningActValues = PlaceholderValues & Record<Extract<Entry, { kinds: readonly 'mail-opening-act'[] }>['name'], string>;

/** DL-2: the values of an extension notice — the common fields and its own. */
export type ExtensionNoticeValues = PlaceholderValues & Record<Extract<Entry, { kinds: readonly 'extension-notice'[] }>['name'], string>;

/** ROU-7: the values of the redirect letters. */
export type RedirectValues = PlaceholderValues & Record<Extract<Entry, { kinds: typeof redirectOnly }>['name'], string>;

/** REG-12 (HMR 7.14): the values of the cover letter to the registry of a mass action. */
export type MassActionCoverValues = RedirectValues & Record<Extract<Entry, { kinds: typeof massActionOnly }>['name'], string>;

/** REG-11: the values of the letter sending an appeal for translation. */
export type TranslationRequestValues = PlaceholderValues & Record<Extract<Entry, { kinds: typeof translationOnly }>['name'], string>;

/** ANS-3: the values of an answer — the common fields and the answer's own. */
export type AnswerValues = PlaceholderValues & Record<Extract<Entry, { kinds: readonly 'answer'[] }>['name'], string>;

/** ROU-8: the values of the return of a complaint. */
export type ComplaintReturnValues = PlaceholderValues & Record<Extract<Entry, { kinds: readonly 'complaint-return'[] }>['name'], string>;

/** CTL-1: the values of the additional control notice. */
export type AdditionalControlNoticeValues = PlaceholderValues & Record<Extract<Entry, { kinds: readonly 'additional-control-notice'[] }>['name'], string>;

/** SPC-1…13: the values of a special-case letter. */
export type SpecialCaseValues = PlaceholderValues & Record<Extract<Entry, { kinds: typeof specialCaseOnly }>['name'], string>;

/** SPC-5: the values of the correspondence-termination letters — a special-case letter's and their own. */
export type CorrespondenceValues = SpecialCaseValues & Record<Extract<Entry, { kinds: typeof correspondenceOnly }>['name'], string>;

/** SPC-11: the values of the message with the address of a published answer. */
export type PublishedAnswerNoticeValues = SpecialCaseValues & Record<Extract<Entry, { kinds: typeof publishedAnswerOnly }>['name'], string>;

/** SPC-7 (HMR 7.6 абз. 2): the values of the notice that a courtesy letter was passed to an official for information. */
export type CourtesyLetterNoticeValues = SpecialCaseValues & Record<Extract<Entry, { kinds: typeof courtesyLetterOnly }>['name'], string>;

/** SPC-8…10: the values of the documents on a citizen's statement about an earlier appeal. */
export type StatementLetterValues = SpecialCaseValues & Record<Extract<Entry, { kinds: typeof statementOnly }>['name'], string>;

/** The fields a template of this kind may use: the common ones and its own. */
export function placeholderNamesFor(kind: TemplateKind): PlaceholderName[] {
  return placeholders.filter((p) => !('kinds' in p) || (p.kinds as readonly string[]).includes(kind)).map((p) => p.name);
}

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/** «{номер}» — how a placeholder is written in a template. */
export function braced(name: string): string {
  return `{${name}}`;
}
