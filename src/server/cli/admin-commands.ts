import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema';
import { isRole, roleLabels, roles, type Role } from '../../domain/org/roles';
import { fullName } from '../../domain/org/person-name';
import { generatePassword, hashPassword } from '../platform/auth/passwords';
import { recordEvent } from '../platform/events';

/** Administration from the command line, for the first administrator and for lost passwords. */
export type CliResult = { ok: boolean; lines: string[] };

const fail = (...lines: string[]): CliResult => ({ ok: false, lines });

export async function createUserCommand(db: Kysely<DB>, now: Date, o: Record<string, string | undefined>): Promise<CliResult> {
  const login = o.login?.trim();
  if (!login || !/^[a-zA-Z0-9._-]{3,50}$/.test(login)) return fail('Укажите --login: 3–50 латинских букв, цифр, точек, дефисов.');
  if (!o.surname || !o.name) return fail('Укажите --surname (фамилия) и --name (имя); --patronymic (отчество) — при наличии.');
  const list = (o.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const bad = list.filter((r) => !isRole(r));
  if (list.length === 0 || bad.length > 0) return fail(`Укажите --roles через запятую из: ${roles.join(', ')}${bad.length ? ` (неизвестно: ${bad.join(', ')})` : ''}.`);
  const org = await db.selectFrom('organisation').select('id').executeTakeFirst();
  if (!org) return fail('Организация не создана: сначала запустите сервер (npm start) или npm run db:migrate и npm start.');
  const taken = await db.selectFrom('users').select('id').where(sql`lower(login)`, '=', login.toLowerCase()).executeTakeFirst();
  if (taken) return fail(`Имя пользователя ${login} уже занято.`);
  const password = o.password ?? generatePassword();
  const hash = await hashPassword(password);
  const id = await db.transaction().execute(async (trx) => {
    const official = await trx.insertInto('officials').values({ organisation_id: org.id, surname: o.surname!, first_name: o.name!, patronymic: o.patronymic ?? null }).returning('id').executeTakeFirstOrThrow();
    const user = await trx.insertInto('users').values({ organisation_id: org.id, official_id: official.id, login, password_hash: hash, must_change_password: true }).returning('id').executeTakeFirstOrThrow();
    for (const role of new Set(list as Role[])) await trx.insertInto('user_roles').values({ user_id: user.id, role }).execute();
    await recordEvent(trx, { actor: null, at: now, entityType: 'user', entityId: user.id, action: 'user.created', after: { login, roles: list, via: 'cli' } });
    return user.id;
  });
  return { ok: true, lines: [`Пользователь ${login} создан (№ ${id}).`, `Пароль: ${password}`, 'При первом входе пароль потребуется сменить.'] };
}

export async function resetPasswordCommand(db: Kysely<DB>, now: Date, o: Record<string, string | undefined>): Promise<CliResult> {
  const login = o.login?.trim();
  if (!login) return fail('Укажите --login.');
  const user = await db.selectFrom('users').select('id').where(sql`lower(login)`, '=', login.toLowerCase()).executeTakeFirst();
  if (!user) return fail(`Пользователь ${login} не найден.`);
  const password = generatePassword();
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: true, failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await recordEvent(trx, { actor: null, at: now, entityType: 'user', entityId: user.id, action: 'user.password_reset', after: { via: 'cli' } });
  });
  return { ok: true, lines: [`Пароль пользователя ${login} сброшен.`, `Новый пароль: ${password}`, 'При входе пароль потребуется сменить.'] };
}

export async function listUsersCommand(db: Kysely<DB>): Promise<CliResult> {
  const users = await db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['u.id', 'u.login', 'u.active', 'o.surname', 'o.first_name', 'o.patronymic'])
    .orderBy('u.id')
    .execute();
  if (users.length === 0) return { ok: true, lines: ['Пользователей нет.'] };
  const roleRows = await db.selectFrom('user_roles').select(['user_id', 'role']).execute();
  return {
    ok: true,
    lines: users.map((u) => {
      const r = roleRows.filter((x) => x.user_id === u.id).map((x) => (isRole(x.role) ? roleLabels[x.role] : x.role));
      return `${u.login.padEnd(16)} ${fullName({ surname: u.surname, firstName: u.first_name, patronymic: u.patronymic }).padEnd(36)} ${r.join(', ')}${u.active ? '' : ' (отключён)'}`;
    }),
  };
}
