import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { timingDummyHash, verifyPassword } from '../../platform/auth/passwords';
import { createSession } from '../../platform/auth/sessions';

/** Five wrong passwords in a row lock the account for 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const badCredentials = () => errors.invalid('Неверное имя пользователя или пароль.');

export async function login(ctx: Ctx, input: { login: string; password: string }) {
  const now = ctx.clock.now();
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'login', 'password_hash', 'active', 'failed_logins', 'locked_until', 'must_change_password'])
    .where(sql`lower(login)`, '=', input.login.trim().toLowerCase())
    .executeTakeFirst();

  if (!user) {
    await verifyPassword(await timingDummyHash(), input.password);
    await recordEvent(ctx.db, { actor: null, at: now, entityType: 'user', entityId: '-', action: 'auth.login_failed', after: { login: input.login.trim(), reason: 'unknown_login' }, requestId: ctx.requestId });
    throw badCredentials();
  }
  if (user.locked_until && user.locked_until > now) {
    const minutes = Math.ceil((user.locked_until.getTime() - now.getTime()) / 60_000);
    throw errors.tooMany(`Вход временно заблокирован после ${MAX_FAILED_LOGINS} неудачных попыток. Повторите через ${minutes} мин. или обратитесь к администратору.`);
  }
  const ok = await verifyPassword(user.password_hash, input.password);
  if (!ok || !user.active) {
    await ctx.db.transaction().execute(async (trx) => {
      const failed = user.failed_logins + 1;
      const lock = ok ? null : failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null;
      if (!user.active) {
        await recordEvent(trx, { actor: null, at: now, entityType: 'user', entityId: user.id, action: 'auth.login_failed', after: { reason: 'deactivated' }, requestId: ctx.requestId });
        return;
      }
      await trx.updateTable('users').set({ failed_logins: lock ? 0 : failed, locked_until: lock }).where('id', '=', user.id).execute();
      await recordEvent(trx, { actor: null, at: now, entityType: 'user', entityId: user.id, action: lock ? 'auth.locked' : 'auth.login_failed', after: { reason: 'wrong_password', failedLogins: failed }, requestId: ctx.requestId });
    });
    if (user.active && user.failed_logins + 1 >= MAX_FAILED_LOGINS) {
      throw errors.tooMany(`Вход временно заблокирован после ${MAX_FAILED_LOGINS} неудачных попыток. Повторите через ${LOCKOUT_MS / 60_000} мин. или обратитесь к администратору.`);
    }
    throw badCredentials();
  }

  return ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: now }).where('id', '=', user.id).execute();
    const session = await createSession(trx, user.id, now);
    await recordEvent(trx, { actor: { userId: user.id, actingFor: null }, at: now, entityType: 'user', entityId: user.id, action: 'auth.login', requestId: ctx.requestId });
    return { token: session.token, mustChangePassword: user.must_change_password };
  });
}
