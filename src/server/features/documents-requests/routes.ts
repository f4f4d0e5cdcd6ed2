import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { localDate } from '../../../domain/time/local-date';
import { appealReader } from '../consideration/read-access';
import { answeredBody, documentsRequestBody, idParams } from './schemas';
import { markDocumentsRequestAnswered, recordDocumentsRequest } from './record-documents-request';

const tags = ['Запросы документов'];

/** ANS-1, DL-3, ANS-11: requests for documents — ours and other bodies'. */
export const documentsRequestRoutes: Feature = (api, deps) => {
  const assertWorker = async (req: { actor: Parameters<typeof appealReader>[1] | null }, appealId: number) => {
    const reader = await appealReader(deps.db, req.actor!, appealId);
    const roles = req.actor!.roles;
    // The responsible executor, the head, a deputy or the registrar (who registers the letters).
    if (!(roles.includes('head') || roles.includes('deputy') || roles.includes('registrar') || (reader.kind === 'executor' && reader.role === 'responsible'))) {
      throw errors.forbidden('Запросы по обращению ведёт ответственный исполнитель.');
    }
  };

  api.get('/appeals/:id/documents-requests', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Запросы документов по обращению', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      const today = localDate(deps.clock.now(), deps.timeZone());
      const rows = await deps.db.selectFrom('documents_requests as r').innerJoin('external_bodies as b', 'b.id', 'r.body_id').leftJoin('outgoing_documents as d', 'd.id', 'r.outgoing_document_id').select(['r.id', 'r.direction', 'b.name as body_name', 'r.text', 'r.letter_date', 'r.letter_number', 'r.registered_date', 'r.due_date', 'r.answered_at', 'r.answer_note', 'd.outgoing_number']).where('r.appeal_id', '=', req.params.id).orderBy('r.id').execute();
      // DL-8: overdue is computed.
      return rows.map((r) => ({ id: r.id, direction: r.direction, bodyName: r.body_name, text: r.text, letterDate: r.letter_date, letterNumber: r.letter_number, outgoingNumber: r.outgoing_number, registeredDate: r.registered_date, dueDate: r.due_date, answeredAt: r.answered_at?.toISOString() ?? null, answerNote: r.answer_note, overdue: !r.answered_at && r.due_date < today }));
    },
  });

  api.post('/appeals/:id/documents-requests', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Запросить документы у другого органа или записать поступивший запрос', params: idParams, body: documentsRequestBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await assertWorker(req, req.params.id);
      const result = await recordDocumentsRequest(staffCtxOf(req, deps), req.params.id, req.body, { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone(), delivery: deps });
      deps.jobs.wake();
      return result;
    },
  });

  api.post('/documents-requests/:id/answered', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Отметить ответ на запрос', params: idParams, body: answeredBody, response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses } },
    handler: async (req) => {
      const r = await deps.db.selectFrom('documents_requests').select('appeal_id').where('id', '=', req.params.id).executeTakeFirst();
      if (!r) throw errors.notFound('Запрос', 'm');
      await assertWorker(req, r.appeal_id);
      await markDocumentsRequestAnswered(staffCtxOf(req, deps), req.params.id, req.body.note);
      return { ok: true as const };
    },
  });
};
