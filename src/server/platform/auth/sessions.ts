import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from '../actor';
import { isRole, type Role } from '../../../domain/org/roles';
import { rolesWhenActingFor } from '../../../domain/access/policy';
import { fullName } from '../../../domain/org/person-name';
import { localDate } from '../../../domain/time/local-date';

export const SESSION_COOKIE = 'priemnaya_session';
/** A session ends after 2 hours without activity, and in any case 12 hours after login. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 60 * 1000;

/** Only a hash of the token is stored: a copy of the sessions table does not let anyone in. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(db: Kysely<DB>, userId: number, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const id = sessionIdOf(token);
  await db
    .insertInto('sessions')
    .values({ id, user_id: userId, csrf_token: csrfToken, created_at: now, last_seen_at: now, expires_at: new Date(now.getTime() + SESSION_IDLE_MS) })
    .execute();
  return { token, id };
}

export async function destroySession(db: Kysely<DB>, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Loads the actor for a session token; null when unknown, expired or the user is deactivated. */
export async function loadActor(db: Kysely<DB>, token: string, now: Date, timeZone: string): Promise<Actor | null> {
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['s.id', 's.created_at', 's.expires_at', 's.last_seen_at', 's.csrf_token', 's.acting_for_user_id', 'u.id as user_id', 'u.login', 'u.active', 'u.must_change_password', 'u.official_id', 'o.surname', 'o.first_name', 'o.patronymic'])
    // One round trip per request: the user's own roles and supervised units come with the session.
    .select([
      sql<string[]>`array(select r.role from user_roles r where r.user_id = u.id order by r.role)`.as('own_roles'),
      sql<number[]>`array(select su.unit_id from supervised_units su where su.user_id = u.id order by su.unit_id)`.as('own_supervised'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row || !row.active) return null;
  const absoluteEnd = row.created_at.getTime() + SESSION_ABSOLUTE_MS;
  if (now.getTime() >= row.expires_at.getTime() || now.getTime() >= absoluteEnd) {
    await destroySession(db, id);
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    const expires = Math.min(now.getTime() + SESSION_IDLE_MS, absoluteEnd);
    await db.updateTable('sessions').set({ last_seen_at: now, expires_at: new Date(expires) }).where('id', '=', id).execute();
  }

  const ownRoles = row.own_roles.filter(isRole);
  let actingFor: Actor['actingFor'] = null;
  let effectiveUserId = row.user_id;
  if (row.acting_for_user_id !== null) {
    const valid = await activeSubstitution(db, row.user_id, row.acting_for_user_id, localDate(now, timeZone));
    if (valid) {
      actingFor = { userId: row.acting_for_user_id, name: valid.name };
      effectiveUserId = row.acting_for_user_id;
    } else {
      // The substitution ended or was cancelled: back to one's own authority.
      await db.updateTable('sessions').set({ acting_for_user_id: null }).where('id', '=', id).execute();
    }
  }
  const roles = actingFor ? rolesWhenActingFor(await rolesOf(db, effectiveUserId)) : ownRoles;
  const supervised = actingFor ? (await db.selectFrom('supervised_units').select('unit_id').where('user_id', '=', effectiveUserId).orderBy('unit_id').execute()).map((s) => s.unit_id) : row.own_supervised.map(Number);

  return {
    userId: row.user_id,
    officialId: row.official_id,
    login: row.login,
    name: fullName({ surname: row.surname, firstName: row.first_name, patronymic: row.patronymic }),
    roles,
    ownRoles,
    supervisedUnitIds: supervised,
    actingFor,
    mustChangePassword: row.must_change_password,
    sessionId: row.id,
    csrfToken: row.csrf_token,
  };
}

export async function rolesOf(db: Kysely<DB>, userId: number): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).orderBy('role').execute();
  return rows.map((r) => r.role).filter(isRole);
}

/** The substitution that lets `substituteId` act for `absentId` on `today`, if any. */
export async function activeSubstitution(db: Kysely<DB>, substituteId: number, absentId: number, today: string) {
  const row = await db
    .selectFrom('substitutions as s')
    .innerJoin('users as u', 'u.id', 's.absent_user_id')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['s.id', 'o.surname', 'o.first_name', 'o.patronymic'])
    .where('s.substitute_user_id', '=', substituteId)
    .where('s.absent_user_id', '=', absentId)
    .where('s.cancelled_at', 'is', null)
    .where('s.date_from', '<=', today)
    .where('s.date_to', '>=', today)
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row ? { id: row.id, name: fullName({ surname: row.surname, firstName: row.first_name, patronymic: row.patronymic }) } : null;
}
