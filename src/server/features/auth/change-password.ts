import { sql } from 'kysely';
import type { StaffCtx } from '../../platform/context';
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from './login';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/passwords';

/** The user's own password; also ends the forced change of a generated password. Other sessions end. */
export async function changePassword(ctx: StaffCtx, input: { currentPassword: string; newPassword: string }) {
  const now = ctx.clock.now();
  const user = await ctx.db.selectFrom('users').select(['id', 'login', 'password_hash']).where('id', '=', ctx.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    // A stolen session must not become a way to guess the password: the same lockout as at login.
    const attempt = await ctx.db.updateTable('users').set({ failed_logins: sql`failed_logins + 1` }).where('id', '=', user.id).returning('failed_logins').executeTakeFirstOrThrow();
    if (attempt.failed_logins >= MAX_FAILED_LOGINS) {
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ failed_logins: 0, locked_until: new Date(now.getTime() + LOCKOUT_MS) }).where('id', '=', user.id).execute();
        await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
        await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'user', entityId: user.id, action: 'auth.locked', after: { reason: 'wrong_current_password' }, requestId: ctx.requestId });
      });
      throw errors.tooMany(`Учётная запись временно заблокирована после ${MAX_FAILED_LOGINS} неверных вводов пароля. Повторите вход через ${LOCKOUT_MS / 60_000} мин. или обратитесь к администратору.`);
    }
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
