import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { transition } from '../../../domain/appeal/lifecycle';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { effectiveUserId, type ConsiderationDeps } from './shared';

/**
 * ROU-4 (HMR 4.4, DUKI 5.10): an executor finds the appeal (his part) outside his competence and
 * returns it within the profile's term — proposing another executor (HMR, who must agree) or naming
 * the right unit (DUKI). A responsible executor's return sends the appeal back to the one who gave
 * the resolution («На резолюции»); a co-executor's closes his own part. A late return is accepted and says so.
 */
export async function returnNotCompetent(ctx: StaffCtx, assignmentId: number, input: { reason: string; proposedUnitId: number | null; proposedUserId: number | null }, deps: ConsiderationDeps) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  const rule = deps.profile.params.routing.wrongCompetence;
  return ctx.db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('assignments').selectAll().where('id', '=', assignmentId).forUpdate().executeTakeFirst();
    if (!a || a.executor_user_id !== effectiveUserId(ctx.actor)) throw errors.notFound('Поручение', 'n');
    if (a.status !== 'open') throw errors.conflict('Поручение уже закрыто.');
    if (rule.value.mode === 'propose-another-executor' && !input.proposedUserId) throw errors.invalid(`Предложите исполнителя, к компетенции которого относится вопрос (${rule.source}).`, { proposedUserId: 'Выберите исполнителя.' });
    if (rule.value.mode === 'return-to-registrar' && !input.proposedUnitId) throw errors.invalid(`Укажите подразделение, к компетенции которого относится вопрос (${rule.source}).`, { proposedUnitId: 'Выберите подразделение.' });
    const due = computeDeadline('reassignment', localDate(a.created_at, deps.timeZone), deps.profile, deps.calendar);
    const warnings = today > due.date ? [`Срок возврата (${formatDateRu(due.date)}, ${rule.source}) пропущен.`] : [];
    await trx.updateTable('assignments').set({ status: 'returned', return_reason: input.reason, proposed_unit_id: input.proposedUnitId, proposed_user_id: input.proposedUserId, closed_at: now }).where('id', '=', a.id).execute();
    let status: string | null = null;
    if (a.role === 'responsible') {
      const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', a.appeal_id).forUpdate().executeTakeFirstOrThrow();
      const step = transition(appeal.status, 'return-not-competent');
      if (!step.ok) throw errors.conflict(`№ ${appeal.number}: ${step.reason}`);
      const resolution = await trx.selectFrom('resolutions').select(['author_user_id', 'acting_for_user_id']).where('id', '=', a.resolution_id).executeTakeFirstOrThrow();
      await trx.updateTable('appeals').set({ status: step.to, handed_to_user_id: resolution.acting_for_user_id ?? resolution.author_user_id, handed_over_at: now, updated_at: now }).where('id', '=', appeal.id).execute();
      status = step.to;
    }
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: a.appeal_id,
      action: 'assignment.returned',
      after: { assignmentId: a.id, role: a.role, reason: input.reason, proposedUnitId: input.proposedUnitId, proposedUserId: input.proposedUserId, due: due.date, status },
      legalGround: rule.source,
      requestId: ctx.requestId,
    });
    return { status, due: due.date, warnings };
  });
}
