import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { localDate } from '../../../domain/time/local-date';
import type { TranslationReceiptInput } from './schemas';

/**
 * REG-11 (HMR 7.15): the translation has arrived — its date and text are kept with the case, so the
 * executors consider the appeal by it. The receipt date is not in the future nor before the request.
 */
export async function recordTranslation(ctx: StaffCtx, translationId: number, input: TranslationReceiptInput, deps: { timeZone: string }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const t = await trx.selectFrom('translations').select(['id', 'appeal_id', 'status', 'requested_at']).where('id', '=', translationId).forUpdate().executeTakeFirst();
    if (!t) throw errors.notFound('Запрос перевода', 'm');
    if (t.status !== 'sent') throw errors.conflict('Перевод уже получен и внесён.');
    if (input.receivedOn > today) throw errors.invalid('Дата получения перевода не может быть позже сегодняшней.', { receivedOn: 'Дата ещё не наступила.' });
    if (input.receivedOn < localDate(t.requested_at, deps.timeZone)) throw errors.invalid('Перевод не может быть получен раньше, чем копия направлена на перевод.', { receivedOn: 'Раньше даты направления на перевод.' });
    await trx.updateTable('translations').set({ status: 'received', received_on: input.receivedOn, received_text: input.text, received_by: ctx.actor.userId, received_at: now }).where('id', '=', t.id).execute();
    await recordEvent(trx, {
      actor: ctx.actor, at: now, entityType: 'appeal', entityId: t.appeal_id, action: 'translation.received',
      before: { status: 'sent' }, after: { translationId: t.id, status: 'received', receivedOn: input.receivedOn }, legalGround: 'HMR 7.15 (REG-11)', requestId: ctx.requestId,
    });
    return { id: t.id, status: 'received' as const };
  });
}
