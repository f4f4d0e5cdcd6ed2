import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { otherActiveAdministrators } from './save-roles';
import { getUser } from './queries';

/**
 * Deactivation ends the user's sessions and his substitutions; the user and his history stay
 * (nothing is deleted — events refer to him). ROU-12: a user with open assignments is deactivated
 * only after they are handed over to another executor — nothing in work is lost.
 */
export async function setUserActive(ctx: StaffCtx, id: number, active: boolean) {
  const now = ctx.clock.now();
  const before = await getUser(ctx.db, id, now);
  if (!before) throw errors.notFound('Пользователь', 'm');
  if (before.active === active) return before;
  await ctx.db.transaction().execute(async (trx) => {
    if (!active) {
      if (id === ctx.actor.userId) throw errors.conflict('Нельзя отключить собственную учётную запись.');
      if (before.roles.includes('administrator') && (await otherActiveAdministrators(trx, id)) === 0) {
        throw errors.conflict('Нельзя отключить последнего действующего администратора.');
      }
      const open = await trx.selectFrom('assignments').select((eb) => eb.fn.countAll<number>().as('n')).where('executor_user_id', '=', id).where('status', '=', 'open').executeTakeFirstOrThrow();
      if (Number(open.n) > 0) throw errors.conflict(`У сотрудника ${Number(open.n)} поручений на исполнении: сначала передайте их другому исполнителю (ROU-12, KHV 2.7.4).`);
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await trx.updateTable('sessions').set({ acting_for_user_id: null }).where('acting_for_user_id', '=', id).execute();
    }
    await trx.updateTable('users').set({ active, deactivated_at: active ? null : now }).where('id', '=', id).execute();
    await trx.updateTable('officials').set({ active }).where('id', '=', before.officialId).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'user', entityId: id, action: active ? 'user.activated' : 'user.deactivated', before: { active: before.active }, after: { active }, requestId: ctx.requestId });
  });
  const user = await getUser(ctx.db, id, now);
  if (!user) throw errors.notFound('Пользователь', 'm');
  return user;
}
