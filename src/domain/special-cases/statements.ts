import type { TemplateKind } from '../documents/template-kinds';
import type { DispositionCode } from './dispositions';
import { formatDateRu } from '../time/local-date';

/**
 * SPC-8…10 (HMR 6.2–6.6; 59-ФЗ ст. 5 ч. 1, ст. 11 ч. 1): a citizen's statement about an earlier appeal.
 * What happens to it depends on where the appeal is: redirected by competence — the statement follows
 * it within 7 days (the body that has the appeal decides); otherwise SPC-8/9 are compared within 3
 * working days, SPC-10 documents join the case, or — the answer already sent — make a new appeal.
 */
export const statementKinds = ['not-sent', 'withdrawal', 'additional-documents'] as const;
export type StatementKind = (typeof statementKinds)[number];

export const statementKindInfo: Record<StatementKind, { spc: string; title: string; letter: string; source: string; comparisonSource: string | null }> = {
  'not-sent': { spc: 'SPC-8', title: 'Заявление об отсутствии факта направления обращения', letter: 'З', source: 'HMR 6.3, 6.4', comparisonSource: 'HMR 6.3' },
  withdrawal: { spc: 'SPC-9', title: 'Заявление о прекращении рассмотрения обращения', letter: 'З', source: 'HMR 6.5, 6.6; KCSON 3.1', comparisonSource: 'HMR 6.5' },
  'additional-documents': { spc: 'SPC-10', title: 'Дополнительные документы и материалы (ст. 5 ч. 1 59-ФЗ)', letter: 'Д', source: '59-ФЗ ст. 5 ч. 1; HMR 6.2', comparisonSource: null },
};

/**
 * {вид_заявления}: what arrived, as a noun phrase in the nominative (= accusative: both heads are
 * inanimate), so that the letters put it only where its gender and number do not matter
 * («направляем …», «Вы направили …»). SPC-10 is plural — «документы», never «поступившее».
 */
export const statementKindPhrase: Record<StatementKind, string> = {
  'not-sent': 'заявление об отсутствии факта направления обращения',
  withdrawal: 'заявление о прекращении рассмотрения обращения',
  'additional-documents': 'дополнительные документы и материалы в подтверждение доводов обращения',
};

/**
 * {приложения_к_заявлению} of the cover letter to the body: for SPC-8/9 the statement itself is the
 * enclosure (with its own documents); for SPC-10 the documents are («нет» only when nothing came but the text).
 */
export function statementEnclosures(kind: StatementKind, reference: string, documents: readonly string[]): string {
  if (kind === 'additional-documents') return documents.length > 0 ? documents.join('; ') : 'нет';
  return [`${statementKindPhrase[kind]} ${reference}`, ...documents].join('; ');
}

/** The statement is filed in the earlier appeal's case: its number is the appeal's with «-З1» (a statement) or «-Д1» (documents). */
export function statementNumber(appealNumber: string, kind: StatementKind, seq: number): string {
  return `${appealNumber}-${statementKindInfo[kind].letter}${seq}`;
}

export type StatementRoute = 'comparison' | 'attached' | 'new-appeal' | 'forwarded';

export const statementRouteLabels: Record<StatementRoute, string> = {
  comparison: 'Сопоставление автора обращения с заявителем',
  attached: 'Приобщено к обращению и рассматривается в нём',
  'new-appeal': 'Зарегистрировано новое обращение (ответ на прежнее уже направлен)',
  forwarded: 'Направлено вслед за обращением по компетенции',
};

/**
 * Where the statement goes at registration. HMR 6.4, 6.6, 6.2 абз. 3: an appeal redirected by
 * competence takes its statement along; HMR 6.3, 6.5: SPC-8/9 are compared here; HMR 6.2 абз. 1–2:
 * documents are considered in the appeal, or — its answer already sent — as a new appeal with the
 * new arguments, in the terms of section 5.
 */
export function statementRoute(kind: StatementKind, appeal: { redirected: boolean; considerationOver: boolean }): StatementRoute {
  if (appeal.redirected) return 'forwarded';
  if (kind !== 'additional-documents') return 'comparison';
  return appeal.considerationOver ? 'new-appeal' : 'attached';
}

export type ComparisonOutcome = 'anonymous' | 'anonymous-forwarded' | 'continues' | 'stopped' | 'co-author-not-sent' | 'co-author-withdrew';

export const comparisonOutcomeLabels: Record<ComparisonOutcome, string> = {
  anonymous: 'Заявитель не является автором: обращение признано анонимным',
  'anonymous-forwarded': 'Заявитель не является автором: обращение признано анонимным и, как содержащее сведения о противоправном деянии, направлено в государственный орган',
  continues: 'Обращение рассматривается в установленном порядке',
  stopped: 'Заявитель — автор: рассмотрение обращения прекращено',
  'co-author-not-sent': 'Заявитель не является автором: ответ ему не направляется; обращение рассматривается в отношении других авторов',
  'co-author-withdrew': 'Заявитель — один из авторов: по его заявлению ответ ему не направляется; обращение рассматривается в отношении других авторов',
};

export type ComparisonDecision = {
  outcome: ComparisonOutcome;
  /** The disposition that carries the consequence out (dispositions.ts), or null when consideration goes on. */
  disposition: DispositionCode | null;
  /** The author the decision concerns stops receiving the answer (a co-author who did not send it or withdrew). */
  excludesAuthor: boolean;
  notice: TemplateKind;
  legalGround: string;
  /** {результат_сопоставления}: the decision and its consequence, for the citizen. */
  sentence: string;
};

/**
 * Whether the decision bears on one of the appeal's authors: SPC-8 «не автор» — the author in whose
 * name the appeal came did not send it; SPC-9 «автор» — the author who asks to stop. The other two
 * results leave the appeal as it is.
 */
export function concernsAuthor(kind: 'not-sent' | 'withdrawal', isAuthor: boolean): boolean {
  return kind === 'not-sent' ? !isAuthor : isAuthor;
}

const LAW = 'Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»';
const FOR_OTHERS = 'Поскольку обращение направлено также другими авторами, оно подлежит рассмотрению в установленном порядке с направлением ответа другим его авторам.';

/**
 * HMR 6.3: not the author — the appeal sent in his name «признается анонимным» (59-ФЗ ст. 11 ч. 1: no
 * answer; reporting an unlawful act it goes to the competent state body, HMR 7.1); the author — it is
 * considered. HMR 6.5: the author — consideration stops; not the author — it is considered in the
 * established order. Either way the citizen is told the decision.
 *
 * With other authors who are not representatives (`otherAuthors`) one citizen neither makes the whole
 * appeal anonymous nor stops it for everyone: he alone stops receiving the answer, and the appeal is
 * considered for the others.
 */
export function comparisonDecision(
  kind: 'not-sent' | 'withdrawal',
  isAuthor: boolean,
  appeal: { considerationDeadline: string; otherAuthors: boolean; unlawfulAct?: boolean },
): ComparisonDecision {
  const continues = `Обращение подлежит рассмотрению в установленном порядке; ответ по существу поставленных в нём вопросов будет направлен его автору не позднее ${formatDateRu(appeal.considerationDeadline)}.`;
  if (kind === 'not-sent') {
    if (isAuthor) return { outcome: 'continues', disposition: null, excludesAuthor: false, notice: 'statement-not-sent-notice', legalGround: 'HMR 6.3 абз. 3', sentence: `По итогам сопоставления Вы определены как автор обращения. ${continues}` };
    if (appeal.otherAuthors) {
      return {
        outcome: 'co-author-not-sent', disposition: null, excludesAuthor: true, notice: 'statement-not-sent-notice', legalGround: 'HMR 6.3 абз. 2, 3',
        sentence: `По итогам сопоставления Вы не определены как автор обращения, в связи с чем ответ на обращение Вам направляться не будет. ${FOR_OTHERS}`,
      };
    }
    const anonymous = `По итогам сопоставления Вы не определены как автор обращения. Обращение, поступившее от Вашего имени, признано анонимным, и в соответствии с частью 1 статьи 11 ${LAW} ответ на него не даётся.`;
    return appeal.unlawfulAct
      ? {
          outcome: 'anonymous-forwarded', disposition: 'anonymous-unlawful-act', excludesAuthor: false, notice: 'statement-not-sent-notice', legalGround: 'HMR 6.3 абз. 2; 59-ФЗ ст. 11 ч. 1; HMR 7.1',
          sentence: `${anonymous} Поскольку обращение содержит сведения о подготавливаемом, совершаемом или совершённом противоправном деянии, оно направлено в государственный орган в соответствии с его компетенцией.`,
        }
      : { outcome: 'anonymous', disposition: 'statement-not-sent', excludesAuthor: false, notice: 'statement-not-sent-notice', legalGround: 'HMR 6.3 абз. 2; 59-ФЗ ст. 11 ч. 1', sentence: anonymous };
  }
  if (!isAuthor) {
    // The citizen is not the author: he is told the decision, not the term of someone else's appeal.
    return { outcome: 'continues', disposition: null, excludesAuthor: false, notice: 'statement-withdrawal-notice', legalGround: 'HMR 6.5 абз. 2', sentence: 'По итогам сопоставления Вы не определены как автор обращения, в связи с чем рассмотрение обращения не прекращается: обращение подлежит рассмотрению в установленном порядке.' };
  }
  if (appeal.otherAuthors) {
    return {
      outcome: 'co-author-withdrew', disposition: null, excludesAuthor: true, notice: 'statement-withdrawal-notice', legalGround: 'HMR 6.5 абз. 3, 4; KCSON 3.1',
      sentence: `По итогам сопоставления Вы определены как один из авторов обращения. В соответствии с Вашим заявлением рассмотрение обращения в отношении Вас прекращено, ответ на обращение Вам направляться не будет. ${FOR_OTHERS} Вы вправе вновь направить обращение по тем же вопросам.`,
    };
  }
  return { outcome: 'stopped', disposition: 'statement-withdrawal', excludesAuthor: false, notice: 'statement-withdrawal-notice', legalGround: 'HMR 6.5 абз. 3; KCSON 3.1', sentence: 'По итогам сопоставления Вы определены как автор обращения. В соответствии с Вашим заявлением рассмотрение обращения прекращено. Вы вправе вновь направить обращение по тем же вопросам.' };
}
