import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { appealReader } from '../consideration/read-access';
import { computeDeadline } from '../../../domain/deadlines';
import { extensionDecisionBody, extensionRequestBody, idParams } from './schemas';
import { requestExtension } from './request-extension';
import { decideExtension } from './decide-extension';

const tags = ['Продление срока рассмотрения'];

/** DL-2: the executor's memo and the head's decision. */
export const extensionRoutes: Feature = (api, deps) => {
  const cdeps = async () => ({ profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone() });

  api.get('/appeals/:id/extensions', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Служебные записки о продлении срока и решения по ним', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      const rows = await deps.db.selectFrom('extensions').selectAll().where('appeal_id', '=', req.params.id).orderBy('id').execute();
      const { profile, calendar } = await cdeps();
      // The explanation of the new deadline is recomputed on reading (as every deadline's is).
      return rows.map((r) => ({
        id: r.id, reasons: r.reasons, days: r.days, requestedAt: r.requested_at.toISOString(), requestDue: r.request_due, deadlineBefore: r.deadline_before, decision: r.decision, decidedAt: r.decided_at?.toISOString() ?? null, comment: r.decision_comment, newDeadline: r.new_deadline,
        newDeadlineSteps: r.decision === 'approved' ? computeDeadline('extension', r.deadline_before, profile, calendar, { amount: r.days }).steps : [],
      }));
    },
  });

  api.post('/appeals/:id/extensions', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Служебная записка о продлении срока (DL-2)', params: idParams, body: extensionRequestBody, response: { 200: z.object({ id: z.number(), requestDue: z.string() }), ...errorResponses } },
    handler: async (req) => requestExtension(staffCtxOf(req, deps), req.params.id, req.body, await cdeps()),
  });

  api.post('/extensions/:id/decision', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Решение главы о продлении срока', params: idParams, body: extensionDecisionBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const result = await decideExtension(staffCtxOf(req, deps), req.params.id, req.body, { ...(await cdeps()), delivery: deps });
      deps.jobs.wake();
      return result;
    },
  });
};
