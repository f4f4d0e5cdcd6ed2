import { dayKindLabels, type DayKind } from '../../../domain/calendar/types';
import { statutoryHolidays } from '../../../domain/calendar/holidays';

/** The year as GET /api/calendar/:year gives it (src/server/features/calendar/schemas.ts). */
export type CalendarYearView = {
  year: number;
  confirmed: boolean;
  source: string;
  stored: boolean;
  days: { date: string; kind: DayKind; note: string }[];
  workingDaysByMonth: number[];
};

export type CalendarYearSummary = { year: number; confirmed: boolean; source: string; stored: boolean };

/** ADM-5: the range the calendar covers (CALENDAR_FIRST_YEAR–CALENDAR_LAST_YEAR on the server). */
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2040;

/** What a day looks like on the grid: a special kind, or the plain week. */
export type DayLook = DayKind | 'weekday' | 'weekend';

/** The kinds an administrator may give a day; 'normal' returns it to the plain week. */
export type DayChoice = DayKind | 'normal';

export type CalendarDay = {
  date: string;
  day: number;
  month: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  look: DayLook;
  note: string;
  /** A non-working holiday of ТК РФ ст. 112 ч. 1: fixed by the law, not by the administrator. */
  statutory: boolean;
};

export const monthNames = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];
const monthGenitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const weekdayShort = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'];
export const weekdayNames = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];

export const lookLabels: Record<DayLook, string> = {
  ...dayKindLabels,
  weekday: 'рабочий день',
  weekend: 'выходной день',
};

/** Whether people work that day (a shortened day is a working day, ст. 95 ТК РФ). */
export function isNonWorking(look: DayLook): boolean {
  return look === 'holiday' || look === 'day-off' || look === 'weekend';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday; dates are dates (UTC arithmetic, no local time zone). */
export function weekdayOf(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The date moved by a number of days, as 'YYYY-MM-DD'. */
export function shiftDate(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The date a number of months away, on the same day where it exists. */
export function shiftMonth(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const ty = target.getUTCFullYear();
  const tm = target.getUTCMonth() + 1;
  return isoOf(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** The days of one month of the year view, with their kinds and notes. */
export function monthDays(view: CalendarYearView, month: number): CalendarDay[] {
  const special = new Map(view.days.map((d) => [d.date, d]));
  return Array.from({ length: daysInMonth(view.year, month) }, (_, i) => {
    const day = i + 1;
    const date = isoOf(view.year, month, day);
    const weekday = weekdayOf(view.year, month, day);
    const s = special.get(date);
    return {
      date,
      day,
      month,
      weekday,
      look: s?.kind ?? (weekday >= 5 ? 'weekend' : 'weekday'),
      note: s?.note ?? '',
      statutory: statutoryHolidays.some((h) => h.m === month && h.d === day),
    };
  });
}

/** «9 января 2026 г.» */
export function ruLongDate(day: CalendarDay, year: number): string {
  return `${day.day} ${monthGenitive[day.month - 1]} ${year} г.`;
}

/** The accessible name of a day button: the date, the weekday, the kind and its note. */
export function dayName(day: CalendarDay, year: number): string {
  const note = day.note ? `. ${day.note}` : '';
  return `${ruLongDate(day, year)}, ${weekdayNames[day.weekday]}: ${lookLabels[day.look]}${note}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
}

/**
 * The kinds that make sense for a day (the server checks the same rules): a weekday may become a
 * day off by transfer, a weekend day may become a working day; either may be a shortened
 * pre-holiday day (ст. 95 ТК РФ). Holidays of ст. 112 ч. 1 are not offered: they are fixed by law.
 */
export function choicesFor(day: CalendarDay): { value: DayChoice; label: string; description: string }[] {
  const weekend = day.weekday >= 5;
  return [
    weekend
      ? { value: 'normal', label: 'Выходной день по графику', description: 'Суббота или воскресенье без переноса' }
      : { value: 'normal', label: 'Рабочий день по графику', description: 'Обычный рабочий день с понедельника по пятницу' },
    weekend
      ? { value: 'working', label: capitalise(dayKindLabels.working), description: 'Выходной день перенесён на другой день постановлением Правительства' }
      : { value: 'day-off', label: capitalise(dayKindLabels['day-off']), description: 'Выходной день, перенесённый с другого дня постановлением Правительства' },
    { value: 'shortened', label: capitalise(dayKindLabels.shortened), description: 'Рабочий день накануне нерабочего праздничного дня (ст. 95 ТК РФ)' },
  ];
}

/** The choice a day currently stands at. */
export function currentChoice(day: CalendarDay): DayChoice {
  return day.look === 'weekday' || day.look === 'weekend' ? 'normal' : day.look;
}
