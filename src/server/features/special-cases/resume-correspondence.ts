import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import type { ResumeCorrespondenceInput } from './schemas';

/**
 * DUKI 5.15 абз. 3 (59-ФЗ ст. 11 ч. 5): «Переписка возобновляется в случае, если обращение содержит
 * новые доводы или обстоятельства». The person who may terminate correspondence resumes it: the row
 * of the author's registry gets who, when, why and on which appeal; an event records it. Later
 * appeals on the question are then considered on the merits again (no suggestion, no SPC-5 notice).
 */
export async function resumeCorrespondence(ctx: StaffCtx, authorId: number, registryId: number, input: ResumeCorrespondenceInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('terminated_correspondence').selectAll().where('id', '=', registryId).where('author_id', '=', authorId).forUpdate().executeTakeFirst();
    if (!row) throw errors.notFound('Запись реестра прекращённой переписки', 'f');
    if (row.resumed_at) throw errors.conflict('Переписка по этому вопросу уже возобновлена.');
    if (input.appealId) {
      // The appeal with the new arguments must be this author's.
      const own = await trx.selectFrom('appeal_authors').select('appeal_id').where('appeal_id', '=', input.appealId).where('author_id', '=', authorId).where('role', '<>', 'representative').executeTakeFirst();
      if (!own) throw errors.invalid('Обращение, в котором приведены новые доводы, должно быть обращением этого автора.', { appealId: 'Выберите обращение автора.' });
    }
    await trx
      .updateTable('terminated_correspondence')
      .set({ resumed_at: now, resumed_by: ctx.actor.userId, resumption_reason: input.reason, resumed_on_appeal_id: input.appealId ?? null })
      .where('id', '=', registryId)
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'author',
      entityId: authorId,
      action: 'correspondence.resumed',
      before: { registryId, resumedAt: null },
      after: { registryId, totkCode: row.totk_code, terminatedOnAppealId: row.appeal_id, resumedOnAppealId: input.appealId ?? null, reason: input.reason },
      legalGround: 'DUKI 5.15 (переписка возобновляется при новых доводах или обстоятельствах); 59-ФЗ ст. 11 ч. 5',
      requestId: ctx.requestId,
    });
    return { id: registryId, totkCode: row.totk_code, resumedAt: now.toISOString(), resumedOnAppealId: input.appealId ?? null };
  });
}
