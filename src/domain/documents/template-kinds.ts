/**
 * ADM-4: the kinds of outgoing documents that have a template. Each kind has one template, which
 * the administrator may replace with his own .docx and reset to the generated default.
 * Further kinds (redirect, extension, special-case notices, cover letter, answer…) join this list
 * with their features.
 */
export const templateKinds = [
  { kind: 'registration-notice', title: 'Уведомление о регистрации обращения', source: 'HMR 3.8, прил. 3 (REG-9)' },
  { kind: 'mail-opening-act', title: 'Акт о вскрытии почтового отправления', source: 'HMR 2.6, DUKI 2.3, KHV 3.2.4 (INT-4)' },
  { kind: 'extension-notice', title: 'Уведомление о продлении срока рассмотрения обращения', source: '59-ФЗ ст. 12 ч. 2; HMR 5.4–5.5, DUKI 6.6, KHV 3.9.7 (DL-2)' },
  { kind: 'redirect-cover-letter', title: 'Сопроводительное письмо о направлении обращения по компетенции', source: '59-ФЗ ст. 8 ч. 3; HMR 4.8–4.9, KCSON 2.9, KHV 3.4.2 (ROU-7)' },
  { kind: 'redirect-notice', title: 'Уведомление автора о переадресации обращения', source: '59-ФЗ ст. 8 ч. 3; HMR 4.8, DUKI 4.3 (ROU-7)' },
  { kind: 'documents-request', title: 'Запрос документов и материалов', source: '59-ФЗ ст. 10 ч. 1 п. 2; KCSON 3.2 (ANS-1)' },
  { kind: 'control-report', title: 'Сопроводительное письмо с результатом рассмотрения контрольного обращения', source: 'HMR 8.3, KHV 3.9.3 (ANS-10)' },
  { kind: 'answer', title: 'Ответ на обращение', source: 'HMR 8.1–8.2, KCSON 2.8.5–2.8.6, KHV 3.9.2, DUKI 6.2–6.5 (ANS-3, ANS-4)' },
  { kind: 'complaint-return', title: 'Уведомление о возврате жалобы', source: '59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1 (ROU-8)' },
  { kind: 'additional-control-notice', title: 'Уведомление о постановке обращения на дополнительный контроль', source: 'DUKI 7.3–7.4 (CTL-1)' },
  { kind: 'translation-request-letter', title: 'Сопроводительное письмо о направлении обращения на перевод', source: 'HMR 7.15 (REG-11)' },
  { kind: 'anonymous-forwarding-letter', title: 'Сопроводительное письмо о направлении анонимного сообщения о противоправном деянии', source: '59-ФЗ ст. 11 ч. 1; HMR 7.1, DUKI 5.17 (SPC-1)' },
  { kind: 'court-decision-return', title: 'Уведомление о возврате обращения, в котором обжалуется судебное решение', source: '59-ФЗ ст. 11 ч. 2; HMR 7.3, DUKI 5.12 (SPC-2)' },
  { kind: 'abuse-of-right-notice', title: 'Уведомление о недопустимости злоупотребления правом', source: '59-ФЗ ст. 11 ч. 3; HMR 7.4, KCSON 3.3, DUKI 5.13 (SPC-3)' },
  { kind: 'unreadable-notice', title: 'Уведомление о том, что текст обращения не поддаётся прочтению', source: '59-ФЗ ст. 11 ч. 4; HMR 7.5, DUKI 5.14 (SPC-4)' },
  { kind: 'substance-undetermined-notice', title: 'Уведомление о невозможности определить суть обращения', source: '59-ФЗ ст. 11 ч. 4.1; DUKI 5.11 (SPC-4)' },
  { kind: 'state-secret-notice', title: 'Уведомление о невозможности дать ответ по существу (охраняемая законом тайна)', source: '59-ФЗ ст. 11 ч. 6; HMR 7.12, DUKI 5.16 (SPC-6)' },
  { kind: 'not-an-appeal-notice', title: 'Разъяснение требований к обращению (необращение)', source: '59-ФЗ ст. 4, 7; HMR 7.6 (SPC-7)' },
  { kind: 'courtesy-letter-notice', title: 'Уведомление о передаче письма (приглашения, поздравления, соболезнования, оценки деятельности) для ознакомления должностному лицу', source: '59-ФЗ ст. 4; HMR 7.6 абз. 2 (SPC-7)' },
  { kind: 'representative-authority-notice', title: 'Уведомление об отказе в рассмотрении жалобы (полномочия представителя не подтверждены)', source: 'KCSON 2.4, 3.1 (SPC-13)' },
  { kind: 'correspondence-termination-notice', title: 'Уведомление о прекращении переписки', source: '59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15 (SPC-5)' },
  { kind: 'published-answer-notice', title: 'Сообщение об адресе страницы с опубликованным ответом', source: '59-ФЗ ст. 11 ч. 5.1; HMR 7.10, DUKI 5.22 (SPC-11)' },
  { kind: 'correspondence-terminated-reminder', title: 'Уведомление об оставлении обращения без ответа по существу (переписка прекращена)', source: '59-ФЗ ст. 11 ч. 5; DUKI 5.15 (SPC-5)' },
  { kind: 'statement-not-sent-notice', title: 'Уведомление о решении по заявлению об отсутствии факта направления обращения', source: 'HMR 6.3 (SPC-8)' },
  { kind: 'statement-withdrawal-notice', title: 'Уведомление о решении по заявлению о прекращении рассмотрения обращения', source: 'HMR 6.5; KCSON 3.1 (SPC-9)' },
  { kind: 'statement-forwarding-letter', title: 'Сопроводительное письмо о направлении заявления (дополнительных документов) по переадресованному обращению', source: 'HMR 6.2 абз. 3, 6.4, 6.6 (SPC-8…10)' },
  { kind: 'statement-forwarding-notice', title: 'Уведомление гражданина о направлении его заявления (дополнительных документов) по компетенции', source: 'HMR 6.2 абз. 3, 6.4, 6.6 (SPC-8…10)' },
  { kind: 'mass-action-cover-letter', title: 'Сопроводительное письмо к реестру обращений одномоментной акции', source: '59-ФЗ ст. 8 ч. 3; HMR 7.14 (REG-12)' },
] as const satisfies readonly { kind: string; title: string; source: string }[];

export type TemplateKind = (typeof templateKinds)[number]['kind'];

export function templateKindOf(kind: string) {
  return templateKinds.find((k) => k.kind === kind);
}
