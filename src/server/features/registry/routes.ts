import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { localDate } from '../../../domain/time/local-date';
import { candidatesQuery, registerAppealBody } from './schemas';
import { registerAppeal } from './register-appeal';
import { getAppealCard } from './queries';
import { findAuthorHistory } from './author-history';
import { journalQuery, listJournal } from './journal';

const tags = ['Регистрация обращений'];
const idParams = z.object({ id: z.coerce.number().int().positive() });

export const registryRoutes: Feature = (api, deps) => {
  api.post('/appeals', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Зарегистрировать обращение', body: registerAppealBody, response: { 200: z.object({ id: z.number(), number: z.string(), created: z.boolean() }), ...errorResponses } },
    handler: async (req) => registerAppeal(staffCtxOf(req, deps), req.body, { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone() }),
  });

  api.get('/appeals', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Журнал регистрации обращений', querystring: journalQuery, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => listJournal(deps.db, req.query, localDate(deps.clock.now(), deps.timeZone())),
  });

  api.get('/appeals/:id', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Регистрационная карточка обращения', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => (await getAppealCard(deps.db, req.params.id)) ?? Promise.reject(errors.notFound('Обращение')),
  });

  api.get('/authors/history', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Прежние обращения автора (поиск при вводе)', querystring: candidatesQuery, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => findAuthorHistory(deps.db, { ...req.query, totkCodes: req.query.totkCodes.split(',').filter(Boolean) }),
  });
};
