import type { StaffCtx } from '../../platform/context';
import { recordEvent } from '../../platform/events';
import { ensureYearStored } from './ensure-year';

/** ADM-5: the administrator checked the year against the Government's decree and confirms it. */
export async function confirmCalendarYear(ctx: StaffCtx, input: { year: number; source: string }) {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await ensureYearStored(trx, input.year, now);
    await trx.updateTable('calendar_years').set({ confirmed: true, source: input.source, confirmed_by: ctx.actor.userId, confirmed_at: now, updated_at: now }).where('year', '=', input.year).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'calendar', entityId: input.year, action: 'calendar.year_confirmed', before: { confirmed: before.confirmed, source: before.source }, after: { confirmed: true, source: input.source }, legalGround: input.source, requestId: ctx.requestId });
  });
}
