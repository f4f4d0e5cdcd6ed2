import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { isOpen } from '../../../domain/appeal/lifecycle';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import type { ConsiderationDeps } from '../consideration/shared';
import { assignmentRoleOn } from '../consideration/queries';
import { effectiveUserId } from '../consideration/shared';

/**
 * DL-2 (HMR 5.4): the responsible executor asks the head to extend the term by a memo with reasons,
 * no later than the profile's lead time before the deadline (HMR: 3 working days).
 */
export async function requestExtension(ctx: StaffCtx, appealId: number, input: { reasons: string; days: number }, deps: ConsiderationDeps) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status', 'consideration_deadline', 'original_deadline']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    if (!isOpen(appeal.status)) throw errors.conflict(`Обращение № ${appeal.number} не на рассмотрении: срок не продлевается.`);
    if ((await assignmentRoleOn(trx, appealId, effectiveUserId(ctx.actor))) !== 'responsible') throw errors.forbidden('Продление срока запрашивает ответственный исполнитель (HMR 5.4).');
    if (appeal.original_deadline) throw errors.conflict(`Срок рассмотрения обращения № ${appeal.number} уже продлевался: продление допускается однократно (59-ФЗ ст. 12 ч. 2).`);
    if (await trx.selectFrom('extensions').select('id').where('appeal_id', '=', appealId).where('decision', 'is', null).executeTakeFirst()) throw errors.conflict('Служебная записка о продлении уже подана и ждёт решения.');
    const due = computeDeadline('extension-request', appeal.consideration_deadline, deps.profile, deps.calendar);
    if (today > due.date) {
      throw errors.conflict(`Служебная записка о продлении подаётся не позднее ${formatDateRu(due.date)} (${deps.profile.params.extension.requestLeadTime.source}: до истечения срока ${formatDateRu(appeal.consideration_deadline)}). Срок подачи истёк.`);
    }
    const row = await trx
      .insertInto('extensions')
      .values({ appeal_id: appealId, requested_by: ctx.actor.userId, reasons: input.reasons, days: input.days, requested_at: now, request_due: due.date, deadline_before: appeal.consideration_deadline })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: appealId, action: 'extension.requested', after: { extensionId: row.id, days: input.days, reasons: input.reasons, requestDue: due.date }, legalGround: deps.profile.params.extension.requestLeadTime.source, requestId: ctx.requestId });
    return { id: row.id, requestDue: due.date };
  });
}
