import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { recordEvent } from '../../platform/events';
import type { Profile } from '../../../domain/profiles';

/**
 * First start: the organisation, its units and positions come from the chosen profile
 * (PRIEMNAYA_PROFILE). Later starts find it and change nothing.
 */
export async function setupOrganisation(db: Kysely<DB>, profile: Profile, now: Date): Promise<{ id: number; created: boolean }> {
  const existing = await db.selectFrom('organisation').select('id').executeTakeFirst();
  if (existing) return { id: existing.id, created: false };

  return db.transaction().execute(async (trx) => {
    const o = profile.organisation;
    const org = await trx
      .insertInto('organisation')
      .values({
        profile_code: profile.code,
        full_name: o.fullName,
        short_name: o.shortName,
        head_title: o.headTitle,
        postal_address: o.postalAddress,
        phones: JSON.stringify(o.phones),
        email: o.email,
        site: o.site,
        time_zone: o.timeZone,
        working_hours: JSON.stringify(o.workingHours),
        reception_hours: o.receptionHours ?? null,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const unitIds = new Map<string, number>();
    // Parents first: a unit is inserted once its parent has an id.
    const pending = [...profile.structure.units];
    let order = 0;
    while (pending.length > 0) {
      const index = pending.findIndex((u) => !u.parentKey || unitIds.has(u.parentKey));
      if (index < 0) throw new Error(`Профиль ${profile.code}: подразделения ссылаются на несуществующих родителей`);
      const [unit] = pending.splice(index, 1);
      if (!unit) break;
      const row = await trx
        .insertInto('units')
        .values({ organisation_id: org.id, parent_id: unit.parentKey ? (unitIds.get(unit.parentKey) ?? null) : null, name: unit.name, kind: unit.kind, sort_order: order++ })
        .returning('id')
        .executeTakeFirstOrThrow();
      unitIds.set(unit.key, row.id);
    }
    for (const p of profile.structure.positions) {
      await trx
        .insertInto('positions')
        .values({ organisation_id: org.id, unit_id: p.unitKey ? (unitIds.get(p.unitKey) ?? null) : null, name: p.name, is_head: p.isHead ?? false })
        .execute();
    }
    await recordEvent(trx, {
      actor: null,
      at: now,
      entityType: 'organisation',
      entityId: org.id,
      action: 'organisation.created',
      after: { profile: profile.code, name: o.fullName, units: unitIds.size, positions: profile.structure.positions.length },
      legalGround: `Профиль ${profile.code}: ${profile.seed}`,
    });
    return { id: org.id, created: true };
  });
}
