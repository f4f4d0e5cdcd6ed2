import type { Role } from '../org/roles';
import type { Profile } from '../profiles';
import type { RuleId } from '../deadlines/rules';
import type { QuestionResult } from '../appeal/lifecycle';
import type { TemplateKind } from '../documents/template-kinds';

/**
 * Issue 6 (SPC-1…13; 59-ФЗ ст. 11): the special cases an appeal may be disposed of by, instead of
 * an answer on the merits. Each disposition names who may choose it, its legal ground, the notice it
 * produces (a template the administrator edits), the deadline rule of the engine, the ССТУ status of
 * the questions (Указ № 171), the procedural ТОТК question (0001.0002.0027.0122–.0158) where the
 * classifier has one, and the lifecycle action that moves the appeal. What differs between
 * organisations comes from the profile (SPC-7) — never from a test of the profile's code.
 *
 * Built now: SPC-1, 2, 3, 4, 5, 6, 7, 13; SPC-8/9 (.0127, .0131) only through a statement's decision
 * (features/statements). SPC-10 (.0132) is a question of the new appeal, not a disposition.
 * SPC-11 `published-answer-link` (.0135) needs a published answer (features/publications).
 */
export const dispositionCodes = [
  'anonymous', 'anonymous-unlawful-act', 'court-decision', 'abuse-of-right', 'unreadable', 'substance-undetermined', 'state-secret', 'not-an-appeal', 'courtesy-letter', 'representative-unconfirmed',
  'correspondence-terminated', 'correspondence-terminated-notice',
  'published-answer-link',
  'statement-not-sent', 'statement-withdrawal',
] as const;
export type DispositionCode = (typeof dispositionCodes)[number];

/** The ССТУ.РФ question statuses a disposition sets (LAW.md «Указ № 171»). */
export type SstuStatus = 'Answered' | 'LeftWithoutAnswer' | 'Transferred';

export const sstuStatusLabels: Record<SstuStatus, string> = {
  Answered: 'Дан ответ автору',
  LeftWithoutAnswer: 'Оставлено без ответа автору',
  Transferred: 'Направлено по компетенции',
};

/** CTL-3: the result each ССТУ status is recorded as on the appeal's questions. */
export const questionResultOf: Record<SstuStatus, QuestionResult> = {
  Answered: 'answered-to-author',
  LeftWithoutAnswer: 'left-without-answer',
  Transferred: 'redirected',
};

/**
 * The procedural questions of the ТОТК (section 0001.0002.0027, «Обращения, не рассмотренные по
 * существу» etc.), names exactly as in the shipped classifier (dispositions.test.ts checks them).
 */
export const proceduralTotk = {
  anonymous: { code: '0001.0002.0027.0127', name: 'Обращения, не подписанные авторами, без указания адреса' },
  incorrect: { code: '0001.0002.0027.0128', name: 'Некорректные обращения' },
  unreadable: { code: '0001.0002.0027.0129', name: 'Обращения, не поддающиеся прочтению' },
  correspondenceTerminated: { code: '0001.0002.0027.0130', name: 'Переписка прекращена' },
  considerationStopped: { code: '0001.0002.0027.0131', name: 'Прекращение рассмотрения обращения' },
  additionalDocuments: { code: '0001.0002.0027.0132', name: 'Представление дополнительных документов и материалов' },
  publishedAnswer: { code: '0001.0002.0027.0135', name: 'Предоставление ответа, размещенного на официальном сайте в сети «Интернет»' },
  notAnAppeal: { code: '0001.0002.0027.0158', name: 'Почтовое отправление или электронное сообщение, не имеющее смысла или содержащее рассуждения общего характера – не являющееся обращением' },
} as const;

export type ProceduralTotk = (typeof proceduralTotk)[keyof typeof proceduralTotk];

/** What must be true of the appeal for the disposition to fit (checked by the server, explained in Russian). */
export type DispositionPrecondition = 'anonymous' | 'representative-complaint' | 'repeated-question' | 'terminated-question' | 'published-answer' | 'statement';

/**
 * SPC-5 (59-ФЗ ст. 11 ч. 5): what the server found for the appeal's authors and questions — the ТОТК
 * codes answered on the merits to an author twice or more before this appeal, and those in the
 * registry of terminated correspondence (an open row for an author of the appeal).
 */
export type CorrespondenceFacts = { repeated: readonly string[]; terminated: readonly string[] };

/** Who decides on terminated correspondence (SPC-5): the head, or a deputy responsible for the appeal. */
const correspondenceRoles = {
  value: ['head', 'deputy'] as const,
  source: 'HMR 7.7 (должностное лицо, ответственное за рассмотрение обращения: глава района, заместитель главы); DUKI 5.15 (глава поселения либо уполномоченное на то лицо)',
};

export type DispositionNotice = {
  kind: TemplateKind;
  /** The author (every recipient of the answer), or the competent body chosen by the official (SPC-1). */
  to: 'author' | 'body';
  /** 'always': refused without a deliverable address; 'if-address': sent only when the author can be written to (59-ФЗ ст. 11 ч. 4). */
  when: 'always' | 'if-address';
};

export type Disposition = {
  code: DispositionCode;
  spc: string;
  title: string;
  /** What will happen, for the dialog (Russian). */
  effect: string;
  /** The legal ground, recorded with the disposition and its event. */
  legalGround: string;
  /** Who may choose it (ARCHITECTURE principle 7) and the clause that says so. */
  roles: { value: readonly Role[]; source: string };
  notice: DispositionNotice | null;
  /** The engine's rule for the disposition's term; null when the law sets none (nothing is sent). */
  deadlineRule: RuleId | null;
  /** ССТУ status of the questions when the notice goes out (or when there is none to send). */
  sstuStatus: SstuStatus;
  /** ССТУ status when an 'if-address' notice could not be sent. */
  sstuStatusWithoutNotice?: SstuStatus;
  /** The procedural ТОТК question added to the appeal's questions, or null when the classifier has none. */
  totk: ProceduralTotk | null;
  /** The lifecycle action (src/domain/appeal/lifecycle.ts). */
  lifecycleAction: 'special-case' | 'special-case-forward';
  precondition?: DispositionPrecondition;
  /** SPC-1: a competent external body must be chosen. */
  needsBody?: boolean;
  /** SPC-7 (HMR 7.6 абз. 2): the official the letter is passed to for information must be chosen («в соответствии с компетенцией»). */
  needsOfficial?: boolean;
};

const registrarOrHead = (source: string) => ({ value: ['registrar', 'head'] as const, source });

/** The catalogue as it applies to the organisation's profile. */
export function dispositionCatalogue(profile: Profile): Disposition[] {
  const sc = profile.params.specialCases;
  const notAnAppealExplained = sc.notAnAppeal.value === 'explain-requirements' && sc.notAnAppealNoticeDeadline.value !== null;
  // SPC-7 (HMR 7.6 абз. 2): an invitation, greeting, condolence or assessment of work is passed to the competent official for information.
  const courtesyForwarded = sc.courtesyLetters.value === 'forward-for-information-and-notify';
  return [
    {
      code: 'anonymous', spc: 'SPC-1', title: 'Анонимное обращение (нет фамилии или адреса для ответа)',
      effect: 'Ответ не даётся, уведомление не направляется. Обращение снимается с контроля; вопросам — «Оставлено без ответа автору».',
      legalGround: '59-ФЗ ст. 11 ч. 1; HMR 7.1, KCSON 3.1, DUKI 5.11',
      roles: registrarOrHead('HMR 7.1 (Отдел регистрирует и отмечает «анонимное»)'),
      notice: null, deadlineRule: null, sstuStatus: 'LeftWithoutAnswer', totk: proceduralTotk.anonymous, lifecycleAction: 'special-case', precondition: 'anonymous',
    },
    {
      code: 'anonymous-unlawful-act', spc: 'SPC-1', title: 'Анонимное сообщение о противоправном деянии — направить в государственный орган',
      effect: 'Ответ автору не даётся; обращение с сопроводительным письмом направляется в государственный орган по компетенции. Вопросам — «Направлено по компетенции».',
      legalGround: '59-ФЗ ст. 11 ч. 1; HMR 7.1, KCSON 3.1, DUKI 5.17',
      roles: registrarOrHead('HMR 7.1 (Отдел обеспечивает направление не позднее 3 рабочих дней)'),
      notice: { kind: 'anonymous-forwarding-letter', to: 'body', when: 'always' }, deadlineRule: 'anonymous-unlawful-act', sstuStatus: 'Transferred', totk: proceduralTotk.anonymous,
      lifecycleAction: 'special-case-forward', precondition: 'anonymous', needsBody: true,
    },
    {
      code: 'court-decision', spc: 'SPC-2', title: 'Обжалуется судебное решение — вернуть с разъяснением порядка обжалования',
      effect: 'Обращение возвращается автору с разъяснением порядка обжалования судебного решения. Вопросам — «Дан ответ автору».',
      legalGround: '59-ФЗ ст. 11 ч. 2; HMR 7.3, KCSON 3.1, DUKI 5.12',
      roles: { value: ['registrar', 'head', 'deputy'], source: 'HMR 7.3, DUKI 5.12 (возвращается в течение 7 дней со дня регистрации)' },
      // 59-ФЗ ст. 11 ч. 2: within 7 days of registration.
      notice: { kind: 'court-decision-return', to: 'author', when: 'always' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', totk: null, lifecycleAction: 'special-case',
    },
    {
      code: 'abuse-of-right', spc: 'SPC-3', title: 'Нецензурные или оскорбительные выражения, угрозы — оставить без ответа по существу',
      effect: 'Ответ по существу не даётся; автору сообщается о недопустимости злоупотребления правом. Вопросам — «Дан ответ автору».',
      legalGround: '59-ФЗ ст. 11 ч. 3; HMR 7.4, KCSON 3.3, DUKI 5.13',
      roles: { value: ['registrar', 'head', 'deputy'], source: 'HMR 7.4 (Отдел информирует автора)' },
      // 59-ФЗ ст. 11 ч. 3 names no term for the message: the general term of ст. 12 ч. 1 applies.
      notice: { kind: 'abuse-of-right-notice', to: 'author', when: 'always' }, deadlineRule: 'consideration', sstuStatus: 'Answered', totk: proceduralTotk.incorrect, lifecycleAction: 'special-case',
    },
    {
      code: 'unreadable', spc: 'SPC-4', title: 'Текст не поддаётся прочтению',
      effect: 'Ответ не даётся, обращение не направляется по компетенции. Если фамилия и адрес читаются — автору направляется уведомление («Дан ответ автору»), иначе — «Оставлено без ответа автору».',
      legalGround: '59-ФЗ ст. 11 ч. 4; HMR 7.5, KCSON 3.1, DUKI 5.14',
      roles: registrarOrHead('HMR 7.5 (Отдел в течение 7 дней информирует автора)'),
      notice: { kind: 'unreadable-notice', to: 'author', when: 'if-address' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', sstuStatusWithoutNotice: 'LeftWithoutAnswer',
      totk: proceduralTotk.unreadable, lifecycleAction: 'special-case',
    },
    {
      code: 'substance-undetermined', spc: 'SPC-4', title: 'Текст не позволяет определить суть предложения, заявления или жалобы',
      effect: 'Ответ не даётся, обращение не направляется по компетенции; в течение 7 дней автору сообщается об этом. Вопросам — «Дан ответ автору».',
      legalGround: '59-ФЗ ст. 11 ч. 4.1; KCSON 3.1, DUKI 5.11',
      roles: registrarOrHead('DUKI 5.11; HMR — по аналогии с 7.5'),
      // ТОТК .0158 «…не имеющее смысла…» is the classifier's question for a text whose substance cannot be determined.
      notice: { kind: 'substance-undetermined-notice', to: 'author', when: 'always' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', totk: proceduralTotk.notAnAppeal, lifecycleAction: 'special-case',
    },
    {
      code: 'state-secret', spc: 'SPC-6', title: 'Ответ невозможен без разглашения государственной или иной охраняемой тайны',
      effect: 'Автору сообщается о невозможности дать ответ по существу в связи с недопустимостью разглашения сведений. Вопросам — «Дан ответ автору».',
      legalGround: '59-ФЗ ст. 11 ч. 6; HMR 7.12, DUKI 5.16, KCSON 3.1',
      roles: { value: ['head', 'deputy'], source: '59-ФЗ ст. 11 ч. 6 (решение должностного лица, ответственного за рассмотрение; HMR 7.12 — уведомление направляет Отдел)' },
      // HMR 7.12: within 7 days of registration (DUKI 5.16 names no term; the stricter one is kept).
      notice: { kind: 'state-secret-notice', to: 'author', when: 'always' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', totk: null, lifecycleAction: 'special-case',
    },
    notAnAppealExplained
      ? {
          code: 'not-an-appeal', spc: 'SPC-7', title: 'Необращение (не является предложением, заявлением или жалобой)',
          effect: 'Ответ по существу не даётся; автору направляется разъяснение требований 59-ФЗ к обращениям. Вопросам — «Дан ответ автору».',
          legalGround: `59-ФЗ ст. 4, 7; ${sc.notAnAppeal.source}`,
          roles: registrarOrHead(`${sc.notAnAppeal.source} (Отдел регистрирует и направляет уведомление)`),
          notice: { kind: 'not-an-appeal-notice', to: 'author', when: 'always' }, deadlineRule: 'not-an-appeal-notice', sstuStatus: 'Answered', totk: proceduralTotk.notAnAppeal, lifecycleAction: 'special-case',
        }
      : {
          code: 'not-an-appeal', spc: 'SPC-7', title: 'Необращение (не является предложением, заявлением или жалобой)',
          effect: 'Ответ не даётся, уведомление не направляется. Вопросам — «Оставлено без ответа автору».',
          legalGround: `59-ФЗ ст. 4; ${sc.notAnAppeal.source}`,
          roles: registrarOrHead(sc.notAnAppeal.source),
          notice: null, deadlineRule: null, sstuStatus: 'LeftWithoutAnswer', totk: proceduralTotk.notAnAppeal, lifecycleAction: 'special-case',
        },
    // SPC-7 (HMR 7.6 абз. 2): only where the profile passes such letters on; elsewhere (DUKI 5.19) they are «not-an-appeal».
    ...(courtesyForwarded
      ? [{
          code: 'courtesy-letter', spc: 'SPC-7', title: 'Приглашение, поздравление, соболезнование, оценка деятельности — передать для ознакомления должностному лицу',
          effect: 'Письмо не является обращением: ответ по существу не даётся. Оно передаётся для ознакомления выбранному должностному лицу (в системе — в разделе «Мои поручения», «Для ознакомления»); автору, если указан его адрес, в течение 7 дней направляется уведомление. Вопросам — «Дан ответ автору» (без адреса — «Оставлено без ответа автору»).',
          legalGround: `59-ФЗ ст. 4; ${sc.courtesyLetters.source}`,
          roles: registrarOrHead(`${sc.courtesyLetters.source} (Отдел направляет необращение должностному лицу в соответствии с компетенцией для ознакомления и уведомляет автора)`),
          // HMR 7.6 абз. 2: the author is told within 7 days of registration — when he can be written to.
          notice: { kind: 'courtesy-letter-notice', to: 'author', when: 'if-address' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', sstuStatusWithoutNotice: 'LeftWithoutAnswer',
          // The subject (ТОТК .0147–.0157: приглашения, поздравления, соболезнования, оценка деятельности) is chosen at registration.
          totk: null, lifecycleAction: 'special-case', needsOfficial: true,
        } satisfies Disposition]
      : []),
    {
      code: 'representative-unconfirmed', spc: 'SPC-13', title: 'Полномочия представителя не подтверждены (жалоба)',
      effect: 'Жалоба не рассматривается; автору направляется уведомление об отказе с указанием, как подтвердить полномочия. Вопросам — «Дан ответ автору».',
      legalGround: 'KCSON 3.1, 2.4 (доверенность или решение о назначении); KCSON 3.2 (после устранения причины — вправе обратиться вновь)',
      roles: { value: ['registrar', 'head', 'deputy'], source: 'KCSON 3.1 (основания для отказа в рассмотрении обращения)' },
      // The procedure names no term for the refusal: the general term of 59-ФЗ ст. 12 ч. 1 applies.
      notice: { kind: 'representative-authority-notice', to: 'author', when: 'always' }, deadlineRule: 'consideration', sstuStatus: 'Answered', totk: null, lifecycleAction: 'special-case',
      precondition: 'representative-complaint',
    },
    {
      code: 'correspondence-terminated', spc: 'SPC-5', title: 'Прекращение переписки (вопрос неоднократно разрешён по существу, новых доводов нет)',
      effect: 'Очередное обращение признаётся безосновательным, переписка с автором по вопросу прекращается, вопрос вносится в реестр прекращённой переписки автора. Автору направляется уведомление с перечнем ранее данных ответов. Вопросам — «Дан ответ автору».',
      legalGround: '59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15',
      roles: correspondenceRoles,
      // 59-ФЗ ст. 11 ч. 5, HMR 7.7 and DUKI 5.15 name no term for the notice: the 7 days of the other
      // ст. 11 notices (special-case-notice, ч. 2, 4, 4.1) are kept — well within ст. 12 ч. 1.
      notice: { kind: 'correspondence-termination-notice', to: 'author', when: 'always' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', totk: proceduralTotk.correspondenceTerminated,
      lifecycleAction: 'special-case', precondition: 'repeated-question',
    },
    {
      code: 'correspondence-terminated-notice', spc: 'SPC-5', title: 'Переписка по вопросу прекращена — уведомить автора без ответа по существу',
      effect: 'Ответ по существу не даётся: переписка с автором по вопросу прекращена ранее (реестр прекращённой переписки). Автору направляется уведомление. Вопросам — «Дан ответ автору». Если в обращении приведены новые доводы или обстоятельства — возобновите переписку и рассмотрите обращение по существу.',
      legalGround: '59-ФЗ ст. 11 ч. 5; DUKI 5.15 абз. 2',
      roles: { ...correspondenceRoles, source: 'DUKI 5.15 абз. 2 (решение принимает глава поселения по служебной записке ответственного исполнителя); HMR 7.7' },
      // DUKI 5.15 names no term for this notice either: 7 days, as for the other ст. 11 notices.
      notice: { kind: 'correspondence-terminated-reminder', to: 'author', when: 'always' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', totk: proceduralTotk.correspondenceTerminated,
      lifecycleAction: 'special-case', precondition: 'terminated-question',
    },
    {
      code: 'published-answer-link', spc: 'SPC-11', title: 'Направление адреса опубликованного ответа',
      effect: 'Ответ на вопрос обращения размещён на официальном сайте: автору сообщается электронный адрес страницы с ответом (обращение, в котором обжалуется судебное решение, при этом не возвращается). По просьбе автора ему обеспечивается получение письменного ответа. Вопросам — «Дан ответ автору».',
      legalGround: '59-ФЗ ст. 11 ч. 5.1, ст. 10 ч. 4; HMR 7.10, DUKI 5.22',
      roles: registrarOrHead('HMR 7.10 (Отдел сообщает автору электронный адрес страницы); DUKI 5.22'),
      // 59-ФЗ ст. 11 ч. 5.1: within 7 days of registration.
      notice: { kind: 'published-answer-notice', to: 'author', when: 'always' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', totk: proceduralTotk.publishedAnswer,
      lifecycleAction: 'special-case', precondition: 'published-answer',
    },
    // SPC-8, SPC-9: carried out only by the decision on a citizen's statement (features/statements), never chosen alone.
    // The notice of the decision goes to the citizen who made the statement, from the statement's own template.
    {
      code: 'statement-not-sent', spc: 'SPC-8', title: 'Обращение признано анонимным (заявление гражданина об отсутствии факта направления обращения)',
      effect: 'Гражданин, заявивший, что обращение не направлял, не определён как его автор: обращение признаётся анонимным, ответ не даётся. Обращение снимается с контроля; вопросам — «Оставлено без ответа автору».',
      legalGround: 'HMR 6.3 абз. 2; 59-ФЗ ст. 11 ч. 1',
      roles: registrarOrHead('HMR 6.3 (сопоставление осуществляет Отдел)'),
      notice: null, deadlineRule: null, sstuStatus: 'LeftWithoutAnswer', totk: proceduralTotk.anonymous, lifecycleAction: 'special-case', precondition: 'statement',
    },
    {
      code: 'statement-withdrawal', spc: 'SPC-9', title: 'Прекращение рассмотрения обращения по заявлению его автора',
      effect: 'Автор обращения заявил о прекращении его рассмотрения: рассмотрение прекращается, неисполненные поручения отменяются. Обращение снимается с контроля; вопросам — «Дан ответ автору» (автору направляется уведомление о принятом решении).',
      legalGround: 'HMR 6.5 абз. 3; KCSON 3.1',
      roles: registrarOrHead('HMR 6.5 (сопоставление осуществляет Отдел)'),
      notice: null, deadlineRule: null, sstuStatus: 'Answered', totk: proceduralTotk.considerationStopped, lifecycleAction: 'special-case', precondition: 'statement',
    },
  ];
}

export function dispositionOf(profile: Profile, code: DispositionCode): Disposition {
  const found = dispositionCatalogue(profile).find((d) => d.code === code);
  if (!found) throw new Error(`Unknown disposition ${code}`);
  return found;
}

/** Whether someone holding `roles` may choose `d` (a substitute holds the absent person's roles, ADM-1). */
export function mayChoose(d: Pick<Disposition, 'roles'>, roles: readonly Role[]): boolean {
  return roles.some((r) => d.roles.value.includes(r));
}

/** The ССТУ status actually set: an 'if-address' notice that could not be sent leaves the questions without answer. */
export function sstuStatusFor(d: Pick<Disposition, 'sstuStatus' | 'sstuStatusWithoutNotice'>, noticeSent: boolean): SstuStatus {
  return noticeSent ? d.sstuStatus : (d.sstuStatusWithoutNotice ?? d.sstuStatus);
}

type AuthorFacts = { kind: 'person' | 'organisation'; role: string; surname: string | null; postalAddress: string; email: string };

/** 59-ФЗ ст. 11 ч. 1 (ст. 7 ч. 1, 3): no surname, or no address the answer could be sent to. */
export function looksAnonymous(form: string, authors: readonly AuthorFacts[]): boolean {
  const people = authors.filter((a) => a.role !== 'representative');
  if (people.length === 0) return true;
  if (people.some((p) => p.kind === 'person' && !p.surname?.trim())) return true;
  return !people.some((p) => (form === 'electronic' ? p.email.trim() || p.postalAddress.trim() : p.postalAddress.trim()));
}

/** The appeal's questions on the merits: the procedural ones (0001.0002.0027.*) are the dispositions' own. */
function substantiveCodes(appeal: { questions?: readonly { totkCode: string }[] }): string[] {
  return (appeal.questions ?? []).map((q) => q.totkCode).filter((code) => !code.startsWith('0001.0002.0027.'));
}

/** Why the disposition does not fit the appeal (Russian), or null when it does. SPC-5 needs the server's `correspondence` facts. */
export function preconditionObstacle(
  d: Pick<Disposition, 'precondition'> & { code?: DispositionCode },
  appeal: { type: string; form: string; authors: readonly AuthorFacts[]; questions?: readonly { totkCode: string }[] },
  correspondence?: CorrespondenceFacts,
  /** SPC-11: the answers published on the appeal's questions (59-ФЗ ст. 11 ч. 5.1). */
  published?: readonly { totkCodes?: readonly string[] }[],
): string | null {
  if (d.precondition === 'statement') return 'Решение принимается по заявлению гражданина: зарегистрируйте заявление в разделе «Заявления и дополнительные документы» и примите решение по итогам сопоставления (HMR 6.3, 6.5).';
  if (d.precondition === 'published-answer' && !published?.length) return 'На вопросы обращения ответ на официальном сайте не опубликован (59-ФЗ ст. 11 ч. 5.1, ст. 10 ч. 4).';
  if (d.precondition === 'published-answer') {
    // The notice gives one address and answers the whole appeal: one published answer must cover every question.
    const codes = substantiveCodes(appeal);
    if (!published!.some((p) => codes.every((code) => p.totkCodes?.includes(code)))) {
      const unanswered = codes.filter((code) => !published!.some((p) => p.totkCodes?.includes(code)));
      return unanswered.length > 0
        ? `На вопросы обращения ${unanswered.join(', ')} ответ на официальном сайте не опубликован: на них нужен ответ по существу (59-ФЗ ст. 11 ч. 5.1).`
        : 'Ответы на вопросы обращения опубликованы на разных страницах: уведомление сообщает адрес одной страницы, поэтому на обращение нужен ответ по существу (59-ФЗ ст. 11 ч. 5.1).';
    }
  }
  // HMR 7.10, DUKI 5.22: with a published answer, an appeal complaining about a court decision is not returned.
  if (d.code === 'court-decision' && published?.length) return 'На вопрос обращения опубликован ответ: обращение, в котором обжалуется судебное решение, не возвращается — сообщите автору адрес страницы с ответом (59-ФЗ ст. 11 ч. 5.1; HMR 7.10).';
  const c = correspondence ?? { repeated: [], terminated: [] };
  // 59-ФЗ ст. 11 ч. 5: «неоднократно давались письменные ответы по существу» — at least two.
  if (d.precondition === 'repeated-question') {
    if (c.repeated.length === 0) return 'Автору не давались ответы по существу на вопросы обращения неоднократно (не менее двух раз по ранее направленным обращениям): прекращение переписки невозможно (59-ФЗ ст. 11 ч. 5).';
    if (c.repeated.every((code) => c.terminated.includes(code))) return 'Переписка с автором по вопросу уже прекращена: выберите «Переписка по вопросу прекращена — уведомить автора без ответа по существу» (DUKI 5.15).';
    // 59-ФЗ ст. 11 ч. 5 is per question, the disposition answers the whole appeal: a new question needs an answer on the merits.
    const fresh = substantiveCodes(appeal).filter((code) => !c.repeated.includes(code) && !c.terminated.includes(code));
    if (fresh.length > 0) return `Вопросы обращения ${fresh.join(', ')} автору по существу неоднократно не разъяснялись: на них нужен ответ по существу, переписка по всему обращению не прекращается (59-ФЗ ст. 11 ч. 5).`;
  }
  if (d.precondition === 'terminated-question') {
    if (c.terminated.length === 0) return 'В реестре прекращённой переписки нет вопросов этого обращения для его автора: переписка не прекращалась или возобновлена (59-ФЗ ст. 11 ч. 5).';
    const open = substantiveCodes(appeal).filter((code) => !c.terminated.includes(code));
    if (open.length > 0) return `По вопросам обращения ${open.join(', ')} переписка с автором не прекращалась: на них нужен ответ по существу (59-ФЗ ст. 11 ч. 5).`;
  }
  if (d.precondition === 'anonymous' && !looksAnonymous(appeal.form, appeal.authors)) {
    return 'В обращении указаны фамилия автора и адрес для ответа: оно не является анонимным (59-ФЗ ст. 11 ч. 1).';
  }
  if (d.precondition === 'representative-complaint') {
    if (appeal.type !== 'complaint') return 'Отказ по неподтверждённым полномочиям представителя применяется только к жалобе (KCSON 3.1).';
    if (!appeal.authors.some((a) => a.role === 'representative')) return 'В обращении не указан представитель автора (KCSON 3.1).';
  }
  return null;
}
