import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { effectiveUserId } from './shared';

/**
 * CTL-1 (DUKI 7.3): the one who considered the appeal reports the final solution of the question put
 * on additional control. His assignment is done; the head may then remove the appeal from control
 * (CTL-2, decide-control.ts). A report after the control date is accepted and says it was late.
 */
export async function reportAdditionalControl(ctx: StaffCtx, assignmentId: number, text: string, deps: { timeZone: string }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const a = await trx
      .selectFrom('assignments as a')
      .innerJoin('appeals as ap', 'ap.id', 'a.appeal_id')
      .leftJoin('additional_controls as ac', (j) => j.onRef('ac.assignment_id', '=', 'a.id').on('ac.closed_at', 'is', null))
      .select(['a.id', 'a.appeal_id', 'a.executor_user_id', 'a.status', 'ap.number', 'ac.id as control_id', 'ac.control_date'])
      .where('a.id', '=', assignmentId)
      .forUpdate('a')
      .executeTakeFirst();
    // Another's assignment is as good as none (ARCHITECTURE principle 7).
    if (!a || a.executor_user_id !== effectiveUserId(ctx.actor)) throw errors.notFound('Поручение', 'n');
    if (a.control_id === null || a.control_date === null) throw errors.conflict(`Поручение по обращению № ${a.number} не связано с дополнительным контролем.`);
    if (a.status !== 'open') throw errors.conflict('Доклад по этому поручению уже представлен.');
    const late = today > a.control_date;
    await trx.updateTable('additional_controls').set({ report: text, reported_at: now, reported_by: ctx.actor.userId }).where('id', '=', a.control_id).execute();
    await trx.updateTable('assignments').set({ status: 'done', materials: text, materials_submitted_at: now, closed_at: now }).where('id', '=', a.id).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: a.appeal_id,
      action: 'appeal.additional-control-reported',
      after: { assignmentId: a.id, controlDate: a.control_date, late, text },
      legalGround: 'CTL-1 (DUKI 7.3)',
      requestId: ctx.requestId,
    });
    return { late, warnings: late ? [`Доклад представлен после контрольного срока ${formatDateRu(a.control_date)}.`] : [] };
  });
}
