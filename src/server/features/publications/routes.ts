import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { appealReader } from '../consideration/read-access';
import { approvePublication } from './approve-publication';
import { proposePublication } from './propose-publication';
import { returnPublication } from './return-publication';
import { answerForPublication, appealPublications, publicationDraft, publishedAnswers } from './queries';
import { publicBaseUrl, publicBaseUrlWarning } from './public-url';
import { idParams, proposalBody, publicAnswer, returnBody, withdrawBody } from './schemas';
import { withdrawPublication } from './withdraw-publication';

const tags = ['Ответы, затрагивающие интересы неопределенного круга лиц (SPC-11)'];

/** SPC-11 (59-ФЗ ст. 10 ч. 4, ст. 11 ч. 5.1; HMR 7.8–7.10, DUKI 5.21–5.22): publication of answers. */
export const publicationRoutes: Feature = (api, deps) => {
  const cdeps = async () => ({ profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone() });

  // The public portal (PUB-4): no login; only what was published, without personal data (SEC-5).
  api.get('/public/answers', {
    config: { access: 'public' },
    schema: { tags: ['Портал'], summary: 'Ответы на обращения, затрагивающие интересы неопределенного круга лиц', response: { 200: z.array(publicAnswer) } },
    handler: async () => publishedAnswers(deps.db, deps.timeZone()),
  });

  api.get('/public/answers/:id', {
    config: { access: 'public' },
    schema: { tags: ['Портал'], summary: 'Опубликованный ответ', params: idParams, response: { 200: publicAnswer, ...errorResponses } },
    handler: async (req) => {
      const [found] = await publishedAnswers(deps.db, deps.timeZone(), { id: req.params.id });
      if (!found) throw errors.notFound('Опубликованный ответ', 'm');
      return found;
    },
  });

  api.get('/appeals/:id/publications', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Публикации ответов по обращению', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return appealPublications(deps.db, req.params.id);
    },
  });

  api.get('/answers/:id/publication-draft', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Текст ответа для публикации: персональные данные автора удалены', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, (await answerForPublication(deps.db, req.params.id)).appeal_id);
      return publicationDraft(deps.db, req.params.id);
    },
  });

  api.post('/answers/:id/publication', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Предложить ответ к опубликованию на официальном сайте (HMR 7.8–7.9)', params: idParams, body: proposalBody, response: { 200: z.object({ id: z.number(), status: z.literal('proposed') }), ...errorResponses } },
    handler: async (req) => proposePublication(staffCtxOf(req, deps), req.params.id, req.body),
  });

  api.post('/publications/:id/approve', {
    config: { access: 'publications.approve' },
    schema: { tags, summary: 'Одобрить текст — ответ публикуется (HMR 7.9)', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const baseUrl = publicBaseUrl(deps.config, req);
      return approvePublication(staffCtxOf(req, deps), req.params.id, { ...(await cdeps()), baseUrl, baseUrlWarning: publicBaseUrlWarning(baseUrl) });
    },
  });

  api.post('/publications/:id/withdraw', {
    config: { access: 'publications.approve' },
    schema: { tags, summary: 'Снять ответ с публикации (причина обязательна)', params: idParams, body: withdrawBody, response: { 200: z.object({ id: z.number(), status: z.literal('withdrawn') }), ...errorResponses } },
    handler: async (req) => withdrawPublication(staffCtxOf(req, deps), req.params.id, req.body.reason),
  });

  api.post('/publications/:id/return', {
    config: { access: 'publications.approve' },
    schema: { tags, summary: 'Вернуть текст исполнителю на доработку (HMR 7.9)', params: idParams, body: returnBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => returnPublication(staffCtxOf(req, deps), req.params.id, req.body.reason, await cdeps()),
  });
};
