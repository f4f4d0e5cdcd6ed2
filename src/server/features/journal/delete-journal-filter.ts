import type { StaffCtx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { listSavedFilters } from './queries';

/** REG-10: deletes one of the user's own saved filters; another user's filter is «not found», never revealed. */
export async function deleteJournalFilter(ctx: StaffCtx, id: number): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const [before] = await listSavedFilters(trx, ctx.actor.userId, id);
    if (!before) throw new AppError('not_found', 404, 'Сохранённый фильтр не найден.');
    await trx.deleteFrom('saved_filters').where('id', '=', id).where('user_id', '=', ctx.actor.userId).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'journal_filter', entityId: id, action: 'journal_filter.deleted', before: { name: before.name, query: before.query }, requestId: ctx.requestId });
  });
}
