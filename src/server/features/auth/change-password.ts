import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/passwords';

/** The user's own password; also ends the forced change of a generated password. Other sessions end. */
export async function changePassword(ctx: StaffCtx, input: { currentPassword: string; newPassword: string }) {
  const now = ctx.clock.now();
  const user = await ctx.db.selectFrom('users').select(['id', 'login', 'password_hash']).where('id', '=', ctx.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw errors.invalid('Текущий пароль указан неверно.', { currentPassword: 'Текущий пароль указан неверно.' });
  }
  const problem = passwordProblem(input.newPassword, user.login);
  if (problem) throw errors.invalid(problem, { newPassword: problem });
  if (input.newPassword === input.currentPassword) {
    throw errors.invalid('Новый пароль должен отличаться от текущего.', { newPassword: 'Новый пароль должен отличаться от текущего.' });
  }
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: false, password_changed_at: now }).where('id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).where('id', '<>', ctx.actor.sessionId).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'user', entityId: user.id, action: 'auth.password_changed', requestId: ctx.requestId });
  });
}
