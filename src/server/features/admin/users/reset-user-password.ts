import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { generatePassword, hashPassword } from '../../../platform/auth/passwords';
import { getUser } from './queries';

/** A new generated password, shown once; the lock is lifted, sessions end, change is forced at login. */
export async function resetUserPassword(ctx: StaffCtx, id: number) {
  const now = ctx.clock.now();
  const before = await getUser(ctx.db, id, now);
  if (!before) throw errors.notFound('Пользователь', 'm');
  const password = generatePassword();
  const hash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: true, failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'user', entityId: id, action: 'user.password_reset', requestId: ctx.requestId });
  });
  const user = await getUser(ctx.db, id, now);
  if (!user) throw errors.notFound('Пользователь', 'm');
  return { user, password };
}
