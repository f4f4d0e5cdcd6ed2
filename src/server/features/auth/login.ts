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

const lockedMessage = (minutes: number) => `Вход временно заблокирован после ${MAX_FAILED_LOGINS} неудачных попыток. Повторите через ${minutes} мин. или обратитесь к администратору.`;

export async function login(ctx: Ctx, input: { login: string; password: string }) {
  const now = ctx.clock.now();
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'active', 'must_change_password'])
    .where(sql`lower(login)`, '=', input.login.trim().toLowerCase())
    .executeTakeFirst();

  if (!user) {
    await verifyPassword(await timingDummyHash(), input.password);
    // What was typed is not kept: it may be a password typed into the wrong field.
    await recordEvent(ctx.db, { actor: null, at: now, entityType: 'user', entityId: '-', action: 'auth.login_failed', after: { reason: 'unknown_login' }, requestId: ctx.requestId });
    throw badCredentials();
  }
  // The attempt is counted before the password is checked, in one statement, so parallel guesses
  // cannot all read the same count (SEC: lockout after repeated failures).
  const attempt = await ctx.db
    .updateTable('users')
    .set({ failed_logins: sql`failed_logins + 1` })
    .where('id', '=', user.id)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
  if (attempt.locked_until && attempt.locked_until > now) {
    await verifyPassword(await timingDummyHash(), input.password);
    throw errors.tooMany(lockedMessage(Math.ceil((attempt.locked_until.getTime() - now.getTime()) / 60_000)));
  }
  const ok = attempt.failed_logins <= MAX_FAILED_LOGINS && (await verifyPassword(user.password_hash, input.password));
  if (ok && user.active) {
    return ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: now }).where('id', '=', user.id).execute();
      const session = await createSession(trx, user.id, now);
      await recordEvent(trx, { actor: { userId: user.id, actingFor: null }, at: now, entityType: 'user', entityId: user.id, action: 'auth.login', requestId: ctx.requestId });
      return { token: session.token, mustChangePassword: user.must_change_password };
    });
  }
  const lock = attempt.failed_logins >= MAX_FAILED_LOGINS;
  await ctx.db.transaction().execute(async (trx) => {
    if (lock) await trx.updateTable('users').set({ failed_logins: 0, locked_until: new Date(now.getTime() + LOCKOUT_MS) }).where('id', '=', user.id).execute();
    await recordEvent(trx, { actor: null, at: now, entityType: 'user', entityId: user.id, action: lock ? 'auth.locked' : 'auth.login_failed', after: { reason: user.active ? 'wrong_password' : 'deactivated', failedLogins: attempt.failed_logins }, requestId: ctx.requestId });
  });
  if (lock) throw errors.tooMany(lockedMessage(LOCKOUT_MS / 60_000));
  throw badCredentials();
}
