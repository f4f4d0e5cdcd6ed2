import type { ProductionCalendar } from '../../../domain/calendar';

/** A year as the screens show it: its special days and the working days of each month. */
export function yearView(calendar: ProductionCalendar, year: number, storedYears: Set<number>) {
  const data = calendar.year(year);
  return {
    year,
    confirmed: data?.confirmed ?? false,
    source: data?.source ?? '',
    stored: storedYears.has(year),
    days: data?.days ?? [],
    workingDaysByMonth: Array.from({ length: 12 }, (_, i) => calendar.workingDaysInMonth(year, i + 1)),
  };
}
