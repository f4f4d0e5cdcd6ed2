import { salutation, type Gender } from '../../../domain/documents/inflect';
import type { PlainEmailHandling } from '../../../domain/profiles/types';
import { formatDateRu } from '../../../domain/time/local-date';

export type CoverSources = {
  kind: string;
  kindTitle: string;
  fileName: string;
  appeal: { number: string; registrationDate: string };
  /** The author the document goes to; null for a letter to a body (e.g. a redirect's cover letter). */
  recipient: { kind: 'person' | 'organisation'; surname: string | null; firstName: string | null; patronymic: string | null; gender: Gender | null } | null;
  organisation: { fullName: string; postalAddress: string; phones: { number: string }[]; email: string; site: string };
  /** 547-FZ: whether a reply by plain e-mail would be an appeal under the organisation's procedure. */
  plainEmail: PlainEmailHandling;
};

/** What the letter sends, in the accusative («направляет Вам …»); other kinds use their title. */
const whatIsSent: Record<string, string> = {
  'registration-notice': 'уведомление о регистрации Вашего обращения',
  'mail-opening-act': 'экземпляр акта о вскрытии почтового отправления, в котором поступило Ваше обращение',
  answer: 'ответ на Ваше обращение',
  'extension-notice': 'уведомление о продлении срока рассмотрения Вашего обращения',
  'redirect-notice': 'уведомление о переадресации Вашего обращения',
  'redirect-cover-letter': 'сопроводительное письмо о направлении по компетенции обращения',
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The covering letter of a document sent by e-mail (ANS-7, HMR 8.6; 59-FZ art. 10 ч. 4: the answer
 * to an electronic appeal goes to its e-mail): the document itself is the attached .docx, the text
 * only says who sends what on which appeal, in the register of official correspondence, and is
 * signed with the organisation's details. Where a plain e-mail is no appeal (547-FZ, in force
 * 30.03.2025) the letter names the legal channels, so that a reply is not mistaken for one.
 */
export function coverText(s: CoverSources): { subject: string; text: string } {
  const number = `№ ${s.appeal.number} от ${formatDateRu(s.appeal.registrationDate)}`;
  const r = s.recipient;
  const o = s.organisation;
  const paragraphs: string[] = [];
  if (r) paragraphs.push(r.kind === 'organisation' ? 'Уважаемый заявитель!' : salutation({ surname: r.surname, firstName: r.firstName, patronymic: r.patronymic, gender: r.gender }));
  const what = whatIsSent[s.kind] ?? `${lowerFirst(s.kindTitle)} по ${r ? 'Вашему обращению' : 'обращению'}`;
  paragraphs.push(`${o.fullName} направляет${r ? ' Вам' : ''} ${what} ${number}. Документ приложен к настоящему письму (файл «${s.fileName}»).`);
  // Only a citizen is told how to appeal; a body knows.
  if (r && s.plainEmail === 'reply-with-legal-channels') {
    paragraphs.push(
      'Обращаем внимание: ответ на это письмо по электронной почте не является обращением в форме электронного документа ' +
        '(статья 4 Федерального закона от 02.05.2006 № 59-ФЗ в редакции Федерального закона от 28.12.2024 № 547-ФЗ). ' +
        `Направить обращение можно через Единый портал государственных и муниципальных услуг (функций)${o.site ? ` или официальный сайт ${o.site}` : ''}, а также почтой по адресу: ${o.postalAddress}.`,
    );
  }
  const signature = ['С уважением,', o.fullName, o.postalAddress, o.phones[0] ? `тел. ${o.phones[0].number}` : '', o.email, o.site].filter(Boolean).join('\n');
  paragraphs.push('Письмо сформировано автоматически.', signature);
  return { subject: `Обращение ${number}: ${lowerFirst(s.kindTitle)}`, text: `${paragraphs.join('\n\n')}\n` };
}
