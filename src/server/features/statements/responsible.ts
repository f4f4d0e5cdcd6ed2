import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';

/**
 * HMR 6.1, 6.3 абз. 3, 6.5 абз. 4: «должностное лицо, ответственное за рассмотрение обращения» —
 * the responsible executors of the open assignments and the head or deputy the appeal was handed to.
 * Read before a decision cancels the assignments: they are the ones informed of it.
 */
export async function responsibleOfficials(trx: Kysely<DB>, appealId: number): Promise<number[]> {
  const executors = await trx.selectFrom('assignments').select('executor_user_id').where('appeal_id', '=', appealId).where('role', '=', 'responsible').where('status', '=', 'open').execute();
  const handed = await trx.selectFrom('appeals').select('handed_to_user_id').where('id', '=', appealId).executeTakeFirst();
  return [...new Set([...executors.map((e) => e.executor_user_id), ...(handed?.handed_to_user_id ? [handed.handed_to_user_id] : [])])];
}

/**
 * HMR 6.2, 6.4, 6.6 (4.8): the bodies the appeal went to by competence — when the whole appeal was
 * redirected and nothing of it is answered here. A partly redirected appeal is still considered here.
 */
export async function redirectedTo(trx: Kysely<DB>, appeal: { id: number; status: string }) {
  if (appeal.status !== 'redirected' && appeal.status !== 'closed') return [];
  const questions = await trx.selectFrom('appeal_questions').select('result').where('appeal_id', '=', appeal.id).execute();
  if (questions.length === 0 || questions.some((q) => q.result !== 'redirected')) return [];
  return trx
    .selectFrom('redirects as r')
    .innerJoin('external_bodies as b', 'b.id', 'r.body_id')
    .select(['b.id', 'b.name', 'b.postal_address', 'b.email'])
    .where('r.appeal_id', '=', appeal.id)
    .distinct()
    .orderBy('b.id')
    .execute();
}
