import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { externalBodyBody, externalBodyIdParams, externalBodyQuery, externalBodyView } from './schemas';
import { listExternalBodies } from './queries';
import { saveExternalBody } from './save-external-body';

const tags = ['Справочник органов и организаций'];

/** ADM-3: the directory of external bodies — read by every staff member (pickers), kept by the administrator. */
export const externalBodyRoutes: Feature = (api, deps) => {
  const manage = { access: 'admin.external-bodies' } as const;

  api.get('/external-bodies', {
    config: { access: 'external-bodies.read' },
    schema: { tags, summary: 'Органы и организации: поиск по наименованию', querystring: externalBodyQuery, response: { 200: z.array(externalBodyView), ...errorResponses } },
    handler: (req) => listExternalBodies(deps.db, req.query),
  });
  api.post('/admin/external-bodies', {
    config: manage,
    schema: { tags, summary: 'Добавить орган или организацию', body: externalBodyBody, response: { 200: externalBodyView, ...errorResponses } },
    handler: (req) => saveExternalBody(staffCtxOf(req, deps), undefined, req.body),
  });
  api.put('/admin/external-bodies/:id', {
    config: manage,
    schema: { tags, summary: 'Изменить орган или организацию', params: externalBodyIdParams, body: externalBodyBody, response: { 200: externalBodyView, ...errorResponses } },
    handler: (req) => saveExternalBody(staffCtxOf(req, deps), req.params.id, req.body),
  });
};
