/**
 * ADM-4: the fields a document template may use, written in braces in the .docx: «{номер}».
 * Russian names so that the administrator who edits the letter in Word reads them as words.
 * One catalogue for every template; a template with a name not listed here is refused.
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
] as const satisfies readonly { name: string; group: string; description: string; example: string }[];

export type PlaceholderName = (typeof placeholders)[number]['name'];

export const placeholderNames: readonly PlaceholderName[] = placeholders.map((p) => p.name);

/** Values for every placeholder: a document is filled only when all are given (empty string is a value). */
export type PlaceholderValues = Record<PlaceholderName, string>;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/** «{номер}» — how a placeholder is written in a template. */
export function braced(name: string): string {
  return `{${name}}`;
}
