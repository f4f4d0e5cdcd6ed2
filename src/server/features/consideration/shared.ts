import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/actor';
import type { Profile } from '../../../domain/profiles';
import type { ProductionCalendar } from '../../../domain/calendar';
import { errors } from '../../platform/errors';
import { transition, type AppealAction, type AppealStatus } from '../../../domain/appeal/lifecycle';

export type ConsiderationDeps = { profile: Profile; calendar: ProductionCalendar; timeZone: string };

/** Whose authority the actor uses: his own, or the absent person's in substitute mode (ADM-1). */
export function effectiveUserId(actor: Pick<Actor, 'userId' | 'actingFor'>): number {
  return actor.actingFor?.userId ?? actor.userId;
}

/** Locks the appeal for a state change and checks the lifecycle allows `action`. */
export async function lockForAction(trx: Kysely<DB>, appealId: number, action: AppealAction) {
  const appeal = await trx
    .selectFrom('appeals')
    .select(['id', 'number', 'status', 'consideration_deadline', 'registration_date', 'handed_to_user_id', 'complained_official_id', 'complained_unit_id', 'urgent', 'control_date'])
    .where('id', '=', appealId)
    .forUpdate()
    .executeTakeFirst();
  if (!appeal) throw errors.notFound('Обращение', 'n');
  const step = transition(appeal.status, action);
  if (!step.ok) throw errors.conflict(`№ ${appeal.number}: ${step.reason}`);
  return { ...appeal, to: step.to as AppealStatus };
}
