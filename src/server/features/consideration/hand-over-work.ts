import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';

/**
 * ROU-12 (KHV 2.7.4): on leave, transfer or dismissal, all open assignments of an executor pass to
 * another by the head's order — same parts, roles and deadlines; the old ones are marked
 * «передано другому исполнителю» and point to the new. Nothing in work is lost.
 */
export async function handOverWork(ctx: StaffCtx, fromUserId: number, toUserId: number, reason: string) {
  const now = ctx.clock.now();
  if (fromUserId === toUserId) throw errors.invalid('Поручения передаются другому исполнителю.', { toUserId: 'Выберите другого исполнителя.' });
  return ctx.db.transaction().execute(async (trx) => {
    const to = await trx
      .selectFrom('users as u')
      .select('u.id')
      .where('u.id', '=', toUserId)
      .where('u.active', '=', true)
      .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['executor', 'head', 'deputy'])))
      .executeTakeFirst();
    if (!to) throw errors.invalid('Исполнитель, которому передаются поручения, не найден или не исполняет поручения.', { toUserId: 'Выберите исполнителя из списка.' });
    const open = await trx.selectFrom('assignments').selectAll().where('executor_user_id', '=', fromUserId).where('status', '=', 'open').orderBy('id').forUpdate().execute();
    const moved: { from: number; to: number; appealId: number }[] = [];
    for (const a of open) {
      // The receiver may already be on the same part: the two merge into his.
      const existing = await trx.selectFrom('assignments').select(['id', 'status']).where('resolution_id', '=', a.resolution_id).where('part', '=', a.part).where('executor_user_id', '=', toUserId).executeTakeFirst();
      let target = existing?.id;
      if (!existing) {
        const row = await trx
          .insertInto('assignments')
          .values({ appeal_id: a.appeal_id, resolution_id: a.resolution_id, part: a.part, executor_user_id: toUserId, role: a.role, instruction: a.instruction, deadline: a.deadline, materials_due: a.materials_due, created_at: now, drafter_user_id: a.drafter_user_id })
          .returning('id')
          .executeTakeFirstOrThrow();
        target = row.id;
      } else if (a.role === 'responsible') {
        await trx.updateTable('assignments').set({ role: 'responsible', materials_due: null, status: 'open', closed_at: null }).where('id', '=', existing.id).execute();
      }
      await trx.updateTable('assignments').set({ status: 'handed-over', handed_over_to: target!, closed_at: now }).where('id', '=', a.id).execute();
      // CTL-1 (DUKI 7.3): the report on an additional control is now due from the new executor.
      await trx.updateTable('additional_controls').set({ assignment_id: target!, executor_user_id: toUserId }).where('assignment_id', '=', a.id).where('closed_at', 'is', null).execute();
      moved.push({ from: a.id, to: target!, appealId: a.appeal_id });
      await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: a.appeal_id, action: 'assignment.handed-over', after: { from: a.id, to: target, fromUserId, toUserId, reason }, legalGround: 'ROU-12 (KHV 2.7.4)', requestId: ctx.requestId });
    }
    return { moved };
  });
}
