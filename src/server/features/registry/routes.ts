import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { localDate } from '../../../domain/time/local-date';
import { candidatesQuery, registerAppealBody, updateAppealBody } from './schemas';
import { registerAppeal } from './register-appeal';
import { getAppealCard } from './queries';
import { findAuthorHistory } from './author-history';
import { countJournalTotal, journalQuery, listJournal } from './journal';
import { updateAppeal } from './update-appeal';
import { annulAppeal } from './annul-appeal';
import { appealTimeline } from './timeline';
import { registrationListeners } from './after-registration';
import { computeDeadline } from '../../../domain/deadlines';
import { appealReader } from '../consideration/read-access';

const tags = ['Регистрация обращений'];
const idParams = z.object({ id: z.coerce.number().int().positive() });

export const registryRoutes: Feature = (api, deps) => {
  api.post('/appeals', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Зарегистрировать обращение', body: registerAppealBody, response: { 200: z.object({ id: z.number(), number: z.string(), created: z.boolean() }), ...errorResponses } },
    handler: async (req) => {
      const ctx = staffCtxOf(req, deps);
      const regDeps = { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone() };
      // The listeners (the registration notice job, REG-9) write inside the registering transaction;
      // a retry (created: false) runs none.
      const result = await registerAppeal(ctx, req.body, { ...regDeps, onRegistered: registrationListeners(deps) });
      if (result.created) deps.jobs.wake();
      return result;
    },
  });

  api.get('/appeals', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Журнал регистрации обращений', querystring: journalQuery, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => listJournal(deps.db, req.query, localDate(deps.clock.now(), deps.timeZone())),
  });

  api.get('/appeals/count', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Число обращений, отвечающих условиям отбора журнала (до 10 000)', querystring: journalQuery, response: { 200: z.object({ total: z.number(), exact: z.boolean() }), ...errorResponses } },
    handler: async (req) => countJournalTotal(deps.db, req.query, localDate(deps.clock.now(), deps.timeZone())),
  });

  // The registry's readers, and an executor through his assignment on the appeal (consideration/read-access.ts).
  api.get('/appeals/:id', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Регистрационная карточка обращения', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return (await getAppealCard(deps.db, req.params.id)) ?? Promise.reject(errors.notFound('Обращение', 'n'));
    },
  });

  api.put('/appeals/:id', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Исправить регистрационную карточку (изменение записывается в журнал событий)', params: idParams, body: updateAppealBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => updateAppeal(staffCtxOf(req, deps), req.params.id, req.body, { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone() }),
  });

  api.post('/appeals/:id/annul', {
    config: { access: 'appeals.annul' },
    schema: { tags, summary: 'Аннулировать ошибочно зарегистрированное обращение (с указанием причины)', params: idParams, body: z.object({ reason: z.string().trim().min(5, 'Укажите причину аннулирования.').max(1000) }), response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await annulAppeal(staffCtxOf(req, deps), req.params.id, req.body.reason);
      return getAppealCard(deps.db, req.params.id);
    },
  });

  api.get('/appeals/:id/timeline', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Ход работы с обращением (журнал событий)', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const reader = await appealReader(deps.db, req.actor!, req.params.id);
      // A co-executor sees what was sent to him, not the whole course of work (other parts, other executors).
      if (reader.kind === 'executor' && reader.role === 'co-executor') throw errors.forbidden('Ход работы с обращением доступен ответственному исполнителю и руководителям.');
      return appealTimeline(deps.db, req.params.id);
    },
  });

  api.get('/appeals/:id/deadlines', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Сроки обращения с объяснением расчёта', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      const card = await getAppealCard(deps.db, req.params.id);
      if (!card) throw errors.notFound('Обращение', 'n');
      const calendar = await deps.calendar.get();
      const registration = computeDeadline('registration', card.receivedDate, deps.profile(), calendar);
      const consideration = computeDeadline('consideration', card.registrationDate, deps.profile(), calendar);
      // DL-2: after an extension the deadline is explained from the original one (HMR 5.5).
      const extension = await deps.db.selectFrom('extensions').select(['deadline_before', 'days']).where('appeal_id', '=', req.params.id).where('decision', '=', 'approved').orderBy('id', 'desc').executeTakeFirst();
      const considerationSteps = extension ? [...consideration.steps, ...computeDeadline('extension', extension.deadline_before, deps.profile(), calendar, { amount: extension.days }).steps] : consideration.steps;
      return {
        // The stored registration deadline may come from the internet cut-off (HMR 3.5), not the 3 days.
        registration: { date: card.registrationDeadline, steps: card.registrationDeadline === registration.date ? registration.steps : [{ kind: 'result', date: card.registrationDeadline, text: `Поступило через интернет-приёмную: регистрируется не позднее ${card.registrationDeadline.split('-').reverse().join('.')} (HMR 3.5).` }] },
        consideration: { date: card.considerationDeadline, steps: considerationSteps },
      };
    },
  });

  api.get('/authors/history', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Прежние обращения автора (поиск при вводе)', querystring: candidatesQuery, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => findAuthorHistory(deps.db, { ...req.query, totkCodes: req.query.totkCodes.split(',').filter(Boolean) }),
  });
};
