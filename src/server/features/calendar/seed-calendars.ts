import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { recordEvent } from '../../platform/events';
import { shippedCalendars } from '../../../domain/calendar';

/** First start (and after an upgrade that ships a new year): load the shipped years the database lacks. */
export async function ensureShippedCalendars(db: Kysely<DB>, now: Date): Promise<number[]> {
  const present = new Set((await db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year));
  const missing = shippedCalendars.filter((y) => !present.has(y.year));
  if (missing.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    for (const y of missing) {
      await trx.insertInto('calendar_years').values({ year: y.year, confirmed: y.confirmed, source: y.source, updated_at: now }).execute();
      for (const d of y.days) await trx.insertInto('calendar_days').values({ date: d.date, year: y.year, kind: d.kind, note: d.note }).execute();
      await recordEvent(trx, { actor: null, at: now, entityType: 'calendar', entityId: y.year, action: 'calendar.year_loaded', after: { confirmed: y.confirmed, days: y.days.length }, legalGround: y.source });
    }
  });
  return missing.map((y) => y.year);
}
