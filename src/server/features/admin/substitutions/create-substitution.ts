import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import type { SubstitutionInput } from './schemas';
import { listSubstitutions } from './queries';

/** ADM-1: лицо, замещающее — who acts for whom and from when to when. */
export async function createSubstitution(ctx: StaffCtx, input: SubstitutionInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const users = await trx.selectFrom('users').select(['id', 'active']).where('id', 'in', [input.substituteUserId, input.absentUserId]).execute();
    const substitute = users.find((u) => u.id === input.substituteUserId);
    if (!substitute?.active) throw errors.invalid('Замещающий сотрудник не найден или отключён.', { substituteUserId: 'Замещающий сотрудник не найден или отключён.' });
    if (!users.some((u) => u.id === input.absentUserId)) throw errors.invalid('Замещаемый сотрудник не найден.', { absentUserId: 'Замещаемый сотрудник не найден.' });
    const overlap = await trx
      .selectFrom('substitutions')
      .select('id')
      .where('absent_user_id', '=', input.absentUserId)
      .where('substitute_user_id', '=', input.substituteUserId)
      .where('cancelled_at', 'is', null)
      .where('date_from', '<=', input.dateTo)
      .where('date_to', '>=', input.dateFrom)
      .executeTakeFirst();
    if (overlap) throw errors.conflict('На эти даты замещение уже назначено.', { dateFrom: 'Периоды замещения пересекаются.' });
    const row = await trx
      .insertInto('substitutions')
      .values({ substitute_user_id: input.substituteUserId, absent_user_id: input.absentUserId, date_from: input.dateFrom, date_to: input.dateTo, reason: input.reason, created_by: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'substitution', entityId: row.id, action: 'substitution.created', after: input, legalGround: input.reason, requestId: ctx.requestId });
    const [saved] = await listSubstitutions(trx, { id: row.id });
    if (!saved) throw errors.notFound('Замещение', 'n');
    return saved;
  });
}
