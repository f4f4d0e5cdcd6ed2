import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { localDate } from '../../../domain/time/local-date';
import { appealReader } from '../consideration/read-access';
import { applyDisposition } from './apply-disposition';
import { dispositionChoices, listDispositions } from './queries';
import { catalogueQuery, dispositionBody, idParams } from './schemas';
import { correspondenceRoutes } from './correspondence-routes';
import { informedCourtesyLetters } from './courtesy-letters';
import { effectiveUserId } from '../consideration/shared';

const tags = ['Особые случаи (ст. 11 59-ФЗ)'];

/** Issue 6 (SPC-1…13): special-case dispositions. */
export const specialCaseRoutes: Feature = (api, deps) => {
  const cdeps = async () => ({ profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone() });

  api.get('/special-cases/catalogue', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Особые случаи, которые пользователь вправе применить к обращению, со сроками', querystring: catalogueQuery, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.query.appealId);
      const c = await cdeps();
      return dispositionChoices(deps.db, req.actor!, req.query.appealId, { ...c, today: localDate(deps.clock.now(), c.timeZone) });
    },
  });

  api.post('/appeals/:id/disposition', {
    config: { access: 'appeals.special-case' },
    schema: { tags, summary: 'Принять решение по особому случаю (SPC-1…13, 59-ФЗ ст. 11)', params: idParams, body: dispositionBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const result = await applyDisposition(staffCtxOf(req, deps), req.params.id, req.body, { ...(await cdeps()), delivery: deps });
      deps.jobs.wake();
      return result;
    },
  });

  api.get('/appeals/:id/dispositions', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Решения по особым случаям по обращению', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return listDispositions(deps.db, req.params.id);
    },
  });

  // SPC-7 (HMR 7.6 абз. 2): «Мои поручения» → «Для ознакомления» — the letters passed to the user (or to whom he substitutes).
  api.get('/special-cases/informed', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Письма (приглашения, поздравления, соболезнования, оценки деятельности), переданные пользователю для ознакомления', response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => informedCourtesyLetters(deps.db, effectiveUserId(req.actor!)),
  });

  // SPC-5: the registry of terminated correspondence and its resumption.
  correspondenceRoutes(api, deps);
};
