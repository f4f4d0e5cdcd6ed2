import { calendarDays, federalPriorityCategories, law59Link, p, workingDays } from './common';
import type { Profile } from './types';

/**
 * DUKI: Порядок рассмотрения обращений граждан и организаций администрации Дукинского сельского поселения
 * (Солнечный район, Хабаровский край) — a rural settlement where one chief specialist does everything.
 * Where the Порядок is silent, KHV (same region, the template it repeats) and then HMR are the closest seeds.
 */
export const duki: Profile = {
  code: 'DUKI',
  title: 'Администрация сельского поселения, один специалист (Дукинское сельское поселение, Хабаровский край)',
  seed: 'Порядок рассмотрения обращений граждан и организаций, поступивших в администрацию Дукинского сельского поселения (официальный сайт поселения; реквизиты акта в тексте не указаны)',
  organisation: {
    fullName: 'Администрация Дукинского сельского поселения Солнечного муниципального района Хабаровского края',
    shortName: 'Администрация Дукинского сельского поселения',
    headTitle: 'Глава Дукинского сельского поселения',
    postalAddress: '682737, Хабаровский край, Солнечный район, п. Дуки, ул. Александра Никифорова, д. 10', // DUKI 1.8
    // DUKI 1.8 writes (842146) 92 2 74, DUKI 1.10 writes 8 (42146) 92 2 74: the same line, Солнечный район code 42146
    phones: [{ label: 'Телефон/факс администрации, справки по обращениям', number: '8 (42146) 92-2-74' }],
    email: '', // not in the seed: to be entered at set-up
    site: 'http://duki.khabkrai.ru', // DUKI 1.9
    timeZone: 'Asia/Vladivostok',
    utcOffsetHours: 10,
    // DUKI 1.8, 1.11
    workingHours: [
      { days: 'понедельник–пятница', hours: '09:00–17:00', break: '13:00–14:00' },
      { days: 'предпраздничный рабочий день', hours: '09:00–16:00', break: '13:00–14:00' },
    ],
    receptionHours:
      'Консультации в кабинете главного специалиста и запись на приём к главе поселения: ежедневно, кроме выходных и праздничных дней, с 09:00 до 13:00 и с 14:00 до 17:00; в предпраздничный день — с 09:00 до 13:00 и с 14:00 до 16:00',
    needsConfirmation: ['email'],
  },
  procedureLinks: [
    {
      title: 'Порядок рассмотрения обращений граждан и организаций, поступивших в администрацию Дукинского сельского поселения',
      reference: 'Размещён на официальном сайте администрации Дукинского сельского поселения (раздел «Порядок и время приема»)',
    },
    law59Link,
    {
      title: 'Федеральный закон «Об обеспечении доступа к информации о деятельности государственных органов и органов местного самоуправления»',
      reference: 'Федеральный закон от 09.02.2009 № 8-ФЗ',
    },
    {
      title: 'Закон Хабаровского края «О дополнительных гарантиях права граждан на обращение в Хабаровском крае»',
      reference: 'Закон Хабаровского края от 20.11.2019 № 24',
    },
  ],
  structure: {
    units: [{ key: 'administration', name: 'Администрация Дукинского сельского поселения', kind: 'body' }],
    positions: [
      { key: 'head', name: 'Глава Дукинского сельского поселения', unitKey: 'administration', isHead: true, role: 'head' },
      // DUKI 1.6: organises the work with appeals — registrar and control
      { key: 'chief-specialist', name: 'Главный специалист администрации', unitKey: 'administration', role: 'registrar' },
      // DUKI 4.1: «специалисты администрации, в компетенцию которых входит решение поставленных вопросов»
      { key: 'specialist', name: 'Специалист администрации', unitKey: 'administration', role: 'executor' },
    ],
  },
  params: {
    registration: {
      internetCutoff: p('16:00', 'DUKI: в Порядке не установлено; по аналогии с HMR 3.5 (59-ФЗ ст. 8 ч. 2, DUKI 3.1: регистрация в течение 3 дней)'),
      numberFormat: p(
        { prefix: '', pattern: '{seq}', yearlyReset: true },
        'DUKI 3.4 (номер присваивается автоматически в СЭД); префикс не установлен; нумерация в пределах календарного года — по правилам делопроизводства',
      ),
      repeatNumbering: p('new-number-linked', 'DUKI 3.2 (указываются номер и дата предыдущего обращения)'),
      registrationNotice: p({ send: false, deadline: null }, 'DUKI: уведомление о регистрации не предусмотрено (сведения о регистрации — по телефону, 2.7)'),
    },
    days: {
      firstDay: p('day-after', 'DUKI 5.1 («в течение 30 дней со дня регистрации», особого правила нет); общее правило исчисления сроков (ГК РФ ст. 191) — со следующего дня'),
      rollForwardToWorkingDay: p(true, 'DUKI 5.1 абз. 2'),
    },
    routing: {
      handOverToAuthorised: p('same-day', 'DUKI 4.1'),
      resolutionBy: p(['head'], 'DUKI 4.1, 5.5'),
      resolutionDeadline: p({ ...workingDays(2), from: 'registration' }, 'DUKI 5.7'),
      resolutionDelivery: p('same-day', 'DUKI 5.7 (резолюция оформляется и направляется в СЭД)'),
      deputyHandOver: p('through-head', 'DUKI 4.1 (заместителей нет; все обращения — главе поселения)'),
      wrongCompetence: p(
        { mode: 'return-to-registrar', deadline: calendarDays(1), needsAgreementOfProposed: false },
        'DUKI 5.10',
      ),
      drafterNamingDeadline: p(workingDays(2), 'DUKI: в Порядке не установлено (ответ готовит ответственный исполнитель, 5.8); по аналогии с HMR 4.5'),
      coExecutorLeadTime: p(calendarDays(7), 'DUKI 5.9'),
    },
    intake: {
      originals: p({ handling: 'keep-unless-requested', deadline: null }, 'DUKI 6.3, 2.7'),
      mailOpeningAct: {
        copies: p(3, 'DUKI 2.3'),
        drawUpDeadline: p(calendarDays(3), 'DUKI 2.3 (в течение трёх дней со дня поступления)'),
        copyToAuthor: p(true, 'DUKI 2.3'),
        copyToAuthorDeadline: p(calendarDays(2), 'DUKI 2.3 (в течение двух дней со дня составления акта)'),
      },
      plainEmail: p('consider-as-appeal', 'DUKI 3.2, 6.8 (электронная почта — способ доставки; Порядок принят до 547-ФЗ)'),
    },
    specialCases: {
      notAnAppeal: p('no-answer', 'DUKI 5.19'),
      notAnAppealNoticeDeadline: p(null, 'DUKI 5.19 (ответы не даются)'),
      courtesyLetters: p('no-answer', 'DUKI 5.19'),
    },
    extension: {
      whoMayExtend: p(['head'], 'DUKI 5.2–5.3, 6.1 (глава поселения)'),
      requestLeadTime: p(workingDays(3), 'DUKI: в Порядке не установлено; по аналогии с HMR 5.4'),
      agreeWithControllingBody: p(false, 'DUKI: в Порядке не установлено'),
    },
    control: {
      whoRemovesFromControl: p(['head'], 'DUKI 8.20 (после ознакомления главы отметку ставит специалист)'),
      // DUKI 7.6: a 5-day horizon only works if the lists are checked every working day
      remindersCadence: p('daily', 'DUKI 7.6 (периодичность не установлена; при горизонте 5 дней — ежедневно)'),
      remindersHorizon: p(calendarDays(5), 'DUKI 7.6'),
      receptionInstructionReminders: p('monthly-first-working-day', 'DUKI 8.19'),
    },
    answers: {
      signers: p(['head'], 'DUKI 6.1'),
    },
    reception: {
      maxDurationMinutes: p(20, 'DUKI 8.11 (в тексте пункт без номера, между 8.10 и 8.12)'),
      bookingHours: p(
        {
          schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], ranges: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '17:00' }] }],
          preHolidayShorterByMinutes: 60,
        },
        'DUKI 8.3',
      ),
      bookingWindow: p('first-working-day-of-month', 'DUKI 8.3'),
      priorityCategories: p(
        [
          ...federalPriorityCategories,
          'wwii-veteran',
          'wwii-invalid',
          'combat-veteran',
          'combat-invalid',
          'disabled-group-1-2',
          'family-with-disabled-child',
          'pregnant',
          'parent-with-child-under-3',
          'over-70',
          'rehabilitated',
          'radiation-victim',
        ],
        'DUKI разд. 9 (Закон РФ № 4301-1, 227-ФЗ; Закон Хабаровского края от 20.11.2019 № 24)',
      ),
      writtenAnswerDeadline: p({ ...calendarDays(30), from: 'registration' }, 'DUKI 8.6–8.7, 5.1 (письменное обращение с приёма регистрируется; 59-ФЗ ст. 13 ч. 2)'),
    },
    reports: {
      ssstuMonthlyByDay: p(5, 'DUKI: в Порядке не установлено; по аналогии с HMR 10.4 (Указ № 171)'),
      quarterlyByDay: p(20, 'DUKI: в Порядке не установлено; по аналогии с HMR 10.3'),
      quarterlyReviewPublished: p(false, 'DUKI: в Порядке не предусмотрено'),
      disciplineReportByDay: p(null, 'DUKI: в Порядке не предусмотрено'),
    },
  },
};
