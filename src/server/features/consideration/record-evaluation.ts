import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { evaluationApplies } from '../../../domain/appeal/lifecycle';
import type { z } from 'zod';
import type { evaluationBody } from './schemas';

/**
 * CTL-4 (HMR 11.9–11.12, app. 5–6): the author's evaluation of the result — «удовлетворён полностью»
 * or «не удовлетворён» — recorded by the employee who received it, with the channel and the time.
 * Asked for the results «поддержано», «не поддержано», «разъяснено» only.
 */
export async function recordEvaluation(ctx: StaffCtx, appealId: number, input: z.infer<typeof evaluationBody>) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    const results = (await trx.selectFrom('appeal_questions').select('result').where('appeal_id', '=', appealId).execute()).map((q) => q.result);
    if (!evaluationApplies(results)) {
      throw errors.conflict(`Оценка автора записывается, когда по обращению № ${appeal.number} есть результат «поддержано», «не поддержано» или «разъяснено» (HMR 11.9).`);
    }
    const receivedAt = new Date(input.receivedAt);
    if (receivedAt.getTime() > now.getTime()) throw errors.invalid('Время получения оценки не может быть в будущем.', { receivedAt: 'Не позднее текущего момента.' });
    const row = await trx
      .insertInto('evaluations')
      .values({ appeal_id: appealId, value: input.value, channel: input.channel, received_at: receivedAt, note: input.note, recorded_by: ctx.actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: appealId, action: 'appeal.evaluated', after: { evaluationId: row.id, value: input.value, channel: input.channel, receivedAt: input.receivedAt }, legalGround: 'CTL-4 (HMR 11.9)', requestId: ctx.requestId });
    return { id: row.id };
  });
}
