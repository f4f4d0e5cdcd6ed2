import type { StaffCtx } from '../../../platform/context';
import { recordEvent } from '../../../platform/events';
import { getOrganisation } from './queries';
import type { OrganisationInput } from './schemas';

/** ADM-1: the organisation's details shown on the portal and in documents. */
export async function updateOrganisation(ctx: StaffCtx, input: OrganisationInput, onTimeZoneChange: (tz: string) => void) {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getOrganisation(trx);
    await trx
      .updateTable('organisation')
      .set({
        full_name: input.fullName,
        short_name: input.shortName,
        head_title: input.headTitle,
        postal_address: input.postalAddress,
        phones: JSON.stringify(input.phones),
        email: input.email,
        site: input.site,
        time_zone: input.timeZone,
        working_hours: JSON.stringify(input.workingHours),
        reception_hours: input.receptionHours,
        updated_at: now,
      })
      .execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'organisation', entityId: 1, action: 'organisation.updated', before, after: input, requestId: ctx.requestId });
  });
  onTimeZoneChange(input.timeZone);
  return getOrganisation(ctx.db);
}
