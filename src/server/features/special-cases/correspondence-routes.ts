import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { listTerminatedCorrespondence } from './correspondence-registry';
import { resumeCorrespondence } from './resume-correspondence';
import { authorParams, registryParams, resumeCorrespondenceBody } from './schemas';

const tags = ['Особые случаи (ст. 11 59-ФЗ)'];

/** SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15): the author's registry of terminated correspondence and its resumption. */
export const correspondenceRoutes: Feature = (api, deps) => {
  api.get('/authors/:authorId/terminated-correspondence', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Реестр прекращённой переписки автора (по вопросам ТОТК)', params: authorParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const author = await deps.db.selectFrom('authors').select('id').where('id', '=', req.params.authorId).executeTakeFirst();
      if (!author) throw errors.notFound('Автор', 'm');
      return listTerminatedCorrespondence(deps.db, req.params.authorId);
    },
  });

  api.post('/authors/:authorId/terminated-correspondence/:id/resume', {
    config: { access: 'appeals.correspondence' },
    schema: { tags, summary: 'Возобновить переписку по вопросу (приведены новые доводы или обстоятельства, DUKI 5.15)', params: registryParams, body: resumeCorrespondenceBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => resumeCorrespondence(staffCtxOf(req, deps), req.params.authorId, req.params.id, req.body),
  });
};
