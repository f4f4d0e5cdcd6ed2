import { calendarDays, federalPriorityCategories, law59Link, p, ukaz171Link, workingDays } from './common';
import type { Profile } from './types';

/** HMR: Порядок администрации Ханты-Мансийского района (распоряжение от 27.07.2022 № 919-р) — the most complete seed. */
export const hmr: Profile = {
  code: 'HMR',
  title: 'Администрация муниципального района (Порядок ХМР, 2022)',
  seed: 'Распоряжение администрации Ханты-Мансийского района от 27.07.2022 № 919-р',
  organisation: {
    fullName: 'Администрация Ханты-Мансийского района',
    shortName: 'Администрация ХМР',
    headTitle: 'Глава Ханты-Мансийского района',
    // HMR прил. 1
    postalAddress:
      'ул. Гагарина, д. 214, г. Ханты-Мансийск, Ханты-Мансийский автономный округ – Югра, Тюменская область, 628002',
    phones: [
      { label: 'Отдел организационной и контрольной работы (письменные обращения), каб. 306', number: '8 (3467) 35-28-73' },
      { label: 'Отдел организационной и контрольной работы (письменные обращения), каб. 306', number: '8 (3467) 35-28-30' },
      { label: 'Помощник главы района (личный приём), каб. 316', number: '8 (3467) 35-28-08' },
    ],
    email: 'office@hmrn.ru', // HMR прил. 5
    site: 'http://hmrn.ru',
    internetReceptionUrl: 'http://hmrn.ru/feedback/',
    timeZone: 'Asia/Yekaterinburg',
    utcOffsetHours: 5,
    // HMR прил. 1: 9:00–17:00, Monday until 18:00, lunch 13:00–14:00
    workingHours: [
      { days: 'понедельник', hours: '09:00–18:00', break: '13:00–14:00' },
      { days: 'вторник–пятница', hours: '09:00–17:00', break: '13:00–14:00' },
    ],
  },
  procedureLinks: [
    {
      title:
        'Порядок рассмотрения обращений граждан, объединений граждан, в том числе юридических лиц, поступающих главе Ханты-Мансийского района, в администрацию Ханты-Мансийского района, заместителям главы Ханты-Мансийского района',
      reference: 'Распоряжение администрации Ханты-Мансийского района от 27.07.2022 № 919-р',
    },
    law59Link,
    ukaz171Link,
    {
      title:
        'Порядок рассмотрения обращений граждан, объединений граждан, в том числе юридических лиц, поступающих Губернатору Ханты-Мансийского автономного округа – Югры',
      reference: 'Постановление Губернатора Ханты-Мансийского автономного округа – Югры от 24.08.2012 № 130',
    },
  ],
  structure: {
    units: [
      { key: 'administration', name: 'Администрация Ханты-Мансийского района', kind: 'body' },
      // HMR 2.3: «Отдел» — the registrar
      {
        key: 'org-control',
        name: 'Отдел организационной и контрольной работы администрации Ханты-Мансийского района',
        kind: 'department',
        parentKey: 'administration',
      },
      // Demo: the Порядок speaks of «органы администрации» (1.3, 7.13) without naming them; two illustrative bodies.
      {
        key: 'property',
        name: 'Департамент имущественных и земельных отношений администрации Ханты-Мансийского района',
        kind: 'department',
        parentKey: 'administration',
      },
      {
        key: 'education',
        name: 'Комитет по образованию администрации Ханты-Мансийского района',
        kind: 'department',
        parentKey: 'administration',
      },
    ],
    positions: [
      { key: 'head', name: 'Глава Ханты-Мансийского района', unitKey: 'administration', isHead: true, role: 'head' },
      // Распоряжение п. 2: the deputy supervising the Отдел
      {
        key: 'deputy-org',
        name: 'Заместитель главы Ханты-Мансийского района, курирующий деятельность отдела организационной и контрольной работы',
        unitKey: 'administration',
        role: 'deputy',
        supervises: ['org-control'],
      },
      {
        key: 'deputy-social',
        name: 'Заместитель главы Ханты-Мансийского района',
        unitKey: 'administration',
        role: 'deputy',
        supervises: ['property', 'education'],
      },
      // HMR 9.3: organises the head's reception
      { key: 'assistant', name: 'Помощник главы Ханты-Мансийского района', unitKey: 'administration', role: 'assistant' },
      {
        key: 'org-control-chief',
        name: 'Начальник отдела организационной и контрольной работы',
        unitKey: 'org-control',
        role: 'unit-head',
      },
      {
        key: 'org-control-specialist',
        name: 'Специалист отдела организационной и контрольной работы',
        unitKey: 'org-control',
        role: 'registrar',
      },
      {
        key: 'property-director',
        name: 'Директор департамента имущественных и земельных отношений',
        unitKey: 'property',
        role: 'unit-head',
      },
      { key: 'education-chair', name: 'Председатель комитета по образованию', unitKey: 'education', role: 'unit-head' },
    ],
  },
  params: {
    registration: {
      internetCutoff: p('16:00', 'HMR 3.5'), // HMR 3.5: internet-reception cut-off 16:00
      numberFormat: p(
        { prefix: '', pattern: '{seq}', yearlyReset: true },
        'HMR 3.2 (порядковый номер в журнале регистрации); префикс не установлен; нумерация в пределах календарного года — по правилам делопроизводства',
      ),
      repeatNumbering: p('new-number-linked', 'HMR 3.6, 3.11 (новый номер, связь с историей обращений в СЭД)'),
      registrationNotice: p({ send: true, deadline: workingDays(3) }, 'HMR 3.8, прил. 3'),
    },
    days: {
      firstDay: p('registration-day-is-day-1', 'HMR 5.1'),
      rollForwardToWorkingDay: p(true, 'HMR 5.3'),
    },
    routing: {
      handOverToAuthorised: p('next-working-day', 'HMR 4.2'),
      resolutionBy: p(['head', 'deputy'], 'HMR 4.2, 4.6 (уполномоченное должностное лицо; заместитель — по адресованным ему)'),
      resolutionDeadline: p({ ...workingDays(2), from: 'hand-over' }, 'HMR 4.2'),
      resolutionDelivery: p('next-working-day', 'HMR 4.3, 4.7'),
      deputyHandOver: p('next-working-day', 'HMR 4.6'),
      wrongCompetence: p(
        { mode: 'propose-another-executor', deadline: workingDays(2), needsAgreementOfProposed: true },
        'HMR 4.4',
      ),
      drafterNamingDeadline: p(workingDays(2), 'HMR 4.5'),
      coExecutorLeadTime: p(calendarDays(10), 'HMR 6.7'),
    },
    intake: {
      originals: p({ handling: 'return-within-deadline', deadline: workingDays(3) }, 'HMR 2.6'),
      mailOpeningAct: {
        copies: p(2, 'HMR 2.6'),
        drawUpDeadline: p(null, 'HMR 2.6 (акт составляется при вскрытии; отдельный срок не установлен)'),
        copyToAuthor: p(true, 'HMR 2.6'),
        copyToAuthorDeadline: p(workingDays(3), 'HMR 2.6'),
      },
      // HMR 2.1 lists no plain e-mail channel (office@hmrn.ru is given only for evaluations, прил. 5)
      plainEmail: p('reply-with-legal-channels', 'HMR 2.1 (электронная почта не названа каналом приёма); 59-ФЗ ст. 4 в ред. 547-ФЗ'),
    },
    specialCases: {
      notAnAppeal: p('explain-requirements', 'HMR 7.6 абз. 1'),
      notAnAppealNoticeDeadline: p(calendarDays(7), 'HMR 7.6'),
      courtesyLetters: p('forward-for-information-and-notify', 'HMR 7.6 абз. 2'),
    },
    extension: {
      whoMayExtend: p(['responsible-executor'], 'HMR 5.4 (должностное лицо, ответственное за рассмотрение; служебная записка главе)'),
      requestLeadTime: p(workingDays(3), 'HMR 5.4'),
      agreeWithControllingBody: p(false, 'HMR: в Порядке не установлено'),
    },
    control: {
      whoRemovesFromControl: p(['head', 'deputy'], 'HMR 8.7, 11.5'),
      remindersCadence: p('weekly-first-working-day', 'HMR 11.16'),
      remindersHorizon: p(calendarDays(10), 'HMR 11.16'),
      receptionInstructionReminders: p('weekly-first-working-day', 'HMR 11.16 (поручения, в том числе по итогам личного приёма)'),
    },
    answers: {
      signers: p(['responsible-executor'], 'HMR 8.1'),
    },
    reception: {
      maxDurationMinutes: p(30, 'HMR: в Порядке не установлено; по аналогии с KCSON 6.1.4 (Югра)'),
      bookingHours: p(
        {
          schedule: [
            { days: ['mon'], ranges: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }] },
            { days: ['tue', 'wed', 'thu', 'fri'], ranges: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '17:00' }] },
          ],
          preHolidayShorterByMinutes: 60,
        },
        'HMR 9.4, прил. 1 (запись ведёт помощник главы в часы работы администрации); ТК РФ ст. 95',
      ),
      bookingWindow: p('after-request-review', 'HMR 9.4–9.11 (дата согласуется после рассмотрения обращения о приёме)'),
      priorityCategories: p([...federalPriorityCategories], 'HMR: в Порядке не установлено; 59-ФЗ ст. 13, Закон РФ от 15.01.1993 № 4301-1'),
      writtenAnswerDeadline: p({ ...calendarDays(30), from: 'reception' }, 'HMR 9.14'),
    },
    reports: {
      ssstuMonthlyByDay: p(5, 'HMR 10.4, 10.5'),
      quarterlyByDay: p(20, 'HMR 10.3, 10.6'),
      quarterlyReviewPublished: p(true, 'HMR 10.6'),
      disciplineReportByDay: p(25, 'HMR 11.17'),
    },
  },
};
