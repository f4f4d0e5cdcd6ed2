import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/actor';
import { can } from '../../../domain/access/policy';
import { errors } from '../../platform/errors';
import { assignmentRoleOn } from './queries';
import { effectiveUserId } from './shared';
import { isInformedOn } from '../special-cases/courtesy-letters';

export type AppealReader = { kind: 'staff' } | { kind: 'executor'; role: 'responsible' | 'co-executor'; userId: number };

/**
 * ARCHITECTURE principle 7: who may read an appeal — the roles that read the registry, and an
 * executor through his own assignment on it (a co-executor sees only what was sent to him), and the
 * official a courtesy letter was passed to for information (SPC-7), with the co-executor's view.
 */
export async function appealReader(db: Kysely<DB>, actor: Actor, appealId: number): Promise<AppealReader> {
  if (can(actor.roles, 'appeals.read')) {
    if (!(await db.selectFrom('appeals').select('id').where('id', '=', appealId).executeTakeFirst())) throw errors.notFound('Обращение', 'n');
    return { kind: 'staff' };
  }
  const userId = effectiveUserId(actor);
  let role: Awaited<ReturnType<typeof assignmentRoleOn>> = await assignmentRoleOn(db, appealId, userId);
  // ROU-5: the drafter named by the responsible executor prepares the answer from the whole case.
  if (!role && (await db.selectFrom('assignments').select('id').where('appeal_id', '=', appealId).where('drafter_user_id', '=', userId).where('status', '=', 'open').executeTakeFirst())) role = 'responsible';
  // SPC-7 (HMR 7.6 абз. 2): the official a courtesy letter was passed to for information reads that appeal —
  // with a co-executor's narrow view (no history, no outgoing documents, no one else's assignments).
  if (!role && (await isInformedOn(db, appealId, userId))) role = 'co-executor';
  // The same answer as for an appeal that does not exist: nothing tells an outsider it is there.
  if (!role) throw errors.notFound('Обращение', 'n');
  return { kind: 'executor', role, userId };
}
