import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { effectiveUserId, type ConsiderationDeps } from './shared';

/** ROU-5 (HMR 4.5): the responsible official names who drafts the answer, within the profile's term. */
export async function nameDrafter(ctx: StaffCtx, assignmentId: number, drafterUserId: number, deps: ConsiderationDeps) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('assignments').selectAll().where('id', '=', assignmentId).forUpdate().executeTakeFirst();
    if (!a || a.executor_user_id !== effectiveUserId(ctx.actor)) throw errors.notFound('Поручение', 'n');
    if (a.role !== 'responsible') throw errors.forbidden('Исполнителя проекта ответа назначает ответственный исполнитель.');
    if (a.status !== 'open') throw errors.conflict('Поручение уже закрыто.');
    const drafter = await trx
      .selectFrom('users as u')
      .select('u.id')
      .where('u.id', '=', drafterUserId)
      .where('u.active', '=', true)
      .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['executor', 'head', 'deputy'])))
      .executeTakeFirst();
    if (!drafter) throw errors.invalid('Сотрудник не найден или не исполняет поручения.', { userId: 'Выберите исполнителя из списка.' });
    const due = computeDeadline('drafter-naming', localDate(a.created_at, deps.timeZone), deps.profile, deps.calendar);
    await trx.updateTable('assignments').set({ drafter_user_id: drafterUserId }).where('id', '=', a.id).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: a.appeal_id, action: 'assignment.drafter-named', after: { assignmentId: a.id, drafterUserId, due: due.date }, legalGround: deps.profile.params.routing.drafterNamingDeadline.source, requestId: ctx.requestId });
    return { due: due.date, warnings: today > due.date ? [`Срок назначения исполнителя проекта ответа (${formatDateRu(due.date)}) пропущен.`] : [] };
  });
}
