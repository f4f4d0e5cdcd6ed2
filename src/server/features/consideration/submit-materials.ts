import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { effectiveUserId } from './shared';

/**
 * ROU-3 (HMR 6.7, KCSON 2.8.1, KHV 3.5.6): a co-executor delivers his materials to the responsible
 * executor; his assignment is then fulfilled. Late delivery is accepted and stays visible (the due
 * date is in the event).
 */
export async function submitMaterials(ctx: StaffCtx, assignmentId: number, text: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('assignments').selectAll().where('id', '=', assignmentId).forUpdate().executeTakeFirst();
    if (!a || a.executor_user_id !== effectiveUserId(ctx.actor)) throw errors.notFound('Поручение', 'n');
    if (a.role !== 'co-executor') throw errors.conflict('Материалы представляет соисполнитель; ответственный исполнитель готовит ответ.');
    if (a.status !== 'open') throw errors.conflict('Поручение уже закрыто: материалы не принимаются.');
    await trx.updateTable('assignments').set({ status: 'materials-submitted', materials: text, materials_submitted_at: now, closed_at: now }).where('id', '=', assignmentId).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: a.appeal_id,
      action: 'assignment.materials-submitted',
      after: { assignmentId, part: a.part, materialsDue: a.materials_due },
      legalGround: 'ROU-3 (HMR 6.7)',
      requestId: ctx.requestId,
    });
  });
}
