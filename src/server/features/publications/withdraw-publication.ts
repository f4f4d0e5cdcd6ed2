import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';

/**
 * SPC-11 (HMR 7.9; 59-ФЗ ст. 10 ч. 4): the head who approves publication may withdraw the answer
 * from the site — it was superseded, or the text turned out to need correction — with the reason.
 * The page stops showing it and later appeals no longer get its address (59-ФЗ ст. 11 ч. 5.1);
 * the case keeps the record. A corrected text is proposed again as a new publication. An answer
 * whose address was already sent to authors instead of an answer on the merits stays published.
 */
export async function withdrawPublication(ctx: StaffCtx, publicationId: number, reason: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const p = await trx.selectFrom('publications').select(['id', 'appeal_id', 'status', 'public_url']).where('id', '=', publicationId).forUpdate().executeTakeFirst();
    if (!p) throw errors.notFound('Публикация', 'f');
    if (p.status !== 'published') throw errors.conflict(p.status === 'withdrawn' ? 'Ответ уже снят с публикации.' : 'Снять с публикации можно только опубликованный ответ.');
    // 59-ФЗ ст. 11 ч. 5.1: authors of later appeals were answered with this address — it must keep answering them.
    const sent = await trx
      .selectFrom('special_case_dispositions as s')
      .innerJoin('appeals as ap', 'ap.id', 's.appeal_id')
      .select('ap.number')
      .where('s.publication_id', '=', p.id)
      .orderBy('ap.id')
      .execute();
    if (sent.length > 0) {
      throw errors.conflict(
        `Адрес этого ответа сообщён авторам обращений № ${sent.map((x) => x.number).join(', № ')} вместо ответа по существу (ч. 5.1 ст. 11 59-ФЗ): снять его с публикации нельзя. Если ответ устарел, предложите к опубликованию новый ответ — последующим обращениям будет сообщаться адрес нового.`,
      );
    }
    await trx
      .updateTable('publications')
      .set({ status: 'withdrawn', withdrawn_by: ctx.actor.userId, withdrawn_acting_for: ctx.actor.actingFor?.userId ?? null, withdrawn_at: now, withdrawal_reason: reason })
      .where('id', '=', p.id)
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor, at: now, entityType: 'appeal', entityId: p.appeal_id, action: 'publication.withdrawn',
      before: { status: 'published', url: p.public_url }, after: { publicationId: p.id, status: 'withdrawn', reason }, legalGround: '59-ФЗ ст. 10 ч. 4; HMR 7.9', requestId: ctx.requestId,
    });
    return { id: p.id, status: 'withdrawn' as const };
  });
}
