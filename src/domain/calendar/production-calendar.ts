import { dayNumber, parseIsoDate, ruDate, weekday, yearOf, type DayNumber } from './days';
import { buildYear } from './build-year';
import type { CalendarYearData, DayKind } from './types';

const WORKING = 1;
const SHORTENED = 2;
const HOLIDAY = 4;
const DAY_OFF = 8;

export const CALENDAR_FIRST_YEAR = 2020;
export const CALENDAR_LAST_YEAR = 2040;

export class CalendarRangeError extends RangeError {}

/**
 * Working-day arithmetic over the production calendar (ADM-5). Every day of 2020–2040 is
 * precomputed into flat arrays, so each question is answered in constant time — the deadline
 * engine does millions of these a second. Years without data follow ст. 112 ТК РФ and are
 * unconfirmed.
 */
export class ProductionCalendar {
  readonly first: DayNumber = dayNumber(CALENDAR_FIRST_YEAR, 1, 1);
  readonly last: DayNumber = dayNumber(CALENDAR_LAST_YEAR, 12, 31);
  private readonly flags: Uint8Array;
  /** rank[i] = number of working days in [first, first + i]. */
  private readonly rank: Int32Array;
  /** Working days in order, as offsets from `first`. */
  private readonly working: Int32Array;
  private readonly years = new Map<number, CalendarYearData>();
  private readonly notes = new Map<DayNumber, string>();

  constructor(data: CalendarYearData[]) {
    for (const y of data) this.years.set(y.year, y);
    for (let y = CALENDAR_FIRST_YEAR; y <= CALENDAR_LAST_YEAR; y++) if (!this.years.has(y)) this.years.set(y, buildYear(y));
    const size = this.last - this.first + 1;
    this.flags = new Uint8Array(size);
    for (let i = 0; i < size; i++) this.flags[i] = weekday(this.first + i) < 5 ? WORKING : 0;
    for (const y of this.years.values()) {
      if (y.year < CALENDAR_FIRST_YEAR || y.year > CALENDAR_LAST_YEAR) continue;
      for (const day of y.days) {
        const n = parseIsoDate(day.date);
        if (n === null) continue;
        this.flags[n - this.first] = kindFlags(day.kind);
        this.notes.set(n, day.note);
      }
    }
    this.rank = new Int32Array(size);
    const working: number[] = [];
    let count = 0;
    for (let i = 0; i < size; i++) {
      if (this.flags[i]! & WORKING) {
        count++;
        working.push(i);
      }
      this.rank[i] = count;
    }
    this.working = Int32Array.from(working);
  }

  private index(n: DayNumber): number {
    if (n < this.first || n > this.last) {
      throw new CalendarRangeError(`Дата ${ruDate(n)} вне диапазона производственного календаря (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} гг.)`);
    }
    return n - this.first;
  }

  isWorkingDay(n: DayNumber): boolean {
    return (this.flags[this.index(n)]! & WORKING) !== 0;
  }

  isShortened(n: DayNumber): boolean {
    return (this.flags[this.index(n)]! & SHORTENED) !== 0;
  }

  /** What the day is, for explanations: a special kind, or a plain weekday / weekend day. */
  kindOf(n: DayNumber): DayKind | 'weekday' | 'weekend' {
    const f = this.flags[this.index(n)]!;
    if (f & HOLIDAY) return 'holiday';
    if (f & DAY_OFF) return 'day-off';
    if (f & SHORTENED) return 'shortened';
    if (weekday(n) >= 5) return f & WORKING ? 'working' : 'weekend';
    return 'weekday';
  }

  noteOf(n: DayNumber): string | undefined {
    return this.notes.get(n);
  }

  /** n itself when it is a working day, otherwise the first working day after it. */
  nextWorkingDay(n: DayNumber): DayNumber {
    const i = this.index(n);
    if (this.flags[i]! & WORKING) return n;
    return this.workingAt(this.rank[i]!);
  }

  /** n itself when it is a working day, otherwise the last working day before it. */
  previousWorkingDay(n: DayNumber): DayNumber {
    const i = this.index(n);
    if (this.flags[i]! & WORKING) return n;
    return this.workingAt(this.rank[i]! - 1);
  }

  /** The k-th working day after n (k ≥ 1); n itself for k = 0. */
  addWorkingDays(n: DayNumber, k: number): DayNumber {
    if (k === 0) return n;
    return this.workingAt(this.rank[this.index(n)]! + k - 1);
  }

  /** The k-th working day before n (k ≥ 1); n itself for k = 0. */
  subtractWorkingDays(n: DayNumber, k: number): DayNumber {
    if (k === 0) return n;
    const i = this.index(n);
    const before = this.rank[i]! - (this.flags[i]! & WORKING ? 1 : 0);
    return this.workingAt(before - k);
  }

  /** Working days in (a, b]; negative when b < a. */
  workingDaysBetween(a: DayNumber, b: DayNumber): number {
    return this.rank[this.index(b)]! - this.rank[this.index(a)]!;
  }

  /** Working days of a month (e.g. for the grid's totals). */
  workingDaysInMonth(y: number, m: number): number {
    const start = dayNumber(y, m, 1);
    const end = m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1);
    return this.workingDaysBetween(start - 1, end - 1);
  }

  isConfirmed(year: number): boolean {
    return this.years.get(year)?.confirmed ?? false;
  }

  /** Years between two days (inclusive) whose calendar is not confirmed. */
  unconfirmedYearsBetween(a: DayNumber, b: DayNumber): number[] {
    const out: number[] = [];
    for (let y = yearOf(Math.min(a, b)); y <= yearOf(Math.max(a, b)); y++) if (!this.isConfirmed(y)) out.push(y);
    return out;
  }

  year(year: number): CalendarYearData | undefined {
    return this.years.get(year);
  }

  private workingAt(k: number): DayNumber {
    const offset = this.working[k];
    if (offset === undefined) {
      throw new CalendarRangeError(`Срок выходит за пределы производственного календаря (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} гг.)`);
    }
    return this.first + offset;
  }
}

function kindFlags(kind: DayKind): number {
  switch (kind) {
    case 'holiday':
      return HOLIDAY;
    case 'day-off':
      return DAY_OFF;
    case 'working':
      return WORKING;
    case 'shortened':
      return WORKING | SHORTENED;
  }
}
