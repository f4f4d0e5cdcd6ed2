import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { currentStep, isSigningStep } from '../../../domain/answers/answer-flow';
import { effectiveUserId } from '../consideration/shared';
import { assertMayDraft, lockAnswer } from './access';

/**
 * ANS-4, ANS-5: the drafter sends the draft along its route — those who approve, in order, and the
 * responsible official who signs last (HMR 8.1). The signer must be the head or a deputy.
 */
export async function sendForApproval(ctx: StaffCtx, answerId: number, route: { approverUserIds: number[]; signerUserId: number }) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAnswer(trx, answerId);
    await assertMayDraft(trx, ctx.actor, a.appeal_id);
    if (a.status !== 'draft') throw errors.conflict('На согласование направляется проект ответа.');
    const steps = [...route.approverUserIds, route.signerUserId];
    if (new Set(steps).size !== steps.length) throw errors.invalid('Один сотрудник указан в маршруте дважды.', { approverUserIds: 'Уберите повторы.' });
    const people = await trx
      .selectFrom('users as u')
      .leftJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['u.id', 'r.role'])
      .where('u.id', 'in', steps)
      .where('u.active', '=', true)
      .execute();
    const missing = steps.filter((id) => !people.some((p) => p.id === id));
    if (missing.length > 0) throw errors.invalid('Сотрудник из маршрута согласования не найден.', { approverUserIds: 'Выберите сотрудников из списка.' });
    if (!people.some((p) => p.id === route.signerUserId && (p.role === 'head' || p.role === 'deputy'))) {
      throw errors.invalid('Ответ подписывает глава или заместитель (HMR 8.1).', { signerUserId: 'Выберите главу или заместителя.' });
    }
    await trx.insertInto('answer_approvals').values(steps.map((userId, i) => ({ answer_id: a.id, version: a.version, step: i + 1, approver_user_id: userId }))).execute();
    await trx.updateTable('answers').set({ status: 'approval', signer_user_id: route.signerUserId, updated_at: now }).where('id', '=', a.id).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: a.appeal_id, action: 'answer.sent-for-approval', after: { answerId: a.id, version: a.version, route: steps }, legalGround: 'ANS-4, ANS-5', requestId: ctx.requestId });
  });
}

/**
 * The approver whose turn it is approves or returns the draft for rework; the signer's approval is
 * the signature (ANS-4: who and when is recorded). Nobody signs for another — except a substitute
 * with the absent signer's authority (ADM-1), which the event records.
 */
export async function decideApproval(ctx: StaffCtx, answerId: number, d: { decision: 'approved' | 'returned'; comment: string }) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAnswer(trx, answerId);
    if (a.status !== 'approval') throw errors.conflict(a.status === 'signed' || a.status === 'dispatched' ? 'Ответ уже подписан.' : 'Ответ не на согласовании.');
    const steps = await trx.selectFrom('answer_approvals').select(['id', 'step', 'approver_user_id as approverUserId', 'decision']).where('answer_id', '=', a.id).where('version', '=', a.version).orderBy('step').execute();
    const step = currentStep(steps);
    if (!step) throw errors.conflict('Согласование уже завершено.');
    const signing = isSigningStep(steps, step);
    if (step.approverUserId !== effectiveUserId(ctx.actor)) {
      throw errors.forbidden(signing ? 'Подписать ответ может только должностное лицо, указанное подписантом (HMR 8.1).' : 'Сейчас ответ согласует другой сотрудник.');
    }
    const row = steps.find((s) => s.step === step.step)!;
    await trx.updateTable('answer_approvals').set({ decision: d.decision, comment: d.comment, decided_at: now, decided_by: ctx.actor.userId }).where('id', '=', row.id).execute();
    const status = d.decision === 'returned' ? 'draft' : signing ? 'signed' : 'approval';
    await trx.updateTable('answers').set({ status, ...(status === 'signed' ? { signed_at: now } : {}), updated_at: now }).where('id', '=', a.id).execute();
    const action = d.decision === 'returned' ? 'answer.returned' : signing ? 'answer.signed' : 'answer.approved';
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: a.appeal_id, action, after: { answerId: a.id, version: a.version, step: step.step, comment: d.comment }, legalGround: signing ? 'ANS-4 (HMR 8.1)' : 'ANS-5', requestId: ctx.requestId });
    return { status };
  });
}
