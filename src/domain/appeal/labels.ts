/**
 * How the staff read an appeal's attributes — on screen, in the journal and in its export (REG-10,
 * KCSON 6.1.10). Indexing with the server's value unions checks that every value has its label.
 * Multiplicity has its labels beside its rule (multiplicity.ts).
 */
export const formLabels = {
  written: 'Письменное',
  electronic: 'В форме электронного документа',
  oral: 'Устное',
} as const;

export const channelLabels = {
  post: 'Почтой',
  'in-person': 'Лично (нарочно)',
  fax: 'Факсом',
  email: 'Электронной почтой',
  'internet-reception': 'Интернет-приёмная',
  epgu: 'ЕПГУ (Госуслуги)',
  'regional-portal': 'Региональный портал',
  medo: 'МЭДО',
  forwarded: 'Перенаправлено другим органом',
  'personal-reception': 'Личный приём',
  'field-reception': 'Выездной приём',
  'video-reception': 'Приём по видеосвязи',
  phone: 'По телефону',
} as const;

/** KCSON 6.1.10: вид обращения — заявление, предложение, жалоба (59-FZ art. 4). */
export const typeLabels = {
  proposal: 'Предложение',
  statement: 'Заявление',
  complaint: 'Жалоба',
  'info-request': 'Запрос информации',
  'not-appeal': 'Не является обращением',
} as const;
