import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { contentDisposition } from '../../platform/http/content-disposition';
import { DOCX_MIME } from '../../platform/documents/docx-template';
import { candidatesQuery, candidatesView, createdView, createMassActionBody, idParams, letterParams, massActionSummaryView, massActionView, selectionQuery, selectionView } from './schemas';
import { listCandidates, listMassActions, massActionProgress, selection } from './queries';
import { createMassAction } from './create-mass-action';
import { retryMassAction } from './retry-mass-action';
import { massActionJob } from './run-mass-action';
import { resumeMassActions } from './resume-mass-actions';

const tags = ['Одномоментные акции'];

/** REG-12 (HMR 7.14): mass actions — selection, launch, progress, the registry, the retry of failures. */
export const massActionRoutes: Feature = (api, deps) => {
  const term = { profile: deps.profile, calendar: deps.calendar, timeZone: deps.timeZone };
  const job = massActionJob({ ...term, delivery: deps, log: api.log });
  deps.jobs.register(job);

  // After a restart an interrupted action continues at once (not when the dead runner's lease expires).
  api.addHook('onReady', async () => {
    try {
      const resumed = await resumeMassActions(deps.db, deps.jobs, job);
      if (resumed.length > 0) {
        api.log.info({ actions: resumed }, 'mass actions resumed');
        deps.jobs.wake();
      }
    } catch (err) {
      api.log.error({ err }, 'resuming mass actions failed');
    }
  });

  api.get('/mass-actions/candidates', {
    config: { access: 'appeals.mass-action' },
    schema: { tags, summary: 'Вопросы обращений, зарегистрированных за день, и число обращений по каждому', querystring: candidatesQuery, response: { 200: candidatesView, ...errorResponses } },
    handler: async (req) => listCandidates(deps.db, req.query.date),
  });

  api.get('/mass-actions/selection', {
    config: { access: 'appeals.mass-action' },
    schema: { tags, summary: 'Обращения одного вопроса, зарегистрированные за день и ещё не направленные на рассмотрение', querystring: selectionQuery, response: { 200: selectionView, ...errorResponses } },
    handler: async (req) => selection(deps.db, req.query.date, req.query.totkCode, term, deps.clock.now()),
  });

  api.get('/mass-actions', {
    config: { access: 'appeals.mass-action' },
    schema: { tags, summary: 'Одномоментные акции (последние 100)', response: { 200: z.array(massActionSummaryView), ...errorResponses } },
    handler: async () => listMassActions(deps.db),
  });

  api.post('/mass-actions', {
    config: { access: 'appeals.mass-action' },
    schema: { tags, summary: 'Провести одномоментную акцию: направить обращения по компетенции одним реестром (HMR 7.14)', body: createMassActionBody, response: { 201: createdView, ...errorResponses } },
    handler: async (req, reply) => {
      const created = await createMassAction(staffCtxOf(req, deps), req.body, { jobs: deps.jobs, job, term });
      deps.jobs.wake();
      return reply.code(201).send(created);
    },
  });

  api.get('/mass-actions/:id', {
    config: { access: 'appeals.mass-action' },
    schema: { tags, summary: 'Ход выполнения одномоментной акции', params: idParams, response: { 200: massActionView, ...errorResponses } },
    handler: async (req) => {
      const view = await massActionProgress(deps.db, req.params.id, term, deps.clock.now());
      if (!view) throw errors.notFound('Одномоментная акция', 'f');
      return view;
    },
  });

  api.post('/mass-actions/:id/retry', {
    config: { access: 'appeals.mass-action' },
    schema: { tags, summary: 'Повторить направление обращений, которые не удалось направить', params: idParams, response: { 200: z.object({ retried: z.number() }), ...errorResponses } },
    handler: async (req) => {
      const result = await retryMassAction(staffCtxOf(req, deps), req.params.id, { jobs: deps.jobs, job });
      deps.jobs.wake();
      return result;
    },
  });

  api.get('/mass-actions/:id/letters/:letterId/registry', {
    config: { access: 'appeals.mass-action' },
    schema: { tags, summary: 'Скачать реестр обращений (.docx)', params: letterParams, response: { 200: z.unknown().describe('Файл реестра'), ...errorResponses } },
    handler: async (req, reply) => {
      const letter = await deps.db.selectFrom('mass_action_letters').select(['id', 'registry_file_name', 'registry_content']).where('id', '=', req.params.letterId).where('action_id', '=', req.params.id).executeTakeFirst();
      if (!letter) throw errors.notFound('Реестр', 'm');
      return reply
        .header('content-type', DOCX_MIME)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition('attachment', letter.registry_file_name, `registry-${letter.id}.docx`))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(letter.registry_content));
    },
  });
};
