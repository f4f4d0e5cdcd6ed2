import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { isRole } from '../../../../domain/org/roles';
import { fullName } from '../../../../domain/org/person-name';
import type { UserView } from './schemas';

/** Users with their official, position, unit and roles — the presenter for the admin screens. */
export async function listUsers(db: Kysely<DB>, now: Date, filter: { id?: number } = {}): Promise<UserView[]> {
  let q = db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('positions as p', 'p.id', 'o.position_id')
    .leftJoin('units as un', 'un.id', 'o.unit_id')
    .select([
      'u.id', 'u.login', 'u.active', 'u.must_change_password', 'u.locked_until', 'u.last_login_at', 'u.official_id',
      'o.surname', 'o.first_name', 'o.patronymic', 'o.position_id', 'o.unit_id', 'o.phone', 'o.email',
      'p.name as position_name', 'un.name as unit_name',
    ])
    .orderBy('u.active', 'desc')
    .orderBy((eb) => eb.ref('o.surname'), (ob) => ob.collate('und-x-icu'))
    .orderBy('o.first_name');
  if (filter.id !== undefined) q = q.where('u.id', '=', filter.id);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const roleRows = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', ids).orderBy('role').execute();
  const unitRows = await db.selectFrom('supervised_units').select(['user_id', 'unit_id']).where('user_id', 'in', ids).execute();
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    officialId: r.official_id,
    surname: r.surname,
    firstName: r.first_name,
    patronymic: r.patronymic,
    fullName: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }),
    positionId: r.position_id,
    positionName: r.position_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    phone: r.phone,
    email: r.email,
    roles: roleRows.filter((x) => x.user_id === r.id).map((x) => x.role).filter(isRole),
    supervisedUnitIds: unitRows.filter((x) => x.user_id === r.id).map((x) => x.unit_id),
    active: r.active,
    mustChangePassword: r.must_change_password,
    locked: r.locked_until !== null && r.locked_until > now,
    lastLoginAt: r.last_login_at ? r.last_login_at.toISOString() : null,
  }));
}

export async function getUser(db: Kysely<DB>, id: number, now: Date): Promise<UserView | undefined> {
  return (await listUsers(db, now, { id }))[0];
}
