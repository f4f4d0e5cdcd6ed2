import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { buildYear } from '../../../domain/calendar';

/** A year the database does not hold yet is stored as ст. 112 ТК РФ gives it (unconfirmed) before it is edited. */
export async function ensureYearStored(trx: Kysely<DB>, year: number, now: Date) {
  const row = await trx.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
  if (row) return row;
  const built = buildYear(year);
  await trx.insertInto('calendar_years').values({ year, confirmed: false, source: built.source, updated_at: now }).execute();
  for (const d of built.days) await trx.insertInto('calendar_days').values({ date: d.date, year, kind: d.kind, note: d.note }).execute();
  return trx.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirstOrThrow();
}
