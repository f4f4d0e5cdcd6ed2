import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { fullName } from '../../../domain/org/person-name';

/**
 * ROU-12 (KHV 2.7.4): the executors and their open assignments — how many, how many as the
 * responsible executor, how many overdue (DL-8: computed from today), the nearest date — so the head
 * sees whose work must pass to another before a leave, a transfer or a dismissal. Deactivated users
 * who still hold work are listed too: nothing in work is lost.
 */
export async function executorsWorkload(db: Kysely<DB>, today: string) {
  const load = db
    .selectFrom('assignments as a')
    .select((eb) => [
      'a.executor_user_id',
      eb.fn.countAll<string>().as('open'),
      eb.fn.count<string>(sql`case when a.role = 'responsible' then 1 end`).as('responsible'),
      // A co-executor's own date is the one for his materials (ROU-3).
      eb.fn.count<string>(sql`case when coalesce(case when a.role = 'co-executor' then a.materials_due end, a.deadline) < ${today} then 1 end`).as('overdue'),
      eb.fn.min(sql<string>`coalesce(case when a.role = 'co-executor' then a.materials_due end, a.deadline)`).as('nearest'),
    ])
    .where('a.status', '=', 'open')
    .groupBy('a.executor_user_id')
    .as('l');
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('units as un', 'un.id', 'o.unit_id')
    .leftJoin('positions as p', 'p.id', 'o.position_id')
    .leftJoin(load, 'l.executor_user_id', 'u.id')
    .select(['u.id', 'u.active', 'o.surname', 'o.first_name', 'o.patronymic', 'un.name as unit', 'p.name as position', 'l.open', 'l.responsible', 'l.overdue', 'l.nearest'])
    .where((eb) =>
      eb.or([
        eb('l.open', 'is not', null),
        eb.and([eb('u.active', '=', true), eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['executor', 'head', 'deputy']))]),
      ]),
    )
    .orderBy(sql`o.surname collate "und-x-icu"`)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    active: r.active,
    name: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }),
    unit: r.unit,
    position: r.position,
    open: Number(r.open ?? 0),
    responsible: Number(r.responsible ?? 0),
    overdue: Number(r.overdue ?? 0),
    nearestDue: r.nearest ?? null,
  }));
}
