import { z } from 'zod';
import type { Feature } from '../../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../../platform/http/api';
import { idParams } from '../structure/schemas';
import { substitutionBody, substitutionView } from './schemas';
import { listSubstitutions } from './queries';
import { createSubstitution } from './create-substitution';
import { cancelSubstitution } from './cancel-substitution';

const tags = ['Администрирование: замещения'];
const config = { access: 'admin.users' } as const;

export const substitutionRoutes: Feature = (api, deps) => {
  api.get('/admin/substitutions', { config, schema: { tags, summary: 'Замещения', response: { 200: z.array(substitutionView), ...errorResponses } }, handler: () => listSubstitutions(deps.db) });
  api.post('/admin/substitutions', { config, schema: { tags, summary: 'Назначить замещение', body: substitutionBody, response: { 200: substitutionView, ...errorResponses } }, handler: (req) => createSubstitution(staffCtxOf(req, deps), req.body) });
  api.post('/admin/substitutions/:id/cancel', { config, schema: { tags, summary: 'Отменить замещение', params: idParams, response: { 200: substitutionView, ...errorResponses } }, handler: (req) => cancelSubstitution(staffCtxOf(req, deps), req.params.id) });
};
