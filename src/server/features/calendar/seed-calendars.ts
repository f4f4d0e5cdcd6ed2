import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { recordEvent } from '../../platform/events';
import { shippedCalendars, type CalendarYearData } from '../../../domain/calendar';

const adminActions = ['calendar.day_changed', 'calendar.year_imported', 'calendar.year_confirmed'];

/**
 * Start-up: load the shipped years the database lacks; and when a release ships a confirmed year
 * that the database holds only as the unconfirmed ст. 112 version nobody has touched, replace it
 * (2027 in this release will get its decree in a later one). Edited or confirmed years are the
 * administrator's and are never overwritten.
 */
export async function ensureShippedCalendars(db: Kysely<DB>, now: Date, shipped: CalendarYearData[] = shippedCalendars): Promise<number[]> {
  const stored = await db.selectFrom('calendar_years').select(['year', 'confirmed']).execute();
  const touched = new Set(
    (await db.selectFrom('events').select('entity_id').where('entity_type', '=', 'calendar').where('action', 'in', adminActions).execute()).map((e) => Number(e.entity_id)),
  );
  const missing = shipped.filter((y) => !stored.some((s) => s.year === y.year));
  const upgrades = shipped.filter((y) => y.confirmed && stored.some((s) => s.year === y.year && !s.confirmed) && !touched.has(y.year));
  if (missing.length === 0 && upgrades.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    for (const y of upgrades) {
      await trx.deleteFrom('calendar_days').where('year', '=', y.year).execute();
      await trx.updateTable('calendar_years').set({ confirmed: true, source: y.source, updated_at: now }).where('year', '=', y.year).execute();
      for (const d of y.days) await trx.insertInto('calendar_days').values({ date: d.date, year: y.year, kind: d.kind, note: d.note }).execute();
      await recordEvent(trx, { actor: null, at: now, entityType: 'calendar', entityId: y.year, action: 'calendar.year_updated_by_release', before: { confirmed: false }, after: { confirmed: true, days: y.days.length }, legalGround: y.source });
    }
    for (const y of missing) {
      await trx.insertInto('calendar_years').values({ year: y.year, confirmed: y.confirmed, source: y.source, updated_at: now }).execute();
      for (const d of y.days) await trx.insertInto('calendar_days').values({ date: d.date, year: y.year, kind: d.kind, note: d.note }).execute();
      await recordEvent(trx, { actor: null, at: now, entityType: 'calendar', entityId: y.year, action: 'calendar.year_loaded', after: { confirmed: y.confirmed, days: y.days.length }, legalGround: y.source });
    }
  });
  return [...missing, ...upgrades].map((y) => y.year);
}
