import type { TemplateKind } from './template-kinds';

/**
 * ADM-4: the words of the default templates, fields in braces. Organisation details are fields too,
 * so one default serves every profile. The server lays them out (.docx): a letter on a letterhead,
 * or an act (ГОСТ Р 7.0.97-2016: organisation, document type, date, place, title, text, signatures).
 */
export type LetterText = {
  layout: 'letter';
  title: string;
  paragraphs: readonly string[];
};

export type ActText = {
  layout: 'act';
  /** The type of the document, «АКТ». */
  documentType: string;
  /** The heading: «о вскрытии почтового отправления». */
  title: string;
  /** Paragraphs of the text; a paragraph that is only a list field is set without the first-line indent. */
  paragraphs: readonly string[];
  /** The line above the signatures. */
  signaturesCaption: string;
};

export type DefaultText = LetterText | ActText;

export const defaultTemplateTexts = {
  // REG-9, HMR 3.8 and прил. 3 «Уведомление о регистрации обращения»: the author learns the number
  // and the date of registration and the legal basis; the term of the answer is 59-ФЗ ст. 12.
  'registration-notice': {
    layout: 'letter',
    title: 'Уведомление о регистрации обращения',
    paragraphs: [
      'Ваше обращение, поступившее {дата_поступления}, зарегистрировано {дата_регистрации} за № {номер} и направлено на рассмотрение в соответствии с {основание}.',
      'Ответ будет направлен Вам в срок, установленный статьёй 12 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации», — не позднее {срок_рассмотрения}. О продлении срока рассмотрения обращения Вы будете уведомлены дополнительно.',
      'Сведения о ходе рассмотрения обращения можно получить по телефону {телефон_организации}, назвав номер и дату регистрации обращения.',
    ],
  },
  // INT-4, HMR 2.6, DUKI 2.3, KHV 3.2.4: what was missing or found at the opening, the appeal it
  // belongs to, the number of copies and where they go; signed by the person who opened the mail.
  'mail-opening-act': {
    layout: 'act',
    documentType: 'АКТ',
    title: 'о вскрытии почтового отправления',
    paragraphs: [
      'Настоящий акт составлен о том, что {дата_акта} при вскрытии почтового отправления, поступившего {дата_поступления}, выявлено следующее:',
      '{перечень_несоответствий}',
      'Обращение, содержавшееся в почтовом отправлении, зарегистрировано {дата_регистрации} за № {номер}. Автор обращения (заявитель): {автор}.',
      '{примечание}',
      'Акт составлен в {экземпляров}. {распределение_экземпляров}',
    ],
    signaturesCaption: 'Почтовое отправление вскрыл(а), акт составил(а):',
  },
  // DL-2 (59-ФЗ ст. 12 ч. 2; DUKI 6.6, KHV 3.9.7): the author is told of the extension and of the
  // final date of the answer.
  'extension-notice': {
    layout: 'letter',
    title: 'Уведомление о продлении срока рассмотрения обращения',
    paragraphs: [
      'Сообщаем, что срок рассмотрения Вашего обращения, зарегистрированного {дата_регистрации} за № {номер}, продлён в соответствии с частью 2 статьи 12 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации» в связи с {причины_продления}.',
      'Ответ будет направлен Вам не позднее {новый_срок}.',
    ],
  },
  // ROU-7 (59-ФЗ ст. 8 ч. 3; HMR 4.8–4.9): the cover letter to the competent body, naming the
  // questions sent and that the author has been told.
  'redirect-cover-letter': {
    layout: 'letter',
    title: 'О направлении обращения по компетенции',
    paragraphs: [
      'В соответствии с частью 3 статьи 8 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации» направляем для рассмотрения по компетенции обращение (автор — {адресат}), поступившее {дата_поступления} и зарегистрированное {дата_регистрации} за № {номер}, по следующим вопросам:',
      '{вопросы_переадресации}',
      'Автор обращения уведомлён о переадресации обращения.',
    ],
  },
  // ROU-7 (59-ФЗ ст. 8 ч. 3; DUKI 4.3): the author learns where his appeal went.
  'redirect-notice': {
    layout: 'letter',
    title: 'Уведомление о переадресации обращения',
    paragraphs: [
      'Сообщаем, что Ваше обращение, зарегистрированное {дата_регистрации} за № {номер}, в соответствии с частью 3 статьи 8 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации» направлено для рассмотрения по компетенции по следующим вопросам:',
      '{вопросы_переадресации}',
      'Обращение направлено: {орган}, {адрес_органа}. Ответ по существу поставленных вопросов Вам направит указанный орган (должностное лицо).',
    ],
  },
  // ANS-1 (59-ФЗ ст. 10 ч. 1 п. 2, ч. 2): a request for the documents and materials needed to consider
  // the appeal, answered within 15 days.
  'documents-request': {
    layout: 'letter',
    title: 'О представлении документов и материалов',
    paragraphs: [
      'В связи с рассмотрением обращения, зарегистрированного {дата_регистрации} за № {номер}, в соответствии с пунктом 2 части 1 и частью 2 статьи 10 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации» просим в течение 15 дней представить {запрашиваемые_сведения}.',
    ],
  },
  // ANS-10 (HMR 8.3, KHV 3.9.3): the result of a control appeal goes back to the body that sent it,
  // with a copy of the answer and the note that the author has been informed.
  'control-report': {
    layout: 'letter',
    title: 'О результатах рассмотрения обращения',
    paragraphs: [
      'Направляем информацию о результатах рассмотрения обращения (автор — {адресат}), поступившего на контроль и зарегистрированного {дата_регистрации} за № {номер}. Копия ответа, направленного автору обращения, прилагается.',
      'Автор обращения проинформирован о результатах рассмотрения.',
    ],
  },
  // ANS-3 (HMR 8.2, KCSON 2.8.5–2.8.6, KHV 3.9.2, DUKI 6.2): the number and date of the appeal,
  // the explanations on every question, the right and the procedure to appeal the decision; the
  // executor's name and phone at the foot (DUKI 6.5); signed by the responsible official (HMR 8.1).
  answer: {
    layout: 'letter',
    title: 'Ответ на обращение',
    paragraphs: [
      'Ваше обращение от {дата_поступления}, зарегистрированное {дата_регистрации} за № {номер}, рассмотрено в соответствии с {основание}.',
      '{текст_ответа}',
      'В случае несогласия с принятым решением Вы вправе обжаловать его в вышестоящий орган (вышестоящему должностному лицу) или в суд в порядке, установленном законодательством Российской Федерации.',
    ],
  },
} as const satisfies Record<TemplateKind, DefaultText>;
