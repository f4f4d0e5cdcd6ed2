import type { StaffCtx } from '../../platform/context';
import { recordEvent } from '../../platform/events';
import { destroySession } from '../../platform/auth/sessions';

export async function logout(ctx: StaffCtx) {
  await ctx.db.transaction().execute(async (trx) => {
    await destroySession(trx, ctx.actor.sessionId);
    await recordEvent(trx, { actor: ctx.actor, at: ctx.clock.now(), entityType: 'user', entityId: ctx.actor.userId, action: 'auth.logout', requestId: ctx.requestId });
  });
}
