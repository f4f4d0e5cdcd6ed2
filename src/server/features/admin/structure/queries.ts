import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { fullName } from '../../../../domain/org/person-name';

export async function listUnits(db: Kysely<DB>) {
  const rows = await db.selectFrom('units').selectAll().orderBy('sort_order').orderBy('id').execute();
  return rows.map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parent_id, active: u.active, sortOrder: u.sort_order }));
}

export async function listPositions(db: Kysely<DB>) {
  const rows = await db.selectFrom('positions').selectAll().orderBy('is_head', 'desc').orderBy((eb) => eb.ref('name'), (ob) => ob.collate('und-x-icu')).execute();
  return rows.map((p) => ({ id: p.id, name: p.name, unitId: p.unit_id, isHead: p.is_head, active: p.active }));
}

export async function listOfficials(db: Kysely<DB>, filter: { id?: number } = {}) {
  let q = db
    .selectFrom('officials as o')
    .leftJoin('users as u', 'u.official_id', 'o.id')
    .select(['o.id', 'o.surname', 'o.first_name', 'o.patronymic', 'o.position_id', 'o.unit_id', 'o.phone', 'o.email', 'o.active', 'u.id as user_id'])
    .orderBy('o.active', 'desc')
    .orderBy((eb) => eb.ref('o.surname'), (ob) => ob.collate('und-x-icu'))
    .orderBy('o.first_name');
  if (filter.id !== undefined) q = q.where('o.id', '=', filter.id);
  const rows = await q.execute();
  return rows.map((o) => ({
    id: o.id,
    surname: o.surname,
    firstName: o.first_name,
    patronymic: o.patronymic,
    fullName: fullName({ surname: o.surname, firstName: o.first_name, patronymic: o.patronymic }),
    positionId: o.position_id,
    unitId: o.unit_id,
    phone: o.phone,
    email: o.email,
    active: o.active,
    userId: o.user_id,
  }));
}
