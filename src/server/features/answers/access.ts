import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/actor';
import { errors } from '../../platform/errors';
import { assignmentRoleOn } from '../consideration/queries';
import { effectiveUserId } from '../consideration/shared';

/** ANS-3: the answer is prepared by the responsible executor (ROU-3), or by the head or a deputy. */
export async function assertMayDraft(db: Kysely<DB>, actor: Actor, appealId: number): Promise<void> {
  if (actor.roles.includes('head') || actor.roles.includes('deputy')) return;
  const me = effectiveUserId(actor);
  if ((await assignmentRoleOn(db, appealId, me)) === 'responsible') return;
  // ROU-5: the drafter named by the responsible official.
  if (await db.selectFrom('assignments').select('id').where('appeal_id', '=', appealId).where('drafter_user_id', '=', me).where('status', '=', 'open').executeTakeFirst()) return;
  throw errors.forbidden('Проект ответа готовит ответственный исполнитель (HMR 6.7).');
}

/** Locks an answer with its appeal for a change. */
export async function lockAnswer(trx: Kysely<DB>, answerId: number) {
  const a = await trx
    .selectFrom('answers as an')
    .innerJoin('appeals as ap', 'ap.id', 'an.appeal_id')
    .select(['an.id', 'an.appeal_id', 'an.status', 'an.version', 'an.drafter_user_id', 'an.signer_user_id', 'ap.number', 'ap.status as appeal_status'])
    .where('an.id', '=', answerId)
    .forUpdate()
    .executeTakeFirst();
  if (!a) throw errors.notFound('Ответ', 'm');
  return a;
}
