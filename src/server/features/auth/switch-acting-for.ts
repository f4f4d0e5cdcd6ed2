import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { activeSubstitution } from '../../platform/auth/sessions';
import { localDate } from '../../../domain/time/local-date';

/**
 * ADM-1: a substitute (исполняющий обязанности) switches to acting with the absent person's
 * authority for the dates of the substitution; every event then records both persons.
 */
export async function switchActingFor(ctx: StaffCtx, input: { userId: number | null }, timeZone: string) {
  const now = ctx.clock.now();
  if (input.userId !== null) {
    const valid = await activeSubstitution(ctx.db, ctx.actor.userId, input.userId, localDate(now, timeZone));
    if (!valid) throw errors.forbidden('Нет действующего поручения на замещение этого сотрудника на сегодняшнюю дату.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('sessions').set({ acting_for_user_id: input.userId }).where('id', '=', ctx.actor.sessionId).execute();
    await recordEvent(trx, {
      actor: { userId: ctx.actor.userId, actingFor: null },
      at: now,
      entityType: 'user',
      entityId: ctx.actor.userId,
      action: input.userId === null ? 'auth.acting_for_ended' : 'auth.acting_for_started',
      before: { actingFor: ctx.actor.actingFor?.userId ?? null },
      after: { actingFor: input.userId },
      requestId: ctx.requestId,
    });
  });
}
