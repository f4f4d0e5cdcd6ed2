import type { TemplateKind } from './template-kinds';

/**
 * ADM-4: the words of the default templates, fields in braces. Organisation details are fields too,
 * so one default serves every profile. The server lays them out on a letterhead (.docx).
 */
export type LetterText = {
  title: string;
  paragraphs: string[];
};

export const defaultTemplateTexts: Record<TemplateKind, LetterText> = {
  // REG-9, HMR 3.8 and прил. 3 «Уведомление о регистрации обращения»: the author learns the number
  // and the date of registration and the legal basis; the term of the answer is 59-ФЗ ст. 12.
  'registration-notice': {
    title: 'Уведомление о регистрации обращения',
    paragraphs: [
      'Ваше обращение, поступившее {дата_поступления}, зарегистрировано {дата_регистрации} за № {номер} и направлено на рассмотрение в соответствии с {основание}.',
      'Ответ будет направлен Вам в срок, установленный статьёй 12 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации», — не позднее {срок_рассмотрения}. О продлении срока рассмотрения обращения Вы будете уведомлены дополнительно.',
      'Сведения о ходе рассмотрения обращения можно получить по телефону {телефон_организации}, назвав номер и дату регистрации обращения.',
    ],
  },
};
