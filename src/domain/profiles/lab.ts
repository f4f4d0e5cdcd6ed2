import {
  calendarDays,
  federalPriorityCategories,
  hmaoOfficeBookingHours,
  hmaoOfficeHours,
  law59Link,
  p,
  workingDays,
} from './common';
import type { Profile } from './types';

/**
 * LAB: Порядок работы с личными обращениями граждан Департамента труда и занятости населения ХМАО–Югры —
 * personal reception only. The seed names no clause numbers, so sources cite it as «LAB» with the passage.
 * Everything about written appeals is silent there: 59-FZ and then HMR (same okrug) are the closest sources.
 */
export const lab: Profile = {
  code: 'LAB',
  title: 'Региональный департамент: только личный приём (Дептруда и занятости Югры)',
  seed: 'Порядок работы с личными обращениями граждан Департамента труда и занятости населения Ханты-Мансийского автономного округа – Югры (реквизиты акта в тексте не указаны)',
  organisation: {
    fullName: 'Департамент труда и занятости населения Ханты-Мансийского автономного округа – Югры',
    shortName: 'Дептруда и занятости Югры',
    headTitle: 'Директор Департамента труда и занятости населения Ханты-Мансийского автономного округа – Югры',
    // Not in the seed: the department's public address (ул. Карла Маркса, 12), to be confirmed at set-up.
    postalAddress: 'ул. Карла Маркса, д. 12, г. Ханты-Мансийск, Ханты-Мансийский автономный округ – Югра, 628011',
    // LAB: «Контактные телефоны для записи на личный прием», «Факс»
    phones: [
      { label: 'Запись на личный приём', number: '(3467) 33-16-05' },
      { label: 'Запись на личный приём', number: '(3467) 33-16-17' },
      { label: 'Факс', number: '(3467) 33-08-09' },
    ],
    // Not in the seed: the department's public e-mail and site, to be confirmed at set-up.
    email: 'dtzn@admhmao.ru',
    site: 'https://dtznhmao.ru',
    internetReceptionUrl: 'https://lk.admhmao.ru/add/#113', // LAB: «Адрес электронного сервиса»
    timeZone: 'Asia/Yekaterinburg',
    utcOffsetHours: 5,
    workingHours: hmaoOfficeHours.map((h) => ({ ...h })),
    needsConfirmation: ['postalAddress', 'email', 'site', 'workingHours'],
  },
  procedureLinks: [
    {
      title: 'Порядок работы с личными обращениями граждан в Департаменте труда и занятости населения Ханты-Мансийского автономного округа – Югры',
      reference: 'Размещён на официальном сайте Департамента (реквизиты утверждающего акта в тексте не указаны)',
    },
    law59Link,
  ],
  structure: {
    units: [
      { key: 'department', name: 'Департамент труда и занятости населения Ханты-Мансийского автономного округа – Югры', kind: 'body' },
      // LAB: questions may fall within the competence «Департамента или центра занятости населения»
      {
        key: 'employment-centre',
        name: 'Казённое учреждение Ханты-Мансийского автономного округа – Югры «Ханты-Мансийский центр занятости населения»',
        kind: 'body',
        parentKey: 'department',
      },
    ],
    positions: [
      // LAB: reception by the director or the person acting for him, and the deputy directors
      { key: 'director', name: 'Директор Департамента', unitKey: 'department', isHead: true, role: 'head' },
      { key: 'deputy-1', name: 'Заместитель директора Департамента', unitKey: 'department', role: 'deputy', supervises: ['employment-centre'] },
      { key: 'deputy-2', name: 'Заместитель директора Департамента', unitKey: 'department', role: 'deputy' },
      // Demo: the seed gives booking phones but does not name who answers them.
      { key: 'booking-specialist', name: 'Специалист, осуществляющий запись на личный приём', unitKey: 'department', role: 'registrar' },
      { key: 'centre-director', name: 'Директор центра занятости населения', unitKey: 'employment-centre', role: 'unit-head' },
    ],
  },
  params: {
    registration: {
      internetCutoff: p('16:00', 'LAB: в Порядке не установлено; по аналогии с HMR 3.5 (59-ФЗ ст. 8 ч. 2: регистрация в течение 3 дней)'),
      numberFormat: p(
        { prefix: '', pattern: '{seq}', yearlyReset: true },
        'LAB: в Порядке не установлено; по аналогии с HMR 3.2 (порядковый номер в пределах календарного года)',
      ),
      repeatNumbering: p('new-number-linked', 'LAB: в Порядке не установлено; по аналогии с HMR 3.6'),
      registrationNotice: p({ send: false, deadline: null }, 'LAB: уведомление о регистрации не предусмотрено'),
    },
    days: {
      firstDay: p('day-after', 'LAB: в Порядке не установлено; 59-ФЗ ст. 12 ч. 1 («со дня регистрации»), общее правило исчисления сроков (ГК РФ ст. 191) — со следующего дня'),
      rollForwardToWorkingDay: p(true, 'LAB: в Порядке не установлено; по аналогии с HMR 5.3'),
    },
    routing: {
      handOverToAuthorised: p('next-working-day', 'LAB: в Порядке не установлено; по аналогии с HMR 4.2'),
      resolutionBy: p(['head', 'deputy'], 'LAB (приём и решения — директор, лицо, его замещающее, заместители директора)'),
      resolutionDeadline: p({ ...workingDays(2), from: 'hand-over' }, 'LAB: в Порядке не установлено; по аналогии с HMR 4.2'),
      resolutionDelivery: p('next-working-day', 'LAB: в Порядке не установлено; по аналогии с HMR 4.3'),
      deputyHandOver: p('next-working-day', 'LAB: в Порядке не установлено; по аналогии с HMR 4.6'),
      wrongCompetence: p(
        { mode: 'propose-another-executor', deadline: workingDays(2), needsAgreementOfProposed: true },
        'LAB: в Порядке не установлено; по аналогии с HMR 4.4',
      ),
      drafterNamingDeadline: p(workingDays(2), 'LAB: в Порядке не установлено; по аналогии с HMR 4.5'),
      coExecutorLeadTime: p(calendarDays(10), 'LAB: в Порядке не установлено; по аналогии с HMR 6.7'),
    },
    intake: {
      originals: p({ handling: 'return-within-deadline', deadline: workingDays(3) }, 'LAB: в Порядке не установлено; по аналогии с HMR 2.6'),
      mailOpeningAct: {
        copies: p(2, 'LAB: в Порядке не установлено; по аналогии с HMR 2.6'),
        drawUpDeadline: p(null, 'LAB: в Порядке не установлено; по аналогии с HMR 2.6 (при вскрытии)'),
        copyToAuthor: p(true, 'LAB: в Порядке не установлено; по аналогии с HMR 2.6'),
        copyToAuthorDeadline: p(workingDays(3), 'LAB: в Порядке не установлено; по аналогии с HMR 2.6'),
      },
      plainEmail: p('reply-with-legal-channels', 'LAB: в Порядке не установлено; 59-ФЗ ст. 4, 7 в ред. 547-ФЗ (с 30.03.2025)'),
    },
    specialCases: {
      notAnAppeal: p('explain-requirements', 'LAB: в Порядке не установлено; по аналогии с HMR 7.6'),
      notAnAppealNoticeDeadline: p(calendarDays(7), 'LAB: в Порядке не установлено; по аналогии с HMR 7.6'),
      courtesyLetters: p('forward-for-information-and-notify', 'LAB: в Порядке не установлено; по аналогии с HMR 7.6'),
    },
    extension: {
      whoMayExtend: p(['head', 'deputy'], 'LAB: в Порядке не установлено; 59-ФЗ ст. 12 ч. 2 (руководитель, должностное лицо либо уполномоченное лицо)'),
      requestLeadTime: p(workingDays(3), 'LAB: в Порядке не установлено; по аналогии с HMR 5.4'),
      agreeWithControllingBody: p(false, 'LAB: в Порядке не установлено'),
    },
    control: {
      whoRemovesFromControl: p(['head', 'deputy'], 'LAB (итоговое уведомление подписывает должностное лицо, проводившее приём); по аналогии с HMR 8.7, 11.5'),
      remindersCadence: p('weekly-first-working-day', 'LAB: в Порядке не установлено; по аналогии с HMR 11.16'),
      remindersHorizon: p(calendarDays(10), 'LAB: в Порядке не установлено; по аналогии с HMR 11.16'),
      receptionInstructionReminders: p('weekly-first-working-day', 'LAB: в Порядке не установлено; по аналогии с HMR 11.16'),
    },
    answers: {
      signers: p(['head', 'deputy'], 'LAB (уведомление подписывает должностное лицо, проводившее личный приём, или уполномоченное им лицо)'),
    },
    reception: {
      maxDurationMinutes: p(30, 'LAB: в Порядке не установлено; по аналогии с KCSON 6.1.4 (Югра)'),
      bookingHours: p(
        structuredClone(hmaoOfficeBookingHours),
        'LAB (запись по телефонам, в письменной и электронной форме; часы не установлены — режим работы органов Югры, подлежит уточнению)',
      ),
      bookingWindow: p('open', 'LAB (запись в устной, письменной форме или в форме электронного документа; срок открытия не установлен)'),
      // LAB: «в порядке очередности»; first-priority categories only as federal law gives them
      priorityCategories: p([...federalPriorityCategories], 'LAB («в порядке очередности»); 59-ФЗ ст. 13, Закон РФ от 15.01.1993 № 4301-1'),
      // LAB: written notice of the measures taken within 30 days after the reception
      writtenAnswerDeadline: p({ ...calendarDays(30), from: 'reception' }, 'LAB («в течение 30 дней направляется письменное уведомление о принятых мерах»)'),
    },
    reports: {
      ssstuMonthlyByDay: p(5, 'LAB: в Порядке не установлено; по аналогии с HMR 10.4 (Указ № 171)'),
      quarterlyByDay: p(20, 'LAB: в Порядке не установлено; по аналогии с HMR 10.3'),
      quarterlyReviewPublished: p(false, 'LAB: в Порядке не предусмотрено'),
      disciplineReportByDay: p(null, 'LAB: в Порядке не предусмотрено'),
    },
  },
};
