import { findTerms, quoteList, tokenise, type Match, type Term, type Token } from './lexicon-match';
import { childHarmTerms, childRightsTerms, childTerms, courtDecisionTerms, emergencyTerms, heatingOutageTerms, insultTerms, migrationTerms, obsceneTerms, threatTerms } from './lexicon';
import { formatDateRu } from '../time/local-date';
import type { QuestionResult } from '../appeal/lifecycle';

/**
 * Issue 6, «Suggestions, never automatic decisions»: what the card tells the registrar about an
 * appeal that may be a special case of 59-FZ art. 11 (SPC-1…11), may carry migration-law
 * information (art. 8 ч. 3.1, ROU-10) or must be considered without delay (DL-4). Each suggestion
 * says why; the disposition is chosen by the person the procedure names — nothing here decides.
 */

export const suggestionCodes = ['anonymous', 'court-decision', 'obscene', 'threat', 'repeated', 'correspondence-terminated', 'published-answer', 'migration', 'urgent-child', 'urgent-emergency'] as const;
export type SuggestionCode = (typeof suggestionCodes)[number];

export type Suggestion = {
  code: SuggestionCode;
  /** The requirement it points to: SPC-1…SPC-11, ROU-10, DL-4. */
  case: string;
  title: string;
  /** Why: which field is missing, which words were found (quoted as written), which appeals. */
  reason: string;
  legalGround: string;
  /** What the responsible person may decide — a reminder, never done automatically. */
  hint: string;
  /** Published answer's page (SPC-11). */
  url?: string;
};

export type SuggestionAuthor = { kind: 'person' | 'organisation'; surname: string | null; postalAddress: string; email: string; role: string };

/** Earlier appeals of an author of this appeal whose question with this ТОТК code was answered on the merits. */
export type EarlierAnswers = { totkCode: string; appeals: { number: string; registrationDate: string }[] };

/** SPC-5: a question of an author of this appeal in the registry of terminated correspondence (an open row). */
export type TerminatedQuestion = { totkCode: string; decidedOn: string; decidedBy: string; appealNumber: string };

/** An answer published on the official site for a question (59-FZ art. 10 ч. 4; SPC-11). */
export type PublishedAnswer = { totkCode: string; url: string };

export type SuggestionInput = {
  form: 'written' | 'electronic' | 'oral' | null;
  channel: string | null;
  annotation: string;
  text: string;
  authors: SuggestionAuthor[];
  questions: { totkCode: string; totkName?: string; annotation: string }[];
  earlierAnswers: EarlierAnswers[];
  publishedAnswers: PublishedAnswer[];
  /** SPC-5: the registry of terminated correspondence for these authors and questions (none when not given). */
  terminatedCorrespondence?: TerminatedQuestion[];
  /** The organisation's calendar date (YYYY-MM-DD): heating cut off is an emergency in the heating season only. */
  today: string;
};

/** The question results that are an answer on the merits (CTL-3; as for the evaluation, CTL-4). */
export const answeredOnMeritsResults = ['supported', 'supported-measures-taken', 'explained', 'not-supported'] as const satisfies readonly QuestionResult[];

/** Answered on the merits twice or more (59-FZ art. 11 ч. 5: «неоднократно»). */
export const REPEATED_MIN_ANSWERS = 2;

type Source = { label: string; text: string; tokens: Token[] };

function sourcesOf(a: SuggestionInput): Source[] {
  const questionNotes = a.questions.map((q) => q.annotation).filter((t) => t.trim());
  // Each text is cut into words once; every rule reads the same words.
  return [
    { label: 'в аннотации', text: [a.annotation, ...questionNotes].join('\n') },
    { label: 'в тексте обращения', text: a.text },
  ]
    .filter((s) => s.text.trim())
    .map((s) => ({ ...s, tokens: tokenise(s.text) }));
}

/** «в тексте обращения найдено: „решением суда“» per source where the terms occur, or null. */
function foundIn(sources: Source[], terms: readonly Term[]): string | null {
  const parts = sources.map((s) => ({ s, m: findTerms(s.text, terms, s.tokens) })).filter((x) => x.m.length > 0);
  return parts.length === 0 ? null : parts.map((x) => `${x.s.label} найдено: ${quoteList(x.m)}`).join('; ');
}

/** A child word and a harm word in one sentence, or a child's rights named («права ребенка»). */
function childMatches({ text, tokens }: Source): Match[] {
  const rights = findTerms(text, childRightsTerms, tokens);
  const children = findTerms(text, childTerms, tokens);
  const harm = findTerms(text, childHarmTerms, tokens);
  const childSentences = new Set(children.map((c) => c.sentence));
  const together = harm.filter((h) => childSentences.has(h.sentence));
  const harmSentences = new Set(together.map((h) => h.sentence));
  const childInThose = children.filter((c) => harmSentences.has(c.sentence));
  return [...rights, ...childInThose, ...together].sort((x, y) => x.start - y.start);
}

function childFound(sources: Source[]): string | null {
  const parts = sources.map((s) => ({ s, m: childMatches(s) })).filter((x) => x.m.length > 0);
  return parts.length === 0 ? null : parts.map((x) => `${x.s.label} найдено: ${quoteList(x.m, 6)}`).join('; ');
}

// The heating season in the regions of the seed profiles runs from autumn to spring.
function inHeatingSeason(today: string): boolean {
  const month = Number(today.slice(5, 7));
  return month >= 9 || month <= 5;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function times(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? `${n} раза` : `${n} раз`;
}

/** 59-FZ art. 11 ч. 1; art. 7 ч. 1, 3: who is missing a surname, and whether there is an address for the answer. */
function anonymous(a: SuggestionInput): Suggestion | null {
  const people = a.authors.filter((x) => x.role !== 'representative');
  const missing: string[] = [];
  if (people.length === 0) missing.push('автор не указан');
  else if (people.some((p) => p.kind === 'person' && !p.surname?.trim())) missing.push('не указана фамилия автора');
  // 480-FZ: an appeal through ЕПГУ is answered in the citizen's personal account there.
  const electronic = a.form === 'electronic';
  const answerTo = a.channel === 'epgu' || people.some((p) => p.postalAddress.trim() || (electronic && p.email.trim()));
  if (people.length > 0 && !answerTo) missing.push(electronic ? 'не указаны ни адрес электронной почты, ни почтовый адрес для ответа' : 'не указан почтовый адрес для ответа');
  if (missing.length === 0) return null;
  return {
    code: 'anonymous',
    case: 'SPC-1',
    title: 'Признаки анонимного обращения',
    reason: `${capital(missing.join('; '))}.`,
    legalGround: '59-ФЗ ст. 11 ч. 1; ст. 7 ч. 1, 3',
    hint: 'Ответ на анонимное обращение не даётся; сообщение о подготавливаемом, совершаемом или совершённом противоправном деянии направляется в государственный орган в соответствии с его компетенцией (HMR 7.1: в течение 3 рабочих дней).',
  };
}

/** Every suggestion for the appeal, in a fixed order. Pure: no I/O, no clock. */
export function suggestSpecialCases(a: SuggestionInput): Suggestion[] {
  const out: Suggestion[] = [];
  const sources = sourcesOf(a);
  const anon = anonymous(a);
  if (anon) out.push(anon);

  const published = a.questions.flatMap((q) => a.publishedAnswers.filter((p) => p.totkCode === q.totkCode).map((p) => ({ q, p })));

  const court = foundIn(sources, courtDecisionTerms);
  if (court) {
    out.push({
      code: 'court-decision',
      case: 'SPC-2',
      title: 'Упоминается судебное решение',
      reason: `${capital(court)}.${published.length > 0 ? ' Ответ на вопрос обращения опубликован: жалоба на судебное решение в этом случае не возвращается (59-ФЗ ст. 11 ч. 5.1).' : ''}`,
      legalGround: '59-ФЗ ст. 11 ч. 2',
      hint: 'Если это жалоба на судебное решение, обращение возвращается автору в течение 7 дней со дня регистрации с разъяснением порядка обжалования судебного решения.',
    });
  }

  const obscene = foundIn(sources, [...obsceneTerms, ...insultTerms]);
  if (obscene) {
    out.push({
      code: 'obscene',
      case: 'SPC-3',
      title: 'Нецензурные либо оскорбительные выражения',
      reason: `${capital(obscene)}.`,
      legalGround: '59-ФЗ ст. 11 ч. 3',
      hint: 'Обращение может быть оставлено без ответа по существу поставленных вопросов; автору сообщается о недопустимости злоупотребления правом.',
    });
  }
  const threat = foundIn(sources, threatTerms);
  if (threat) {
    out.push({
      code: 'threat',
      case: 'SPC-3',
      title: 'Угроза жизни, здоровью или имуществу должностного лица либо членов его семьи',
      reason: `${capital(threat)}.`,
      legalGround: '59-ФЗ ст. 11 ч. 3',
      hint: 'Обращение может быть оставлено без ответа по существу поставленных вопросов; автору сообщается о недопустимости злоупотребления правом.',
    });
  }

  // 59-FZ art. 11 ч. 5: the same question answered on the merits to this author «неоднократно».
  for (const q of a.questions) {
    const earlier = a.earlierAnswers.filter((e) => e.totkCode === q.totkCode).sort((x, y) => y.appeals.length - x.appeals.length)[0];
    if (!earlier || earlier.appeals.length < REPEATED_MIN_ANSWERS) continue;
    const list = earlier.appeals.map((p) => `№ ${p.number} от ${formatDateRu(p.registrationDate)}`).join(', ');
    out.push({
      code: 'repeated',
      case: 'SPC-5',
      title: 'Вопрос, на который автору неоднократно давались ответы по существу',
      reason: `По вопросу «${q.totkName ?? q.totkCode}» (ТОТК ${q.totkCode}) автору уже ${times(earlier.appeals.length)} дан ответ по существу: обращения ${list}.`,
      legalGround: '59-ФЗ ст. 11 ч. 5',
      hint: 'Если в обращении не приводятся новые доводы или обстоятельства, руководитель (уполномоченное лицо) вправе принять решение о безосновательности очередного обращения и прекращении переписки по данному вопросу.',
    });
  }

  // 59-FZ art. 11 ч. 5; DUKI 5.15: a later appeal on a question whose correspondence was terminated.
  for (const q of a.questions) {
    const row = (a.terminatedCorrespondence ?? []).find((t) => t.totkCode === q.totkCode);
    if (!row) continue;
    out.push({
      code: 'correspondence-terminated',
      case: 'SPC-5',
      title: 'Переписка с автором по вопросу прекращена',
      reason: `Переписка по вопросу «${q.totkName ?? q.totkCode}» (ТОТК ${q.totkCode}) прекращена решением от ${formatDateRu(row.decidedOn)} по обращению № ${row.appealNumber} (принял ${row.decidedBy}).`,
      legalGround: '59-ФЗ ст. 11 ч. 5; DUKI 5.15',
      hint: 'Если новые доводы или обстоятельства не приводятся, ответ по существу не даётся, автору направляется уведомление (DUKI 5.15). Если приведены новые доводы или обстоятельства — переписка возобновляется.',
    });
  }

  for (const { q, p } of published) {
    out.push({
      code: 'published-answer',
      case: 'SPC-11',
      title: 'Ответ на вопрос размещён на официальном сайте',
      reason: `По вопросу «${q.totkName ?? q.totkCode}» (ТОТК ${q.totkCode}) опубликован ответ: ${p.url}.`,
      legalGround: '59-ФЗ ст. 11 ч. 5.1; ст. 10 ч. 4',
      hint: 'Автору в течение 7 дней со дня регистрации сообщается электронный адрес страницы сайта, на которой размещён ответ.',
      url: p.url,
    });
  }

  const migration = foundIn(sources, migrationTerms);
  if (migration) {
    out.push({
      code: 'migration',
      case: 'ROU-10',
      title: 'Сведения о возможном нарушении миграционного законодательства',
      reason: `${capital(migration)}.`,
      legalGround: '59-ФЗ ст. 8 ч. 3.1',
      hint: 'Обращение, содержащее такую информацию, в течение 5 дней со дня регистрации направляется в территориальный орган МВД России и высшему должностному лицу субъекта Российской Федерации с уведомлением автора.',
    });
  }

  const child = childFound(sources);
  if (child) {
    out.push({
      code: 'urgent-child',
      case: 'DL-4',
      title: 'Защита прав ребёнка — рассмотреть безотлагательно',
      reason: `${capital(child)}.`,
      legalGround: 'KHV 2.2.2, DUKI 5.4',
      hint: 'Обращение о защите прав ребёнка рассматривается безотлагательно; руководитель может установить сокращённый срок контроля.',
    });
  }

  const emergencyTermsNow = inHeatingSeason(a.today) ? [...emergencyTerms, ...heatingOutageTerms] : emergencyTerms;
  const emergency = foundIn(sources, emergencyTermsNow);
  if (emergency) {
    out.push({
      code: 'urgent-emergency',
      case: 'DL-4',
      title: 'Авария или чрезвычайная ситуация — рассмотреть безотлагательно',
      reason: `${capital(emergency)}.`,
      legalGround: 'KHV 2.2.2, DUKI 5.4',
      hint: 'Обращение о предупреждении аварий и чрезвычайных ситуаций рассматривается безотлагательно; руководитель может установить сокращённый срок контроля.',
    });
  }
  return out;
}
