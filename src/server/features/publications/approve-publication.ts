import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { localDate } from '../../../domain/time/local-date';
import type { ConsiderationDeps } from '../consideration/shared';
import { lockProposal } from './lock-proposal';
import { publicAnswerPath } from './public-url';
import { publishableAnswerStatuses } from './queries';

/**
 * SPC-11 (HMR 7.9; 59-ФЗ ст. 10 ч. 4): the head approves the text — it is published at once in the
 * section «Ответы на обращения, затрагивающие интересы неопределенного круга лиц» of the public
 * portal. The term «в течение 2 дней со дня согласования» (rule `publication`) is recorded: the
 * publication is never later than it. The page's absolute address is fixed now — it is what later
 * appeals on the question are sent (59-ФЗ ст. 11 ч. 5.1).
 */
export async function approvePublication(ctx: StaffCtx, publicationId: number, deps: ConsiderationDeps & { baseUrl: string; baseUrlWarning: string | null }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  const due = computeDeadline('publication', today, deps.profile, deps.calendar);
  return ctx.db.transaction().execute(async (trx) => {
    const p = await lockProposal(trx, publicationId);
    // HMR 7.9: what is approved is the text of the signed answer — not of an edition that replaced it.
    const answer = await trx.selectFrom('answers').select(['status', 'version']).where('id', '=', p.answer_id).executeTakeFirstOrThrow();
    if (!(publishableAnswerStatuses as readonly string[]).includes(answer.status) || (p.answer_version !== null && p.answer_version !== answer.version)) {
      throw errors.conflict('После предложения к опубликованию подготовлена новая редакция ответа. Верните текст исполнителю: публикуется текст подписанной редакции (HMR 7.9).');
    }
    const url = `${deps.baseUrl}${publicAnswerPath(p.id)}`;
    await trx
      .updateTable('publications')
      .set({ status: 'published', decided_by: ctx.actor.userId, decided_acting_for: ctx.actor.actingFor?.userId ?? null, decided_at: now, publication_due: due.date, published_at: now, public_url: url })
      .where('id', '=', p.id)
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor, at: now, entityType: 'appeal', entityId: p.appeal_id, action: 'publication.published',
      before: { status: 'proposed' }, after: { publicationId: p.id, status: 'published', url, dueDate: due.date }, legalGround: '59-ФЗ ст. 10 ч. 4; HMR 7.9', requestId: ctx.requestId,
    });
    return { id: p.id, status: 'published' as const, url, publishedAt: now.toISOString(), dueDate: due.date, dueSteps: due.steps, warnings: deps.baseUrlWarning ? [deps.baseUrlWarning] : [] };
  });
}
