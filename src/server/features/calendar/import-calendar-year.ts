import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, parseYearXml } from '../../../domain/calendar';

/**
 * ADM-5: a year imported from the common XML format replaces the stored one and is unconfirmed
 * until the administrator confirms it. A file with any bad line changes nothing.
 */
export async function importCalendarYear(ctx: StaffCtx, xml: string) {
  const parsed = parseYearXml(xml);
  if (!parsed.ok) {
    throw errors.invalid(`Файл не загружен: ${parsed.errors.length === 1 ? 'ошибка' : `ошибок — ${parsed.errors.length}`}. Исправьте файл и повторите загрузку.`, Object.fromEntries(parsed.errors.map((e, i) => [`line${i + 1}`, e])));
  }
  if (parsed.year < CALENDAR_FIRST_YEAR || parsed.year > CALENDAR_LAST_YEAR) {
    throw errors.invalid(`Год ${parsed.year} вне диапазона календаря (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}).`);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('calendar_years').selectAll().where('year', '=', parsed.year).executeTakeFirst();
    const source = `Импорт из файла XML (${ctx.actor.login}); требуется подтверждение по постановлению Правительства`;
    if (before) {
      await trx.deleteFrom('calendar_days').where('year', '=', parsed.year).execute();
      await trx.updateTable('calendar_years').set({ confirmed: false, source, confirmed_by: null, confirmed_at: null, updated_at: now }).where('year', '=', parsed.year).execute();
    } else {
      await trx.insertInto('calendar_years').values({ year: parsed.year, confirmed: false, source, updated_at: now }).execute();
    }
    for (const d of parsed.days) await trx.insertInto('calendar_days').values({ date: d.date, year: parsed.year, kind: d.kind, note: d.note }).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'calendar', entityId: parsed.year, action: 'calendar.year_imported', before: before ? { confirmed: before.confirmed, source: before.source } : null, after: { days: parsed.days.length }, requestId: ctx.requestId });
  });
  return parsed.year;
}
