import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { checkStructureRefs } from '../structure/refs';
import { otherActiveAdministrators, saveRoles } from './save-roles';
import { getUser } from './queries';
import type { UpdateUserInput } from './schemas';

/** ADM-1: a user's name, position, unit, contacts, roles and supervised units. The login never changes. */
export async function updateUser(ctx: StaffCtx, id: number, input: UpdateUserInput) {
  const now = ctx.clock.now();
  const before = await getUser(ctx.db, id, now);
  if (!before) throw errors.notFound('Пользователь', 'm');
  await ctx.db.transaction().execute(async (trx) => {
    await checkStructureRefs(trx, { positionId: input.positionId, unitId: input.unitId, unitIds: input.supervisedUnitIds });
    if (before.roles.includes('administrator') && !input.roles.includes('administrator') && before.active && (await otherActiveAdministrators(trx, id)) === 0) {
      throw errors.conflict('Нельзя снять роль администратора с последнего действующего администратора.', { roles: 'Должен остаться хотя бы один администратор.' });
    }
    await trx
      .updateTable('officials')
      .set({ surname: input.surname, first_name: input.firstName, patronymic: input.patronymic, position_id: input.positionId, unit_id: input.unitId, phone: input.phone, email: input.email })
      .where('id', '=', before.officialId)
      .execute();
    await saveRoles(trx, id, input.roles, input.supervisedUnitIds);
    const after = { ...input, supervisedUnitIds: input.roles.includes('deputy') ? input.supervisedUnitIds : [] };
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'user', entityId: id, action: 'user.updated', before: pick(before), after, requestId: ctx.requestId });
  });
  const user = await getUser(ctx.db, id, now);
  if (!user) throw errors.notFound('Пользователь', 'm');
  return user;
}

function pick(u: NonNullable<Awaited<ReturnType<typeof getUser>>>) {
  const { surname, firstName, patronymic, positionId, unitId, phone, email, roles, supervisedUnitIds } = u;
  return { surname, firstName, patronymic, positionId, unitId, phone, email, roles, supervisedUnitIds };
}
