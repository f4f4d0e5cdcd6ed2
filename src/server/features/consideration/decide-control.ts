import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { removalFromControlObstacles, transition } from '../../../domain/appeal/lifecycle';

/** Outgoing answer kinds whose dispatch counts as «the answer was sent» (ANS-7); the return of a complaint is the answer too (ROU-8, 59-FZ art. 8 ч. 6). */
export const ANSWER_KINDS = ['answer', 'complaint-return'];
const SENT = ['sent', 'printed', 'delivered'] as const;

/**
 * CTL-2 (HMR 11.5–11.7, KHV 2.4.8): the head removes the appeal from control when every question has
 * its result and the answer was sent — otherwise he is told what is missing; or he keeps it on
 * control with a reason.
 */
export async function decideControl(ctx: StaffCtx, appealId: number, decision: { decision: 'remove' } | { decision: 'keep'; reason: string }) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    if (decision.decision === 'keep') {
      const step = transition(appeal.status, 'keep-on-control');
      if (!step.ok) throw errors.conflict(`№ ${appeal.number}: ${step.reason}`);
      await trx.updateTable('appeals').set({ kept_on_control_reason: decision.reason, updated_at: now }).where('id', '=', appealId).execute();
      await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: appealId, action: 'appeal.kept-on-control', after: { reason: decision.reason }, legalGround: 'CTL-2 (HMR 11.7)', requestId: ctx.requestId });
      return { status: appeal.status };
    }
    const questions = await trx.selectFrom('appeal_questions').select(['position', 'result']).where('appeal_id', '=', appealId).orderBy('position').execute();
    const sent = await trx.selectFrom('outgoing_documents').select('id').where('appeal_id', '=', appealId).where('kind', 'in', ANSWER_KINDS).where('status', 'in', [...SENT]).executeTakeFirst();
    // CTL-1 (DUKI 7.3): on additional control — removed only after the final solution is reported.
    const additional = await trx.selectFrom('additional_controls').select(['id', 'control_date', 'reported_at']).where('appeal_id', '=', appealId).where('closed_at', 'is', null).executeTakeFirst();
    const obstacles = removalFromControlObstacles({ status: appeal.status, questions, answerSent: Boolean(sent), additionalControl: additional ? { controlDate: additional.control_date, reported: additional.reported_at !== null } : null });
    if (obstacles.length > 0) throw errors.conflict(`Обращение № ${appeal.number} не может быть снято с контроля. ${obstacles.join(' ')}`);
    await trx.updateTable('appeals').set({ status: 'closed', removed_from_control_at: now, removed_from_control_by: ctx.actor.userId, updated_at: now }).where('id', '=', appealId).execute();
    if (additional) await trx.updateTable('additional_controls').set({ closed_at: now }).where('id', '=', additional.id).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: appealId, action: 'appeal.removed-from-control', before: { status: appeal.status }, after: { status: 'closed', ...(additional ? { additionalControlId: additional.id } : {}) }, legalGround: 'CTL-2 (HMR 11.5–11.6)', requestId: ctx.requestId });
    return { status: 'closed' as const };
  });
}
