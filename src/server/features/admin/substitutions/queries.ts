import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { fullName } from '../../../../domain/org/person-name';

export async function listSubstitutions(db: Kysely<DB>, filter: { id?: number } = {}) {
  let q = db
    .selectFrom('substitutions as s')
    .innerJoin('users as su', 'su.id', 's.substitute_user_id')
    .innerJoin('officials as so', 'so.id', 'su.official_id')
    .innerJoin('users as au', 'au.id', 's.absent_user_id')
    .innerJoin('officials as ao', 'ao.id', 'au.official_id')
    .select([
      's.id', 's.substitute_user_id', 's.absent_user_id', 's.date_from', 's.date_to', 's.reason', 's.cancelled_at',
      'so.surname as s_surname', 'so.first_name as s_first', 'so.patronymic as s_patronymic',
      'ao.surname as a_surname', 'ao.first_name as a_first', 'ao.patronymic as a_patronymic',
    ])
    .orderBy('s.date_from', 'desc')
    .orderBy('s.id', 'desc');
  if (filter.id !== undefined) q = q.where('s.id', '=', filter.id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    substituteUserId: r.substitute_user_id,
    substituteName: fullName({ surname: r.s_surname, firstName: r.s_first, patronymic: r.s_patronymic }),
    absentUserId: r.absent_user_id,
    absentName: fullName({ surname: r.a_surname, firstName: r.a_first, patronymic: r.a_patronymic }),
    dateFrom: r.date_from,
    dateTo: r.date_to,
    reason: r.reason,
    cancelled: r.cancelled_at !== null,
  }));
}
