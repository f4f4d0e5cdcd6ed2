import { calendarDays, law59Link, p, workingDays } from './common';
import type { Profile } from './types';

/**
 * KHV: Административный регламент министерства социальной защиты населения Хабаровского края
 * (приказ от 01.11.2008 № 194-п; утратил силу приказом от 29.06.2012 № 169-П). Kept as a seed of a
 * regional ministry. Contacts are as in the seed (прил. 2, 3) and may be out of date.
 * Where the regulation is silent, DUKI (same region, its Порядок repeats this regulation's clauses) is the closest seed.
 */
export const khv: Profile = {
  code: 'KHV',
  title: 'Региональное министерство (регламент Минсоцзащиты Хабаровского края, 2008)',
  seed: 'Приказ министерства социальной защиты населения Хабаровского края от 01.11.2008 № 194-п (утратил силу — приказ от 29.06.2012 № 169-П)',
  organisation: {
    fullName: 'Министерство социальной защиты населения Хабаровского края',
    shortName: 'Минсоцзащиты Хабаровского края',
    headTitle: 'Министр социальной защиты населения Хабаровского края',
    postalAddress: 'ул. Фрунзе, д. 67, г. Хабаровск, 680000', // KHV прил. 2
    phones: [
      { label: 'Приёмная министерства, справки по обращениям', number: '(4212) 32-65-43' }, // KHV прил. 2, 3.10.5
      { label: 'Предварительная запись на приём к министру', number: '(4212) 32-52-33' }, // KHV прил. 3
    ],
    email: 'common@pens.kht.ru', // KHV прил. 2
    site: 'http://www.mszn.khv.ru', // KHV 2.1.2
    timeZone: 'Asia/Vladivostok',
    utcOffsetHours: 10,
    // KHV 2.4.2, 3.10.5: the general department works 09:00–13:00 and 14:00–18:00; pre-holiday until 17:00
    workingHours: [
      { days: 'понедельник–пятница', hours: '09:00–18:00', break: '13:00–14:00' },
      { days: 'предпраздничный рабочий день', hours: '09:00–17:00', break: '13:00–14:00' },
    ],
    receptionHours:
      'Запись на приём и справки по обращениям: ежедневно, кроме выходных и праздничных дней, с 09:00 до 13:00 и с 14:00 до 18:00; в предпраздничный день — с 09:00 до 13:00 и с 14:00 до 17:00',
  },
  procedureLinks: [
    {
      title:
        'Административный регламент по исполнению государственной функции по организации рассмотрения обращений граждан в министерстве социальной защиты населения Хабаровского края',
      reference:
        'Приказ министерства социальной защиты населения Хабаровского края от 01.11.2008 № 194-п (утратил силу — приказ от 29.06.2012 № 169-П)',
    },
    law59Link,
  ],
  structure: {
    units: [
      { key: 'ministry', name: 'Министерство социальной защиты населения Хабаровского края', kind: 'body' },
      { key: 'affairs', name: 'Управление делами министерства', kind: 'department', parentKey: 'ministry' }, // KHV 1.3
      // KHV 1.3: centralised records of appeals — the registrar
      { key: 'general', name: 'Общий отдел управления делами министерства', kind: 'department', parentKey: 'affairs' },
      // Demo: KHV 3.4.1 speaks of «структурные подразделения министерства» without naming them.
      {
        key: 'social-support',
        name: 'Отдел социальной поддержки населения министерства',
        kind: 'department',
        parentKey: 'ministry',
      },
    ],
    positions: [
      { key: 'minister', name: 'Министр социальной защиты населения Хабаровского края', unitKey: 'ministry', isHead: true, role: 'head' },
      { key: 'first-deputy', name: 'Первый заместитель министра', unitKey: 'ministry', role: 'deputy', supervises: ['social-support'] }, // KHV 1.3, прил. 3
      { key: 'deputy-1', name: 'Заместитель министра', unitKey: 'ministry', role: 'deputy' },
      { key: 'deputy-2', name: 'Заместитель министра', unitKey: 'ministry', role: 'deputy', supervises: ['affairs'] },
      { key: 'affairs-chief', name: 'Начальник управления делами министерства', unitKey: 'affairs', role: 'unit-head' }, // приказ п. 2
      { key: 'general-chief', name: 'Начальник общего отдела', unitKey: 'general', role: 'unit-head' }, // KHV 3.9.9
      { key: 'general-specialist', name: 'Специалист общего отдела', unitKey: 'general', role: 'registrar' }, // KHV 3.3.1
      { key: 'social-support-chief', name: 'Начальник отдела социальной поддержки населения', unitKey: 'social-support', role: 'unit-head' },
      { key: 'social-support-specialist', name: 'Главный специалист отдела социальной поддержки населения', unitKey: 'social-support', role: 'executor' },
    ],
  },
  // KHV прил. 3
  receptionSchedule: [
    { positionKey: 'minister', when: 'четвёртый вторник месяца', hours: '16:00–18:00' },
    { positionKey: 'first-deputy', when: 'первый вторник месяца', hours: '16:00–18:00' },
    { positionKey: 'deputy-1', when: 'второй вторник месяца', hours: '16:00–18:00' },
    { positionKey: 'deputy-2', when: 'третий вторник месяца', hours: '16:00–18:00' },
  ],
  params: {
    registration: {
      internetCutoff: p('16:00', 'KHV: в Регламенте не установлено; по аналогии с HMR 3.5 (59-ФЗ ст. 8 ч. 2: регистрация в течение 3 дней)'),
      numberFormat: p(
        { prefix: '', pattern: '{seq}', yearlyReset: true },
        'KHV 3.3.2 (регистрационный номер в ИС «Учет обращений граждан»); префикс не установлен; нумерация в пределах календарного года — по правилам делопроизводства',
      ),
      // KHV 3.3.2: repeat appeals under the first number with the count after a slash
      repeatNumbering: p('first-number-slash-count', 'KHV 3.3.2'),
      registrationNotice: p({ send: false, deadline: null }, 'KHV: уведомление о регистрации не предусмотрено (справки по телефону — 3.10.4)'),
    },
    days: {
      firstDay: p('day-after', 'KHV 2.2.1 («в течение 30 дней со дня их регистрации», особого правила нет); общее правило исчисления сроков (ГК РФ ст. 191) — со следующего дня'),
      rollForwardToWorkingDay: p(true, 'KHV: в Регламенте не установлено; по аналогии с DUKI 5.1'),
    },
    routing: {
      handOverToAuthorised: p('same-day', 'KHV прил. 1 (после регистрации — министру); срок по аналогии с DUKI 4.1'),
      resolutionBy: p(['head'], 'KHV прил. 1 (министр, в его отсутствие — уполномоченное лицо), 3.5.5'),
      resolutionDeadline: p({ ...workingDays(2), from: 'registration' }, 'KHV: в Регламенте не установлено; по аналогии с DUKI 5.7'),
      resolutionDelivery: p('same-day', 'KHV 3.5.5 (подлинник — ответственному исполнителю, копии — соисполнителям); срок по аналогии с DUKI 5.7'),
      deputyHandOver: p('through-head', 'KHV прил. 1 (все зарегистрированные обращения направляются министру)'),
      wrongCompetence: p(
        { mode: 'return-to-registrar', deadline: calendarDays(1), needsAgreementOfProposed: false },
        'KHV: в Регламенте не установлено; по аналогии с DUKI 5.10',
      ),
      drafterNamingDeadline: p(workingDays(2), 'KHV: в Регламенте не установлено; по аналогии с HMR 4.5'),
      coExecutorLeadTime: p(calendarDays(7), 'KHV 3.5.6'),
    },
    intake: {
      originals: p({ handling: 'keep-unless-requested', deadline: null }, 'KHV 3.9.5'),
      mailOpeningAct: {
        // KHV 3.2.4: one copy stays in the general department, the other goes with the appeal — none to the author
        copies: p(2, 'KHV 3.2.4'),
        drawUpDeadline: p(null, 'KHV 3.2.4 (акт составляется при первичной обработке)'),
        copyToAuthor: p(false, 'KHV 3.2.4'),
        copyToAuthorDeadline: p(null, 'KHV 3.2.4 (экземпляр автору не направляется)'),
      },
      plainEmail: p('consider-as-appeal', 'KHV 2.3.2, прил. 1 (электронная почта — канал приёма; Регламент принят до 547-ФЗ)'),
    },
    specialCases: {
      notAnAppeal: p('no-answer', 'KHV: в Регламенте не установлено; по аналогии с DUKI 5.19'),
      notAnAppealNoticeDeadline: p(null, 'KHV: в Регламенте не установлено; по аналогии с DUKI 5.19 (ответ не даётся)'),
      courtesyLetters: p('no-answer', 'KHV: в Регламенте не установлено; по аналогии с DUKI 5.19'),
    },
    extension: {
      whoMayExtend: p(['head'], 'KHV 2.2.1, 3.5.2, 3.8.3 (министр по служебной записке ответственного исполнителя)'),
      requestLeadTime: p(workingDays(3), 'KHV 2.2.1, 3.8.2 («заблаговременно»; число дней по аналогии с HMR 5.4)'),
      agreeWithControllingBody: p(true, 'KHV 2.2.1, 3.8.3'),
    },
    control: {
      whoRemovesFromControl: p(['head', 'deputy'], 'KHV 2.4.8, 3.6.7 (решение должностного лица, проводившего приём; отметку ставит общий отдел)'),
      remindersCadence: p('weekly-first-working-day', 'KHV 3.7.2 (контроль сроков — общий отдел; периодичность по аналогии с KHV 2.4.7)'),
      remindersHorizon: p(calendarDays(10), 'KHV: горизонт не установлен; по аналогии с HMR 11.16 (еженедельные напоминания)'),
      receptionInstructionReminders: p('weekly-first-working-day', 'KHV 2.4.7'),
    },
    answers: {
      signers: p(['head', 'deputy'], 'KHV 3.9.1'),
    },
    reception: {
      maxDurationMinutes: p(20, 'KHV: в Регламенте не установлено; по аналогии с DUKI 8.11'),
      bookingHours: p(
        {
          schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], ranges: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }] }],
          preHolidayShorterByMinutes: 60,
        },
        'KHV 2.4.2; предпраздничный день — KHV 3.10.5, ТК РФ ст. 95',
      ),
      bookingWindow: p('first-working-day-of-month', 'KHV 2.4.2'),
      priorityCategories: p(['hero-ussr', 'hero-rf', 'order-of-glory-full', 'wwii-invalid', 'wwii-participant', 'pregnant'], 'KHV 3.6.1'),
      writtenAnswerDeadline: p({ ...calendarDays(30), from: 'registration' }, 'KHV 2.4.3–2.4.4, 2.2.1 (письменное обращение с приёма регистрируется; 59-ФЗ ст. 13 ч. 2)'),
    },
    reports: {
      ssstuMonthlyByDay: p(5, 'KHV: в Регламенте (2008) не установлено; по аналогии с HMR 10.4 (Указ № 171)'),
      quarterlyByDay: p(20, 'KHV 3.10.8 (ежеквартально министру; число по аналогии с HMR 10.3)'),
      quarterlyReviewPublished: p(false, 'KHV 3.10.8 (материалы представляются министру, не публикуются)'),
      disciplineReportByDay: p(null, 'KHV: в Регламенте не предусмотрено'),
    },
  },
};
