/**
 * Organisation profiles (REQUIREMENTS §13): what differs between the seed procedures is data.
 * A rule of 59-FZ itself (30 days, 7-day redirect, 3-day registration…) is never a parameter here.
 */

export type ProfileCode = 'LAB' | 'HMR' | 'KCSON' | 'KHV' | 'DUKI';

/** A parameter value with the clause it comes from, e.g. source: 'HMR 3.5' or '59-ФЗ ст. 8 ч. 2 (в Порядке не установлено)'. */
export type Param<T> = { value: T; source: string };

/** Days in 59-FZ are calendar days; seeds sometimes count working days. */
export type DayUnit = 'calendar' | 'working';
export type Duration = { amount: number; unit: DayUnit };

/** Roles that take decisions on an appeal (DL-2, CTL-2, ANS-4). */
export type RoleName = 'head' | 'deputy' | 'responsible-executor';

/** Local wall-clock time 'HH:MM' in the organisation's time zone. */
export type ClockTime = string;
export type TimeRange = { from: ClockTime; to: ClockTime };
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type DaySchedule = { days: Weekday[]; ranges: TimeRange[] };
/** Regular hours; on a pre-holiday working day they end earlier (ТК РФ ст. 95). */
export type WeeklyHours = { schedule: DaySchedule[]; preHolidayShorterByMinutes: number };

/** DL-1: HMR 5.1 counts the registration day as day 1; the general convention starts the day after. */
export type FirstDayConvention = 'registration-day-is-day-1' | 'day-after';
/** ROU-1, ROU-2: when a document moves to the next person. */
export type HandOver = 'same-day' | 'next-working-day';
/** ROU-6: an appeal addressed to a deputy goes to the deputy, or first to the head like every other. */
export type DeputyHandOver = HandOver | 'through-head';
/** ROU-4: wrong competence inside the organisation. */
export type WrongCompetenceMode = 'propose-another-executor' | 'return-to-registrar';
/** INT-6: attached original documents. */
export type OriginalsHandling = 'return-within-deadline' | 'return-with-answer' | 'keep-unless-requested';
/** SPC-7: a letter that is not an appeal. */
export type NotAnAppealHandling = 'explain-requirements' | 'no-answer';
/** SPC-7: greetings, invitations, condolences, evaluations. */
export type CourtesyLetterHandling = 'forward-for-information-and-notify' | 'no-answer';
/** LAW.md, 547-FZ: plain e-mail received after 30.03.2025. */
export type PlainEmailHandling = 'consider-as-appeal' | 'reply-with-legal-channels';
/** REG-5: 'first-number-slash-count' gives '123/2'; 'new-number-linked' gives a new number linked to the history. */
export type RepeatNumbering = 'first-number-slash-count' | 'new-number-linked';
/** CTL-5. */
export type ReminderCadence = 'daily' | 'weekly-first-working-day' | 'monthly-first-working-day';
/** REC-2: when booking opens. 'after-request-review' — the date is agreed after a written request is considered (HMR 9.4–9.11). */
export type BookingWindow = 'first-working-day-of-month' | 'open' | 'after-request-review';

/** REC-3: first-priority personal reception. Labels in Russian: priorityCategoryLabels. */
export type PriorityCategory =
  | 'hero-ussr'
  | 'hero-rf'
  | 'order-of-glory-full'
  | 'wwii-participant'
  | 'wwii-veteran'
  | 'wwii-invalid'
  | 'combat-veteran'
  | 'combat-invalid'
  | 'disabled-group-1-2'
  | 'family-with-disabled-child'
  | 'pregnant'
  | 'parent-with-child-under-3'
  | 'over-70'
  | 'rehabilitated'
  | 'radiation-victim';

/**
 * REG-2: pattern tokens — {prefix}, {seq} (sequence number), {yyyy} (registration year).
 * yearlyReset: the sequence starts again from 1 on 1 January.
 */
export type NumberFormat = { prefix: string; pattern: string; yearlyReset: boolean };

export type ProfileParams = {
  registration: {
    /** REG-1: internet-reception appeals received before this time are registered the same working day. */
    internetCutoff: Param<ClockTime>;
    /** REG-2. */
    numberFormat: Param<NumberFormat>;
    /** REG-5. */
    repeatNumbering: Param<RepeatNumbering>;
    /** REG-9: notice of registration to the author; deadline from registration. */
    registrationNotice: Param<{ send: boolean; deadline: Duration | null }>;
  };
  days: {
    /** DL-1. */
    firstDay: Param<FirstDayConvention>;
    /** DL-1: a deadline on a non-working day moves to the next working day. */
    rollForwardToWorkingDay: Param<boolean>;
  };
  routing: {
    /** ROU-1: registrar → authorised official. */
    handOverToAuthorised: Param<HandOver>;
    /** ROU-1: who writes the resolution (names the responsible officials). */
    resolutionBy: Param<RoleName[]>;
    /** ROU-1: resolution deadline, counted from registration or from the hand-over. */
    resolutionDeadline: Param<Duration & { from: 'registration' | 'hand-over' }>;
    /** ROU-2: resolution → executors. */
    resolutionDelivery: Param<HandOver>;
    /** ROU-6. */
    deputyHandOver: Param<DeputyHandOver>;
    /** ROU-4: deadline from the day the executor received the appeal/instruction. */
    wrongCompetence: Param<{ mode: WrongCompetenceMode; deadline: Duration; needsAgreementOfProposed: boolean }>;
    /** ROU-5: the responsible official names who drafts the answer. */
    drafterNamingDeadline: Param<Duration>;
    /** ROU-3: co-executors deliver their materials this long before the deadline. */
    coExecutorLeadTime: Param<Duration>;
  };
  intake: {
    /** INT-6: deadline from registration when handling is 'return-within-deadline', otherwise null. */
    originals: Param<{ handling: OriginalsHandling; deadline: Duration | null }>;
    /** INT-4. */
    mailOpeningAct: {
      copies: Param<number>;
      /** From receipt; null — drawn up at opening. */
      drawUpDeadline: Param<Duration | null>;
      copyToAuthor: Param<boolean>;
      /** From the act; null when no copy goes to the author. */
      copyToAuthorDeadline: Param<Duration | null>;
    };
    /** 547-FZ (in force 30.03.2025). */
    plainEmail: Param<PlainEmailHandling>;
  };
  specialCases: {
    /** SPC-7. */
    notAnAppeal: Param<NotAnAppealHandling>;
    /** SPC-7: from registration; null when no notice is sent. */
    notAnAppealNoticeDeadline: Param<Duration | null>;
    courtesyLetters: Param<CourtesyLetterHandling>;
  };
  extension: {
    /** DL-2. */
    whoMayExtend: Param<RoleName[]>;
    /** DL-2: the memo is due this long before the deadline. */
    requestLeadTime: Param<Duration>;
    /** DL-2: control set by a higher body → extension agreed with it in advance. */
    agreeWithControllingBody: Param<boolean>;
  };
  control: {
    /** CTL-2. */
    whoRemovesFromControl: Param<RoleName[]>;
    /** CTL-5: lists of overdue and soon-due appeals to executors. */
    remindersCadence: Param<ReminderCadence>;
    /** CTL-5: "soon due" = due within this horizon. */
    remindersHorizon: Param<Duration>;
    /** CTL-5: reminders on personal-reception instructions. */
    receptionInstructionReminders: Param<ReminderCadence>;
  };
  answers: {
    /** ANS-4, LAW art. 10 ч. 3. */
    signers: Param<RoleName[]>;
  };
  reception: {
    /** REC-5. */
    maxDurationMinutes: Param<number>;
    /** REC-2: hours when the registrar books citizens. */
    bookingHours: Param<WeeklyHours>;
    /** REC-2. */
    bookingWindow: Param<BookingWindow>;
    /** REC-3: served first, among themselves by arrival. */
    priorityCategories: Param<PriorityCategory[]>;
    /** DL-6, REC-11: written answer after the reception. */
    writtenAnswerDeadline: Param<Duration & { from: 'reception' | 'registration' }>;
  };
  reports: {
    /** RPT-1: monthly ССТУ.РФ report, by this day of the following month. */
    ssstuMonthlyByDay: Param<number>;
    /** RPT-2, RPT-3: quarterly registries and reviews, by this day of the month after the quarter. */
    quarterlyByDay: Param<number>;
    /** RPT-3: the quarterly review is published on the site. */
    quarterlyReviewPublished: Param<boolean>;
    /** CTL-7: executive-discipline report to the head by this day of the month; null — not required. */
    disciplineReportByDay: Param<number | null>;
  };
};

/** Organisation fields whose value is not taken from the seed and must be confirmed at set-up. */
export type OrganisationField = 'postalAddress' | 'phones' | 'email' | 'site' | 'workingHours';

export type Organisation = {
  fullName: string;
  shortName: string;
  headTitle: string;
  /** As in the seed; otherwise the public address, listed in needsConfirmation. */
  postalAddress: string;
  phones: { label: string; number: string }[];
  email: string;
  site: string;
  /** IANA: ХМАО–Югра = 'Asia/Yekaterinburg' (UTC+5), Хабаровский край = 'Asia/Vladivostok' (UTC+10). */
  timeZone: string;
  utcOffsetHours: number;
  workingHours: { days: string; hours: string; break?: string }[];
  /** Registrar's hours for citizens, if stated. */
  receptionHours?: string;
  internetReceptionUrl?: string;
  /** Empty strings / lists here are allowed only for fields listed in needsConfirmation. */
  needsConfirmation?: OrganisationField[];
};

export type UnitKind = 'body' | 'department';
export type PositionRole = 'head' | 'deputy' | 'assistant' | 'registrar' | 'unit-head' | 'executor';

export type Structure = {
  units: { key: string; name: string; kind: UnitKind; parentKey?: string }[];
  positions: {
    key: string;
    name: string;
    unitKey?: string;
    isHead?: boolean;
    role?: PositionRole;
    /** Unit keys a deputy supervises (ADM-1, HMR 7.13). */
    supervises?: string[];
  }[];
};

export type Profile = {
  code: ProfileCode;
  /** Short Russian description for a picker. */
  title: string;
  /** Which seed document. */
  seed: string;
  organisation: Organisation;
  procedureLinks: { title: string; reference: string }[];
  /** Demo structure from the units and positions the seed names. */
  structure: Structure;
  /** REC-1: published reception schedule, when the seed gives one. */
  receptionSchedule?: { positionKey: string; when: string; hours: string }[];
  params: ProfileParams;
};
