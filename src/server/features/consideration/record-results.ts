import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { isOpen, questionResultLabels, type QuestionResult } from '../../../domain/appeal/lifecycle';
import { assignmentRoleOn } from './queries';
import { effectiveUserId } from './shared';

/**
 * CTL-3 (HMR 11.8): the result of consideration per question — by the responsible executor, or by
 * the head or a deputy. Changing a result leaves the old one in the event.
 */
export async function recordResults(ctx: StaffCtx, appealId: number, results: { questionId: number; result: QuestionResult }[]) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    const leader = ctx.actor.roles.includes('head') || ctx.actor.roles.includes('deputy');
    if (!leader && (await assignmentRoleOn(trx, appealId, effectiveUserId(ctx.actor))) !== 'responsible') {
      throw errors.forbidden('Результат рассмотрения указывает ответственный исполнитель или руководитель.');
    }
    if (!isOpen(appeal.status) && appeal.status !== 'answered') throw errors.conflict(`Обращение № ${appeal.number} не на рассмотрении: результат не изменяется.`);
    const questions = await trx.selectFrom('appeal_questions').select(['id', 'position', 'result']).where('appeal_id', '=', appealId).execute();
    const fields: Record<string, string> = {};
    for (const [i, r] of results.entries()) if (!questions.some((q) => q.id === r.questionId)) fields[`results.${i}.questionId`] = 'Такого вопроса в обращении нет.';
    if (Object.keys(fields).length > 0) throw errors.invalid('Результаты не сохранены.', fields);
    for (const r of results) {
      await trx.updateTable('appeal_questions').set({ result: r.result, result_at: now, result_by: ctx.actor.userId }).where('id', '=', r.questionId).execute();
    }
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'appeal.results',
      before: questions.filter((q) => results.some((r) => r.questionId === q.id)).map((q) => ({ position: q.position, result: q.result })),
      after: results.map((r) => ({ position: questions.find((q) => q.id === r.questionId)!.position, result: r.result, label: questionResultLabels[r.result] })),
      legalGround: 'CTL-3 (HMR 11.8)',
      requestId: ctx.requestId,
    });
  });
}
