import {
  calendarDays,
  federalPriorityCategories,
  hmaoOfficeBookingHours,
  hmaoOfficeHours,
  law59Link,
  p,
  ukaz171Link,
  workingDays,
} from './common';
import type { Profile } from './types';

/**
 * KCSON: Порядок рассмотрения обращений БУ ХМАО–Югры «Ханты-Мансийский комплексный центр социального
 * обслуживания населения» — a public institution. The seed gives no address, phones, e-mail, site or hours:
 * those fields are listed in needsConfirmation and must be entered at set-up; the hours default to the
 * office hours of ХМАО–Югры bodies. Where the Порядок is silent, HMR (same okrug) is the closest seed.
 */
export const kcson: Profile = {
  code: 'KCSON',
  title: 'Государственное учреждение социального обслуживания (КЦСОН, Югра)',
  seed: 'Приказ БУ «Ханты-Мансийский комплексный центр социального обслуживания населения» «Об утверждении Порядка рассмотрения обращений граждан, объединений граждан, в том числе юридических лиц» (дата и номер в тексте не указаны)',
  organisation: {
    fullName: 'Бюджетное учреждение Ханты-Мансийского автономного округа – Югры «Ханты-Мансийский комплексный центр социального обслуживания населения»',
    shortName: 'БУ «Ханты-Мансийский КЦСОН»',
    headTitle: 'Директор БУ «Ханты-Мансийский комплексный центр социального обслуживания населения»',
    // Not in the seed, and the street address could not be checked against an official source: city only.
    postalAddress: 'г. Ханты-Мансийск, Ханты-Мансийский автономный округ – Югра',
    phones: [],
    email: '',
    site: '',
    // KCSON 2.1: internet reception of the single official site of the okrug's executive bodies
    internetReceptionUrl: 'https://admhmao.ru',
    timeZone: 'Asia/Yekaterinburg',
    utcOffsetHours: 5,
    workingHours: hmaoOfficeHours.map((h) => ({ ...h })),
    needsConfirmation: ['postalAddress', 'phones', 'email', 'site', 'workingHours'],
  },
  procedureLinks: [
    {
      title:
        'Порядок рассмотрения обращений граждан, объединений граждан, в том числе юридических лиц, поступающих в бюджетное учреждение Ханты-Мансийского автономного округа – Югры «Ханты-Мансийский комплексный центр социального обслуживания населения»',
      reference: 'Приказ учреждения «Об утверждении Порядка рассмотрения обращений граждан, объединений граждан, в том числе юридических лиц»',
    },
    law59Link,
    ukaz171Link,
    {
      title: 'Закон Ханты-Мансийского автономного округа – Югры «О рассмотрении обращений граждан в органах государственной власти Ханты-Мансийского автономного округа – Югры»',
      reference: 'Закон Ханты-Мансийского автономного округа – Югры от 18.04.2007 № 36-оз',
    },
  ],
  structure: {
    units: [
      {
        key: 'institution',
        name: 'БУ «Ханты-Мансийский комплексный центр социального обслуживания населения»',
        kind: 'body',
      },
      // Demo: KCSON 2.7.1–2.7.2 speaks of «соответствующие специалисты (сотрудники)» without naming units.
      {
        key: 'home-care',
        name: 'Отделение социального обслуживания на дому граждан пожилого возраста и инвалидов',
        kind: 'department',
        parentKey: 'institution',
      },
    ],
    positions: [
      { key: 'director', name: 'Директор учреждения', unitKey: 'institution', isHead: true, role: 'head' }, // KCSON 1.6.5
      { key: 'deputy', name: 'Заместитель директора учреждения', unitKey: 'institution', role: 'deputy', supervises: ['home-care'] },
      // KCSON 2.5.1
      {
        key: 'registrar',
        name: 'Специалист, ответственный за регистрацию обращений граждан',
        unitKey: 'institution',
        role: 'registrar',
      },
      { key: 'home-care-chief', name: 'Заведующий отделением социального обслуживания на дому', unitKey: 'home-care', role: 'unit-head' },
      { key: 'home-care-specialist', name: 'Специалист по социальной работе', unitKey: 'home-care', role: 'executor' },
    ],
  },
  params: {
    registration: {
      internetCutoff: p('16:00', 'KCSON: в Порядке не установлено; по аналогии с HMR 3.5 (KCSON 2.6.1: регистрация в течение 3 дней)'),
      numberFormat: p(
        { prefix: '', pattern: '{seq}', yearlyReset: true },
        'KCSON 2.6.1 (регистрационный номер в журнале обращений граждан); префикс не установлен; нумерация в пределах календарного года — по правилам делопроизводства',
      ),
      repeatNumbering: p('new-number-linked', 'KCSON 2.6.2–2.6.3 (проверка на повторность; способ нумерации не установлен — по аналогии с HMR 3.6)'),
      // KCSON 5.3 asks only for an electronic confirmation of receipt (INT-10), not a registration notice
      registrationNotice: p({ send: false, deadline: null }, 'KCSON 5.3 (только электронное подтверждение поступления); уведомление о регистрации не предусмотрено'),
    },
    days: {
      firstDay: p('day-after', 'KCSON 2.11 («30 дней со дня их регистрации», особого правила нет); общее правило исчисления сроков (ГК РФ ст. 191) — со следующего дня'),
      rollForwardToWorkingDay: p(true, 'KCSON 2.11'),
    },
    routing: {
      handOverToAuthorised: p('same-day', 'KCSON 2.6.4'),
      resolutionBy: p(['head'], 'KCSON 2.6.4, 2.7.2 (директор учреждения)'),
      resolutionDeadline: p({ ...workingDays(2), from: 'hand-over' }, 'KCSON: в Порядке не установлено; по аналогии с HMR 4.2'),
      resolutionDelivery: p('same-day', 'KCSON 2.7.2 (срок не установлен; по аналогии с KCSON 2.6.4)'),
      deputyHandOver: p('through-head', 'KCSON 2.6.4 (все зарегистрированные обращения — директору)'),
      wrongCompetence: p(
        { mode: 'propose-another-executor', deadline: workingDays(2), needsAgreementOfProposed: true },
        'KCSON: в Порядке не установлено; по аналогии с HMR 4.4',
      ),
      drafterNamingDeadline: p(workingDays(2), 'KCSON 1.6.7 (лицо, ответственное за подготовку проекта ответа; срок по аналогии с HMR 4.5)'),
      coExecutorLeadTime: p(workingDays(7), 'KCSON 2.8.1'),
    },
    intake: {
      // KCSON 2.8.9: originals go back by registered mail with the answer, listed in it
      originals: p({ handling: 'return-with-answer', deadline: null }, 'KCSON 2.8.9'),
      mailOpeningAct: {
        copies: p(2, 'KCSON 2.5.3'),
        drawUpDeadline: p(null, 'KCSON 2.5.3 (акт составляется при вскрытии)'),
        copyToAuthor: p(true, 'KCSON 2.5.3'),
        copyToAuthorDeadline: p(workingDays(3), 'KCSON 2.5.3 (срок не установлен; по аналогии с HMR 2.6)'),
      },
      plainEmail: p('consider-as-appeal', 'KCSON 2.6.1, 2.7.1 (обращения по электронной почте регистрируются; Порядок принят до 547-ФЗ)'),
    },
    specialCases: {
      notAnAppeal: p('explain-requirements', 'KCSON: в Порядке не установлено; по аналогии с HMR 7.6'),
      notAnAppealNoticeDeadline: p(calendarDays(7), 'KCSON: в Порядке не установлено; по аналогии с HMR 7.6'),
      courtesyLetters: p('forward-for-information-and-notify', 'KCSON: в Порядке не установлено; по аналогии с HMR 7.6'),
    },
    extension: {
      whoMayExtend: p(['head'], 'KCSON 2.12 (директор учреждения)'),
      requestLeadTime: p(workingDays(3), 'KCSON: в Порядке не установлено; по аналогии с HMR 5.4'),
      agreeWithControllingBody: p(false, 'KCSON: в Порядке не установлено'),
    },
    control: {
      whoRemovesFromControl: p(['head', 'deputy'], 'KCSON 6.1.1, прил. (карточка личного приёма: «С контроля снял»)'),
      remindersCadence: p('weekly-first-working-day', 'KCSON: в Порядке не установлено; по аналогии с HMR 11.16'),
      remindersHorizon: p(calendarDays(10), 'KCSON: в Порядке не установлено; по аналогии с HMR 11.16'),
      receptionInstructionReminders: p('weekly-first-working-day', 'KCSON: в Порядке не установлено; по аналогии с HMR 11.16'),
    },
    answers: {
      signers: p(['head'], 'KCSON 2.8.8 (директор, в его отсутствие — лицо, его замещающее)'),
    },
    reception: {
      maxDurationMinutes: p(30, 'KCSON 6.1.4'),
      bookingHours: p(
        structuredClone(hmaoOfficeBookingHours),
        'KCSON 6.1.1 (приём по графику директора; часы записи не установлены — режим работы органов Югры, подлежит уточнению)',
      ),
      bookingWindow: p('open', 'KCSON 6.1.1–6.1.2 (приём по графику; срочные вопросы — в ближайшее время вне графика)'),
      priorityCategories: p([...federalPriorityCategories], 'KCSON: в Порядке не установлено; 59-ФЗ ст. 13, Закон РФ от 15.01.1993 № 4301-1'),
      writtenAnswerDeadline: p({ ...calendarDays(30), from: 'registration' }, 'KCSON 6.1.5–6.1.6, 2.11'),
    },
    reports: {
      ssstuMonthlyByDay: p(5, 'KCSON 1.1 (Указ № 171); число по аналогии с HMR 10.4'),
      quarterlyByDay: p(20, 'KCSON: в Порядке не установлено; по аналогии с HMR 10.3'),
      quarterlyReviewPublished: p(false, 'KCSON: в Порядке не предусмотрено (5.1 — информация о работе с обращениями на сайте)'),
      disciplineReportByDay: p(null, 'KCSON: в Порядке не предусмотрено'),
    },
  },
};
