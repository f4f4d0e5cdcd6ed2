import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { listSavedFilters } from './queries';
import type { SavedFilterInput, SavedFilterView } from './schemas';

const duplicate = (name: string) => {
  const message = `Фильтр с названием «${name}» уже сохранён. Выберите другое название или удалите прежний фильтр.`;
  return errors.conflict(message, { name: message });
};

/** PostgreSQL's unique_violation, the same code from pg and from PGlite. */
const isUniqueViolation = (e: unknown) => (e as { code?: unknown } | null)?.code === '23505';

/**
 * REG-10: saves the journal's current conditions under a name, for the user who works with them.
 * Filters belong to the real person, not to the one he substitutes: they are his working habit,
 * not an authority (ADM-1).
 */
export async function saveJournalFilter(ctx: StaffCtx, input: SavedFilterInput): Promise<SavedFilterView> {
  const now = ctx.clock.now();
  const userId = ctx.actor.userId;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const same = await trx.selectFrom('saved_filters').select('id').where('user_id', '=', userId).where('name', '=', input.name).executeTakeFirst();
      if (same) throw duplicate(input.name);
      const row = await trx.insertInto('saved_filters').values({ user_id: userId, name: input.name, query: JSON.stringify(input.query), created_at: now }).returning('id').executeTakeFirstOrThrow();
      await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'journal_filter', entityId: row.id, action: 'journal_filter.saved', after: input, requestId: ctx.requestId });
      const [saved] = await listSavedFilters(trx, userId, row.id);
      if (!saved) throw new Error('saved filter vanished inside its transaction');
      return saved;
    });
  } catch (e) {
    // Two tabs saving the same name at once: the unique index (user_id, name) decides.
    if (isUniqueViolation(e)) throw duplicate(input.name);
    throw e;
  }
}
