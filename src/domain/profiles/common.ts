import type { Duration, Param, PriorityCategory, RoleName, WeeklyHours } from './types';

/** Builds a parameter; the source must cite the clause (or say honestly that the seed is silent). */
export const p = <T>(value: T, source: string): Param<T> => ({ value, source });

export const calendarDays = (amount: number): Duration => ({ amount, unit: 'calendar' });
export const workingDays = (amount: number): Duration => ({ amount, unit: 'working' });

export const law59Link = {
  title: 'Федеральный закон «О порядке рассмотрения обращений граждан Российской Федерации»',
  reference: 'Федеральный закон от 02.05.2006 № 59-ФЗ (в редакции от 28.12.2024)',
};

export const ukaz171Link = {
  title: 'Указ Президента Российской Федерации «О мониторинге и анализе результатов рассмотрения обращений граждан и организаций»',
  reference: 'Указ Президента Российской Федерации от 17.04.2017 № 171',
};

/** 59-ФЗ ст. 13; Закон РФ от 15.01.1993 № 4301-1: first-priority reception by federal law. */
export const federalPriorityCategories: PriorityCategory[] = ['hero-ussr', 'hero-rf', 'order-of-glory-full'];

export const priorityCategoryLabels: Record<PriorityCategory, string> = {
  'hero-ussr': 'Герои Советского Союза',
  'hero-rf': 'Герои Российской Федерации',
  'order-of-glory-full': 'полные кавалеры ордена Славы',
  'wwii-participant': 'участники Великой Отечественной войны',
  'wwii-veteran': 'ветераны Великой Отечественной войны',
  'wwii-invalid': 'инвалиды Великой Отечественной войны',
  'combat-veteran': 'ветераны боевых действий',
  'combat-invalid': 'инвалиды боевых действий',
  'disabled-group-1-2': 'инвалиды I и II групп',
  'family-with-disabled-child': 'члены семей, имеющих детей-инвалидов',
  pregnant: 'беременные женщины',
  'parent-with-child-under-3': 'родители, пришедшие на приём с детьми в возрасте до трёх лет (включительно)',
  'over-70': 'граждане старше 70 лет',
  rehabilitated: 'реабилитированные лица и лица, признанные пострадавшими от политических репрессий',
  'radiation-victim':
    'граждане, подвергшиеся воздействию радиации вследствие катастрофы на Чернобыльской АЭС и других радиационных аварий и катастроф',
};

export const roleNameLabels: Record<RoleName, string> = {
  head: 'руководитель',
  deputy: 'заместитель руководителя',
  'responsible-executor': 'ответственный исполнитель',
};

/**
 * Office hours of the executive bodies of ХМАО–Югры: Monday 09:00–18:15, Tuesday–Friday 09:00–17:00,
 * lunch 13:00–14:00. Used only where a ХМАО seed gives no hours (LAB, KCSON), flagged for confirmation.
 */
export const hmaoOfficeHours = [
  { days: 'понедельник', hours: '09:00–18:15', break: '13:00–14:00' },
  { days: 'вторник–пятница', hours: '09:00–17:00', break: '13:00–14:00' },
];

export const hmaoOfficeBookingHours: WeeklyHours = {
  schedule: [
    { days: ['mon'], ranges: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:15' }] },
    { days: ['tue', 'wed', 'thu', 'fri'], ranges: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '17:00' }] },
  ],
  preHolidayShorterByMinutes: 60,
};
