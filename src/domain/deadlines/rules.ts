import type { Duration, FirstDayConvention, Profile } from '../profiles';

/** The event a deadline is counted from. */
export type StartEvent =
  | 'receipt' | 'registration' | 'hand-over' | 'assignment' | 'deadline' | 'original-deadline'
  | 'approval' | 'reception' | 'act' | 'request-registration';

export type DeadlineRule = {
  id: RuleId;
  title: string;
  /** The legal ground: 59-FZ article and/or the clause of the local procedure. */
  source: string;
  from: StartEvent;
  amount: number;
  unit: 'calendar' | 'working';
  /** 'after' the start event, or 'before' it (lead times: co-executors, extension memo). */
  direction: 'after' | 'before';
  /** DL-1: whether the start day itself is day 1 (HMR 5.1) or counting starts the next day. */
  firstDay: FirstDayConvention;
  /** A date on a non-working day moves forward (HMR 5.3), or back for lead times (not later than). */
  roll: 'forward' | 'backward' | 'none';
  /** The largest amount the law allows when a person chooses it (extension: 30 days). */
  maxAmount?: number;
  /** Where the profile gives the figure, the profile's clause. */
  profileSource?: string;
  /** The clauses of the counting convention (first day, roll-forward). */
  countingSource?: string;
};

export const ruleIds = [
  'registration', 'registration-notice', 'hand-over', 'resolution', 'redirect', 'migration-redirect',
  'consideration', 'consideration-migration-head', 'extension', 'extension-request', 'documents-request',
  'special-case-notice', 'anonymous-unlawful-act', 'co-executor-materials', 'reassignment', 'drafter-naming',
  'publication', 'publication-return', 'reception-note', 'reception-answer', 'act-to-author', 'originals-return',
  'not-an-appeal-notice', 'complaint-return', 'translation', 'statement-comparison', 'statement-forwarding',
] as const;
export type RuleId = (typeof ruleIds)[number];

const cache = new WeakMap<Profile, Map<RuleId, DeadlineRule>>();

/** The catalogue of statutory deadlines with the profile's figures filled in (DL-7). */
export function deadlineRules(profile: Profile): Map<RuleId, DeadlineRule> {
  const cached = cache.get(profile);
  if (cached) return cached;
  const p = profile.params;
  const roll = p.days.rollForwardToWorkingDay.value ? 'forward' : 'none';
  const rollSource = p.days.rollForwardToWorkingDay.source;
  // Every term runs from the day after its event (ГК РФ ст. 191) …
  const after = (id: RuleId, title: string, source: string, from: StartEvent, d: Duration, extra: Partial<DeadlineRule> = {}): DeadlineRule => ({
    id, title, source, countingSource: rollSource, from, amount: d.amount, unit: d.unit, direction: 'after', firstDay: 'day-after', roll, ...extra,
  });
  // … except where the procedure says otherwise: HMR 5.1 makes the registration day day 1 of the
  // consideration and of the redirect by competence.
  const profileFirstDay = { firstDay: p.days.firstDay.value, countingSource: `${p.days.firstDay.source}; ${rollSource}` };
  const before = (id: RuleId, title: string, source: string, d: Duration): DeadlineRule => ({
    id, title, source, from: 'deadline', amount: d.amount, unit: d.unit, direction: 'before', firstDay: 'day-after', roll: 'backward', profileSource: source,
  });
  const cal = (amount: number): Duration => ({ amount, unit: 'calendar' });
  const work = (amount: number): Duration => ({ amount, unit: 'working' });
  const fromProfile = (s: string) => ({ profileSource: s });

  const list: DeadlineRule[] = [
    after('registration', 'Регистрация обращения', '59-ФЗ ст. 8 ч. 2', 'receipt', cal(3)),
    after('hand-over', 'Передача обращения уполномоченному должностному лицу', p.routing.handOverToAuthorised.source, 'registration', work(p.routing.handOverToAuthorised.value === 'same-day' ? 0 : 1), fromProfile(p.routing.handOverToAuthorised.source)),
    after('resolution', 'Резолюция (назначение ответственных исполнителей)', p.routing.resolutionDeadline.source, p.routing.resolutionDeadline.value.from === 'hand-over' ? 'hand-over' : 'registration', p.routing.resolutionDeadline.value, fromProfile(p.routing.resolutionDeadline.source)),
    after('redirect', 'Переадресация по компетенции', '59-ФЗ ст. 8 ч. 3', 'registration', cal(7), profileFirstDay),
    after('migration-redirect', 'Направление информации о нарушении миграционного законодательства', '59-ФЗ ст. 8 ч. 3.1', 'registration', cal(5), profileFirstDay),
    after('consideration', 'Рассмотрение обращения', '59-ФЗ ст. 12 ч. 1', 'registration', cal(30), profileFirstDay),
    after('consideration-migration-head', 'Рассмотрение высшим должностным лицом субъекта обращения с информацией о нарушении миграционного законодательства', '59-ФЗ ст. 12 ч. 1.1', 'registration', cal(20), profileFirstDay),
    // HMR 5.5: the extension is counted from the day after the original deadline.
    after('extension', 'Продление срока рассмотрения', '59-ФЗ ст. 12 ч. 2; HMR 5.4–5.5', 'original-deadline', cal(30), { maxAmount: 30 }),
    before('extension-request', 'Служебная записка о продлении срока (не позднее)', p.extension.requestLeadTime.source, p.extension.requestLeadTime.value),
    after('documents-request', 'Ответ на запрос документов и материалов другого органа', '59-ФЗ ст. 10 ч. 2', 'request-registration', cal(15)),
    after('special-case-notice', 'Уведомление автора по особым случаям (ст. 11)', '59-ФЗ ст. 11 ч. 2, 4, 4.1, 5.1; HMR 7.12 (ч. 6)', 'registration', cal(7)),
    // ROU-8: a complaint that cannot be sent to anyone but the one complained about goes back to its
    // author «в течение 7 дней со дня регистрации» (HMR 7.11; DUKI 4.2.1 follows 59-ФЗ ст. 8 ч. 6, which
    // names no term — the 7 days of the redirect, ч. 3, apply). HMR 5.1 (day 1 = registration) covers
    // only the consideration and the redirect, so counting starts the next day.
    after('complaint-return', 'Возврат жалобы автору (направить на рассмотрение невозможно)', '59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1', 'registration', cal(7)),
    // REG-11 (HMR 7.15): an appeal needing translation into Russian is registered and its copy is sent
    // for translation «в день поступления» (a non-working day moves it to the next working day).
    after('translation', 'Направление копии обращения на перевод на русский язык', 'HMR 7.15 (REG-11)', 'receipt', work(0)),
    after('anonymous-unlawful-act', 'Направление анонимного сообщения о противоправном деянии', '59-ФЗ ст. 11 ч. 1; HMR 7.1', 'registration', work(3)),
    // SPC-8, SPC-9: «в течение 3 рабочих дней со дня поступления … заявления» the Отдел compares the
    // author of the earlier appeal with the citizen who made the statement (HMR 6.3, 6.5).
    after('statement-comparison', 'Сопоставление автора обращения с гражданином, подавшим заявление', 'HMR 6.3, 6.5 (SPC-8, SPC-9)', 'receipt', work(3)),
    // SPC-8…10: the statement (the additional documents) follows an appeal redirected by competence
    // «в течение 7 дней со дня регистрации» with a cover letter, the citizen is told (HMR 6.2 абз. 3, 6.4, 6.6).
    after('statement-forwarding', 'Направление заявления (дополнительных документов) вслед за переадресованным обращением', 'HMR 6.2 абз. 3, 6.4, 6.6 (SPC-8…10)', 'registration', cal(7)),
    before('co-executor-materials', 'Представление материалов соисполнителем ответственному исполнителю (не позднее)', p.routing.coExecutorLeadTime.source, p.routing.coExecutorLeadTime.value),
    after('reassignment', 'Предложение о передаче другому исполнителю (не по компетенции)', p.routing.wrongCompetence.source, 'assignment', p.routing.wrongCompetence.value.deadline, fromProfile(p.routing.wrongCompetence.source)),
    after('drafter-naming', 'Назначение исполнителя проекта ответа', p.routing.drafterNamingDeadline.source, 'assignment', p.routing.drafterNamingDeadline.value, fromProfile(p.routing.drafterNamingDeadline.source)),
    after('publication', 'Размещение ответа на официальном сайте', '59-ФЗ ст. 10 ч. 4; HMR 7.9', 'approval', cal(2)),
    after('publication-return', 'Возврат текста ответа исполнителю (не одобрен)', 'HMR 7.9', 'approval', cal(1)),
    after('reception-note', 'Информационная справка к личному приёму главы', 'HMR 9.5', 'registration', work(10)),
    after('reception-answer', 'Письменный ответ по итогам личного приёма', `59-ФЗ ст. 13 ч. 2; ${p.reception.writtenAnswerDeadline.source}`, 'reception', p.reception.writtenAnswerDeadline.value, fromProfile(p.reception.writtenAnswerDeadline.source)),
  ];
  const notice = p.registration.registrationNotice;
  if (notice.value.send && notice.value.deadline) list.push(after('registration-notice', 'Уведомление автора о регистрации', notice.source, 'registration', notice.value.deadline, fromProfile(notice.source)));
  const act = p.intake.mailOpeningAct.copyToAuthorDeadline;
  if (act.value) list.push(after('act-to-author', 'Направление автору экземпляра акта вскрытия почты', act.source, 'act', act.value, fromProfile(act.source)));
  const originals = p.intake.originals;
  if (originals.value.deadline) list.push(after('originals-return', 'Возврат автору подлинников документов', originals.source, 'registration', originals.value.deadline, fromProfile(originals.source)));
  const explain = p.specialCases.notAnAppealNoticeDeadline;
  if (explain.value) list.push(after('not-an-appeal-notice', 'Разъяснение автору необращения', explain.source, 'registration', explain.value, fromProfile(explain.source)));

  const map = new Map(list.map((r) => [r.id, r]));
  cache.set(profile, map);
  return map;
}

export const startEventLabels: Record<StartEvent, string> = {
  receipt: 'Поступило',
  registration: 'Зарегистрировано',
  'hand-over': 'Передано уполномоченному должностному лицу',
  assignment: 'Поручение получено исполнителем',
  deadline: 'Срок рассмотрения истекает',
  'original-deadline': 'Первоначальный срок рассмотрения истекает',
  approval: 'Текст ответа одобрен руководителем',
  reception: 'Личный приём проведён',
  act: 'Акт составлен',
  'request-registration': 'Запрос зарегистрирован',
};
