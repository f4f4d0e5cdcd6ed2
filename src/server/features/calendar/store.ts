import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { ProductionCalendar, type CalendarYearData } from '../../../domain/calendar';

export async function loadCalendarYears(db: Kysely<DB>): Promise<CalendarYearData[]> {
  const years = await db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
  const days = await db.selectFrom('calendar_days').selectAll().orderBy('date').execute();
  return years.map((y) => ({
    year: y.year,
    confirmed: y.confirmed,
    source: y.source,
    days: days.filter((d) => d.year === y.year).map((d) => ({ date: d.date, kind: d.kind, note: d.note })),
  }));
}

/**
 * The production calendar as the database holds it, built once and kept until an administrator
 * changes it here; other server instances pick a change up within `ttlMs`.
 */
export class CalendarStore {
  private cached: { at: number; calendar: Promise<ProductionCalendar> } | undefined;
  constructor(
    private readonly db: Kysely<DB>,
    private readonly ttlMs = 60_000,
  ) {}

  get(): Promise<ProductionCalendar> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > this.ttlMs) {
      const calendar = loadCalendarYears(this.db).then((years) => new ProductionCalendar(years));
      calendar.catch(() => (this.cached = undefined));
      this.cached = { at: now, calendar };
    }
    return this.cached.calendar;
  }

  invalidate() {
    this.cached = undefined;
  }
}
