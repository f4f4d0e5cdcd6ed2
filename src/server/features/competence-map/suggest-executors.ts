import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { fullName } from '../../../domain/org/person-name';

/**
 * ADM-2, ROU-1: who should consider the appeal's questions by the competence map — for each
 * question the most specific entry (the longest ТОТК prefix); an entry names an official directly
 * or a unit (its active executors). A suggestion only: the head decides.
 */
export async function suggestExecutors(db: Kysely<DB>, appealId: number) {
  const questions = await db.selectFrom('appeal_questions').select(['id', 'position', 'totk_code']).where('appeal_id', '=', appealId).orderBy('position').execute();
  const map = await db.selectFrom('competence_map').select(['id', 'totk_prefix', 'unit_id', 'official_id']).execute();
  const staff = await db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['u.id as user_id', 'o.id as official_id', 'o.unit_id', 'o.surname', 'o.first_name', 'o.patronymic'])
    .where('u.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['executor', 'head', 'deputy'])))
    .execute();
  return questions.map((q) => {
    const matching = map.filter((m) => q.totk_code === m.totk_prefix || q.totk_code.startsWith(`${m.totk_prefix}.`));
    const longest = Math.max(0, ...matching.map((m) => m.totk_prefix.length));
    const best = matching.filter((m) => m.totk_prefix.length === longest);
    const users = staff.filter((s) => best.some((m) => (m.official_id !== null && m.official_id === s.official_id) || (m.official_id === null && m.unit_id !== null && m.unit_id === s.unit_id)));
    return { questionId: q.id, position: q.position, totkCode: q.totk_code, executors: users.map((u) => ({ userId: u.user_id, name: fullName({ surname: u.surname, firstName: u.first_name, patronymic: u.patronymic }) })) };
  });
}
