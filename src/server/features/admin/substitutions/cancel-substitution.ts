import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { listSubstitutions } from './queries';

/** Cancels a substitution; sessions acting under it fall back to their own authority at the next request. */
export async function cancelSubstitution(ctx: StaffCtx, id: number) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const [before] = await listSubstitutions(trx, { id });
    if (!before) throw errors.notFound('Замещение', 'n');
    if (!before.cancelled) {
      await trx.updateTable('substitutions').set({ cancelled_at: now }).where('id', '=', id).execute();
      await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'substitution', entityId: id, action: 'substitution.cancelled', before, requestId: ctx.requestId });
    }
    const [after] = await listSubstitutions(trx, { id });
    if (!after) throw errors.notFound('Замещение', 'n');
    return after;
  });
}
