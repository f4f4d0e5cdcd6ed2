/**
 * Calendar dates as integers: days since 1970-01-01 (UTC, no time zone — a date is a date,
 * ARCHITECTURE principle 4). Pure arithmetic, no Date objects on the hot path.
 */
export type DayNumber = number;

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** (year, month 1–12, day 1–31) → day number. */
export function dayNumber(y: number, m: number, d: number): DayNumber {
  const yy = y - 1;
  const leapDaysBefore = Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400);
  const daysBeforeYear = 365 * yy + leapDaysBefore - 719162; // 719162 = days from 0001-01-01 to 1970-01-01
  return daysBeforeYear + DAYS_BEFORE_MONTH[m - 1]! + (m > 2 && isLeapYear(y) ? 1 : 0) + d - 1;
}

export type Ymd = { y: number; m: number; d: number };

export function toYmd(n: DayNumber): Ymd {
  // Civil-from-days (H. Hinnant), valid for the whole proleptic Gregorian calendar.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(n: DayNumber): number {
  return (((n + 3) % 7) + 7) % 7;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → day number, or null when it is not a real date. */
export function parseIsoDate(s: string): DayNumber | null {
  const match = ISO.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoDate(n: DayNumber): string {
  const { y, m, d } = toYmd(n);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** 'DD.MM.YYYY' — the form of Russian official documents. */
export function ruDate(n: DayNumber): string {
  const { y, m, d } = toYmd(n);
  return `${pad(d)}.${pad(m)}.${y}`;
}

export function yearOf(n: DayNumber): number {
  return toYmd(n).y;
}
