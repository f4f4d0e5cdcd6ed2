import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { localDate } from '../../../domain/time/local-date';
import { lockForAction, type ConsiderationDeps } from './shared';

/**
 * ROU-1, ROU-6 (HMR 4.2, 4.6–4.7; DUKI 4.1): the registrar passes a registered appeal to the head or
 * to the deputy it is addressed to; it waits in his queue «На резолюцию» with the resolution deadline
 * (rule 'resolution': HMR 2 working days from the hand-over, DUKI from the registration).
 */
export async function handOverAppeal(ctx: StaffCtx, appealId: number, toUserId: number, deps: ConsiderationDeps) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await lockForAction(trx, appealId, 'hand-over');
    const target = await trx
      .selectFrom('users as u')
      .innerJoin('officials as o', 'o.id', 'u.official_id')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['u.id', 'o.surname', 'o.first_name', 'o.patronymic'])
      .where('u.id', '=', toUserId)
      .where('u.active', '=', true)
      .where('r.role', 'in', ['head', 'deputy'])
      .executeTakeFirst();
    if (!target) throw errors.invalid('Резолюцию выносит глава или заместитель: выберите его из списка.', { toUserId: 'Выберите главу или заместителя.' });
    const rule = deps.profile.params.routing.resolutionDeadline.value;
    // The resolution deadline counts from the hand-over (HMR 4.2) or from the registration (DUKI 5.7).
    const start = rule.from === 'hand-over' ? localDate(now, deps.timeZone) : appeal.registration_date;
    const due = computeDeadline('resolution', start, deps.profile, deps.calendar);
    await trx.updateTable('appeals').set({ status: appeal.to, handed_to_user_id: target.id, handed_over_at: now, resolution_deadline: due.date, updated_at: now }).where('id', '=', appealId).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'appeal.handed-over',
      before: { status: appeal.status, handedToUserId: appeal.handed_to_user_id },
      after: { status: appeal.to, handedToUserId: target.id, resolutionDeadline: due.date },
      legalGround: deps.profile.params.routing.handOverToAuthorised.source,
      requestId: ctx.requestId,
    });
    return { status: appeal.to, resolutionDeadline: due.date };
  });
}
