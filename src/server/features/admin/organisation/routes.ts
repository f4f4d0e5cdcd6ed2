import type { Feature } from '../../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../../platform/http/api';
import { organisationBody, organisationView } from './schemas';
import { getOrganisation } from './queries';
import { updateOrganisation } from './update-organisation';

const tags = ['Администрирование: организация'];

export const organisationRoutes: Feature = (api, deps) => {
  api.get('/admin/organisation', {
    config: { access: 'admin.structure' },
    schema: { tags, summary: 'Реквизиты организации', response: { 200: organisationView, ...errorResponses } },
    handler: () => getOrganisation(deps.db),
  });
  api.put('/admin/organisation', {
    config: { access: 'admin.structure' },
    schema: { tags, summary: 'Изменить реквизиты организации', body: organisationBody, response: { 200: organisationView, ...errorResponses } },
    handler: (req) => updateOrganisation(staffCtxOf(req, deps), req.body, deps.setTimeZone),
  });
};
