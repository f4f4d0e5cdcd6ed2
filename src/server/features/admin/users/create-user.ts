import { sql } from 'kysely';
import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { generatePassword, hashPassword } from '../../../platform/auth/passwords';
import { checkStructureRefs } from '../structure/refs';
import { saveRoles } from './save-roles';
import { getUser } from './queries';
import type { CreateUserInput } from './schemas';

/** ADM-1: a new user with an official record and a generated password to change at first login. */
export async function createUser(ctx: StaffCtx, input: CreateUserInput) {
  const now = ctx.clock.now();
  const password = generatePassword();
  const hash = await hashPassword(password);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where(sql`lower(login)`, '=', input.login.toLowerCase()).executeTakeFirst();
    if (taken) throw errors.conflict('Имя пользователя уже занято.', { login: 'Имя пользователя уже занято.' });
    await checkStructureRefs(trx, { positionId: input.positionId, unitId: input.unitId, unitIds: input.supervisedUnitIds });
    const org = await trx.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    const official = await trx
      .insertInto('officials')
      .values({ organisation_id: org.id, surname: input.surname, first_name: input.firstName, patronymic: input.patronymic, position_id: input.positionId, unit_id: input.unitId, phone: input.phone, email: input.email })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await trx
      .insertInto('users')
      .values({ organisation_id: org.id, official_id: official.id, login: input.login, password_hash: hash, must_change_password: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveRoles(trx, user.id, input.roles, input.supervisedUnitIds);
    const { login, roles, supervisedUnitIds, positionId, unitId } = input;
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'user', entityId: user.id, action: 'user.created', after: { login, roles, supervisedUnitIds, positionId, unitId, officialId: official.id }, requestId: ctx.requestId });
    return user.id;
  });
  const user = await getUser(ctx.db, id, now);
  if (!user) throw errors.notFound('Пользователь', 'm');
  return { user, password };
}
