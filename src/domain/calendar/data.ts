import { buildYear } from './build-year';
import type { CalendarYearData } from './types';

/**
 * The production calendars shipped with the product (ADM-5). A year whose decree is not confirmed
 * ships unconfirmed; the administrator checks it against the decree and confirms it.
 */
export const shippedCalendars: CalendarYearData[] = [
  // ПП РФ от 29.08.2022 № 1505 «О переносе выходных дней в 2023 году» (garant.ru/hotlaw/federal/1562946).
  buildYear(2023, {
    source: 'Постановление Правительства РФ от 29.08.2022 № 1505',
    confirmed: true,
    transfers: [['01-01', '02-24'], ['01-08', '05-08']],
    shortened: ['02-22', '03-07', '11-03'],
  }),
  // ПП РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году».
  buildYear(2024, {
    source: 'Постановление Правительства РФ от 10.08.2023 № 1314',
    confirmed: true,
    transfers: [['01-06', '05-10'], ['01-07', '12-31'], ['04-27', '04-29'], ['11-02', '04-30'], ['12-28', '12-30']],
    shortened: ['02-22', '03-07', '05-08', '06-11', '11-02'],
  }),
  // ПП РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году». Saturday 01.11 is a
  // shortened working day (it precedes the 2–4 November days off; Минтруд, ст. 95 ТК РФ).
  buildYear(2025, {
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
    confirmed: true,
    transfers: [['01-04', '05-02'], ['01-05', '12-31'], ['02-23', '05-08'], ['03-08', '06-13'], ['11-01', '11-03']],
    shortened: ['03-07', '04-30', '06-11', '11-01'],
  }),
  // Постановление Правительства РФ от 24.09.2025 «О переносе выходных дней в 2026 году»;
  // 8 March (Sun) → 9 March and 9 May (Sat) → 11 May follow from ст. 112 ТК РФ itself.
  buildYear(2026, {
    source: 'Постановление Правительства РФ от 24.09.2025 «О переносе выходных дней в 2026 году»',
    confirmed: true,
    transfers: [['01-03', '01-09'], ['01-04', '12-31']],
    shortened: ['04-30', '05-08', '06-11', '11-03'],
  }),
  // 2027: the decree was not confirmed when this was written (a draft discussed moving a day to
  // 5 November with Saturday 13 November working). Only ст. 112 and ст. 95 ТК РФ are applied;
  // the two January weekend holidays (2 and 3 January) are not transferred anywhere yet.
  buildYear(2027),
];
