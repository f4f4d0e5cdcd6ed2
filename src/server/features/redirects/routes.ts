import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { appealReader } from '../consideration/read-access';
import { idParams, redirectBody } from './schemas';
import { redirectAppeal } from './redirect-appeal';
import { computeDeadline } from '../../../domain/deadlines';

const tags = ['Переадресация по компетенции'];

/** ROU-7, ROU-10: redirection by competence. */
export const redirectRoutes: Feature = (api, deps) => {
  api.get('/appeals/:id/redirects', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Куда и какие вопросы направлены', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      const rows = await deps.db
        .selectFrom('redirects as r')
        .innerJoin('external_bodies as b', 'b.id', 'r.body_id')
        .innerJoin('appeals as ap', 'ap.id', 'r.appeal_id')
        .leftJoin('outgoing_documents as d', 'd.id', 'r.cover_letter_id')
        .select(['r.id', 'r.body_id', 'b.name as body_name', 'r.question_ids', 'r.migration', 'r.due_date', 'r.created_at', 'd.outgoing_number', 'd.outgoing_date', 'ap.registration_date'])
        .where('r.appeal_id', '=', req.params.id)
        .orderBy('r.id')
        .execute();
      const [profile, calendar] = [deps.profile(), await deps.calendar.get()];
      // ROU-7, ROU-10: how the term was counted — recomputed on reading, as every deadline's explanation is.
      return rows.map((r) => ({
        id: r.id, bodyId: r.body_id, bodyName: r.body_name, questionIds: typeof r.question_ids === 'string' ? JSON.parse(r.question_ids) : r.question_ids, migration: r.migration, dueDate: r.due_date, createdAt: r.created_at.toISOString(), outgoingNumber: r.outgoing_number, outgoingDate: r.outgoing_date,
        dueSteps: computeDeadline(r.migration ? 'migration-redirect' : 'redirect', r.registration_date, profile, calendar).steps,
      }));
    },
  });

  api.post('/appeals/:id/redirect', {
    config: { access: 'appeals.redirect' },
    schema: { tags, summary: 'Направить по компетенции (ROU-7, ROU-10)', params: idParams, body: redirectBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const result = await redirectAppeal(staffCtxOf(req, deps), req.params.id, req.body, { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone(), delivery: deps });
      deps.jobs.wake();
      return result;
    },
  });
};
