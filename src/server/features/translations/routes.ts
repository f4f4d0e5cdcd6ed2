import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { appealReader } from '../consideration/read-access';
import { computeDeadline } from '../../../domain/deadlines';
import { appealTranslations } from './queries';
import { recordTranslation } from './record-translation';
import { requestTranslation } from './request-translation';
import { idParams, translationReceiptBody, translationRequestBody } from './schemas';

const tags = ['Перевод обращения (REG-11)'];

/** REG-11 (HMR 7.15): an appeal written not in Russian — its copy sent for translation the same day, tracked. */
export const translationRoutes: Feature = (api, deps) => {
  api.get('/appeals/:id/translations', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Направления на перевод и полученные переводы', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return appealTranslations(deps.db, req.params.id);
    },
  });

  // The term the dialog shows before sending: the engine's date with its explanation.
  api.get('/appeals/:id/translation-term', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Срок направления копии на перевод', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const appeal = await deps.db.selectFrom('appeals').select('received_date').where('id', '=', req.params.id).executeTakeFirst();
      if (!appeal) return { date: null, steps: [] };
      const due = computeDeadline('translation', appeal.received_date, deps.profile(), await deps.calendar.get());
      return { date: due.date, steps: due.steps };
    },
  });

  api.post('/appeals/:id/translation', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Направить копию обращения на перевод (HMR 7.15)', params: idParams, body: translationRequestBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => requestTranslation(staffCtxOf(req, deps), req.params.id, req.body, { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone(), delivery: deps }),
  });

  api.post('/translations/:id/received', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Внести полученный перевод', params: idParams, body: translationReceiptBody, response: { 200: z.object({ id: z.number(), status: z.literal('received') }), ...errorResponses } },
    handler: async (req) => recordTranslation(staffCtxOf(req, deps), req.params.id, req.body, { timeZone: deps.timeZone() }),
  });
};
