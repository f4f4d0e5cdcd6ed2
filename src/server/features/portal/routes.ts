import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { getProfile } from '../../../domain/profiles';
import { errors } from '../../platform/errors';

const publicOrganisation = z.object({
  fullName: z.string(),
  shortName: z.string(),
  headTitle: z.string(),
  postalAddress: z.string(),
  phones: z.array(z.object({ label: z.string(), number: z.string() })),
  email: z.string(),
  site: z.string(),
  workingHours: z.array(z.object({ days: z.string(), hours: z.string(), break: z.string().optional() })),
  receptionHours: z.string().nullable(),
  procedureLinks: z.array(z.object({ title: z.string(), reference: z.string() })),
});

/** PUB-4: contacts, working hours and the procedure, for the public portal. */
export const portalRoutes: Feature = (api, deps) => {
  api.get('/public/organisation', {
    config: { access: 'public' },
    schema: { tags: ['Портал'], summary: 'Контакты, часы работы и порядок рассмотрения обращений', response: { 200: publicOrganisation } },
    handler: async () => {
      const org = await deps.db.selectFrom('organisation').selectAll().executeTakeFirst();
      if (!org) throw errors.notFound('Организация');
      return {
        fullName: org.full_name,
        shortName: org.short_name,
        headTitle: org.head_title,
        postalAddress: org.postal_address,
        phones: org.phones,
        email: org.email,
        site: org.site,
        workingHours: org.working_hours,
        receptionHours: org.reception_hours,
        procedureLinks: getProfile(org.profile_code)?.procedureLinks ?? [],
      };
    },
  });
};
