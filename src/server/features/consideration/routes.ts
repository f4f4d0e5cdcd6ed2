import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { localDate } from '../../../domain/time/local-date';
import { fullName } from '../../../domain/org/person-name';
import { additionalControlBody, complainedSubjectBody, controlBody, controlReportBody, drafterBody, evaluationBody, handOverBody, handOverWorkBody, idParams, materialsBody, myAssignmentsQuery, resolutionBody, resultsBody, returnBody, returnComplaintBody, userParams } from './schemas';
import { handOverAppeal } from './hand-over-appeal';
import { makeResolution } from './make-resolution';
import { submitMaterials } from './submit-materials';
import { recordResults } from './record-results';
import { decideControl } from './decide-control';
import { recordEvaluation } from './record-evaluation';
import { setComplainedSubject } from './set-complained-subject';
import { myAssignments, resolutionQueue } from './queries';
import { considerationView } from './consideration-view';
import { appealReader } from './read-access';
import { effectiveUserId } from './shared';
import { returnNotCompetent } from './return-not-competent';
import { nameDrafter } from './name-drafter';
import { handOverWork } from './hand-over-work';
import { returnComplaint } from './return-complaint';
import { setAdditionalControl } from './additional-control';
import { reportAdditionalControl } from './report-additional-control';

const tags = ['Рассмотрение обращений'];
const ok = z.object({ ok: z.literal(true) });

/** ROU-1…8, CTL-2…4: hand-over, resolutions, «Мои поручения», materials, results, control, evaluation. */
export const considerationRoutes: Feature = (api, deps) => {
  const cdeps = async () => ({ profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone() });
  const today = () => localDate(deps.clock.now(), deps.timeZone());

  // Who may take a resolution (the hand-over list) and who may execute (the resolution form).
  const staffWithRoles = (roles: ('head' | 'deputy' | 'executor')[]) =>
    deps.db
      .selectFrom('users as u')
      .innerJoin('officials as o', 'o.id', 'u.official_id')
      .leftJoin('units as un', 'un.id', 'o.unit_id')
      .leftJoin('positions as p', 'p.id', 'o.position_id')
      .select(['u.id', 'o.surname', 'o.first_name', 'o.patronymic', 'un.name as unit', 'p.name as position', 'o.id as official_id', 'o.unit_id'])
      .where('u.active', '=', true)
      .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', roles)))
      .orderBy('o.surname')
      .execute()
      .then((rows) => rows.map((r) => ({ userId: r.id, officialId: r.official_id, unitId: r.unit_id, name: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }), unit: r.unit, position: r.position })));
  const person = z.object({ userId: z.number(), officialId: z.number(), unitId: z.number().nullable(), name: z.string(), unit: z.string().nullable(), position: z.string().nullable() });

  api.get('/consideration/deciders', {
    config: { access: 'appeals.hand-over' },
    schema: { tags, summary: 'Глава и заместители — кому передать обращение на резолюцию', response: { 200: z.array(person), ...errorResponses } },
    handler: async () => staffWithRoles(['head', 'deputy']),
  });

  api.get('/consideration/executors', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Исполнители для резолюции', response: { 200: z.array(person), ...errorResponses } },
    handler: async () => staffWithRoles(['executor', 'head', 'deputy']),
  });

  api.post('/appeals/:id/hand-over', {
    config: { access: 'appeals.hand-over' },
    schema: { tags, summary: 'Передать обращение на резолюцию (ROU-1)', params: idParams, body: handOverBody, response: { 200: z.object({ status: z.string(), resolutionDeadline: z.string() }), ...errorResponses } },
    handler: async (req) => handOverAppeal(staffCtxOf(req, deps), req.params.id, req.body.toUserId, await cdeps()),
  });

  api.put('/appeals/:id/complained-subject', {
    config: { access: 'appeals.complained-subject' },
    schema: { tags, summary: 'Чьё решение или действие обжалуется (ROU-8)', params: idParams, body: complainedSubjectBody, response: { 200: ok, ...errorResponses } },
    handler: async (req) => {
      await setComplainedSubject(staffCtxOf(req, deps), req.params.id, req.body);
      return { ok: true as const };
    },
  });

  api.get('/resolution-queue', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'На резолюцию: обращения, переданные мне', response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => resolutionQueue(deps.db, effectiveUserId(req.actor!), today()),
  });

  api.post('/appeals/:id/resolution', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Вынести резолюцию (ROU-2, ROU-3)', params: idParams, body: resolutionBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => makeResolution(staffCtxOf(req, deps), req.params.id, req.body, await cdeps()),
  });

  api.get('/my-assignments', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Мои поручения', querystring: myAssignmentsQuery, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => myAssignments(deps.db, effectiveUserId(req.actor!), today(), req.query.limit),
  });

  api.post('/assignments/:id/materials', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Представить материалы ответственному исполнителю (ROU-3)', params: idParams, body: materialsBody, response: { 200: ok, ...errorResponses } },
    handler: async (req) => {
      await submitMaterials(staffCtxOf(req, deps), req.params.id, req.body.text);
      return { ok: true as const };
    },
  });

  api.post('/assignments/:id/return', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Вернуть как не относящееся к компетенции (ROU-4)', params: idParams, body: returnBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => returnNotCompetent(staffCtxOf(req, deps), req.params.id, req.body, await cdeps()),
  });

  api.post('/assignments/:id/drafter', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Назначить исполнителя проекта ответа (ROU-5)', params: idParams, body: drafterBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => nameDrafter(staffCtxOf(req, deps), req.params.id, req.body.userId, await cdeps()),
  });

  api.post('/executors/:userId/hand-over', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Передать все поручения исполнителя другому (ROU-12)', params: userParams, body: handOverWorkBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => handOverWork(staffCtxOf(req, deps), req.params.userId, req.body.toUserId, req.body.reason),
  });

  api.get('/appeals/:id/consideration', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Рассмотрение: резолюции, исполнители, результаты, контроль', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => considerationView(deps.db, req.params.id, await appealReader(deps.db, req.actor!, req.params.id), today()),
  });

  api.post('/appeals/:id/results', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Результаты рассмотрения по вопросам (CTL-3)', params: idParams, body: resultsBody, response: { 200: ok, ...errorResponses } },
    handler: async (req) => {
      await recordResults(staffCtxOf(req, deps), req.params.id, req.body.results);
      return { ok: true as const };
    },
  });

  api.post('/appeals/:id/control', {
    config: { access: 'appeals.control' },
    schema: { tags, summary: 'Снять с контроля или оставить на контроле (CTL-2)', params: idParams, body: controlBody, response: { 200: z.object({ status: z.string() }), ...errorResponses } },
    handler: async (req) => decideControl(staffCtxOf(req, deps), req.params.id, req.body),
  });

  api.post('/appeals/:id/complaint-return', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Вернуть жалобу автору: направить её на рассмотрение невозможно (ROU-8, 59-ФЗ ст. 8 ч. 6)', params: idParams, body: returnComplaintBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const result = await returnComplaint(staffCtxOf(req, deps), req.params.id, req.body, { ...(await cdeps()), delivery: deps });
      deps.jobs.wake();
      return result;
    },
  });

  api.post('/appeals/:id/additional-control', {
    config: { access: 'appeals.control' },
    schema: { tags, summary: 'Поставить на дополнительный контроль (CTL-1, DUKI 7.3–7.4)', params: idParams, body: additionalControlBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => setAdditionalControl(staffCtxOf(req, deps), req.params.id, req.body, { profile: deps.profile(), timeZone: deps.timeZone() }),
  });

  api.post('/assignments/:id/control-report', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Доложить об окончательном решении вопроса на дополнительном контроле (CTL-1, DUKI 7.3)', params: idParams, body: controlReportBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => reportAdditionalControl(staffCtxOf(req, deps), req.params.id, req.body.text, { timeZone: deps.timeZone() }),
  });

  api.post('/appeals/:id/evaluations', {
    config: { access: 'appeals.evaluate' },
    schema: { tags, summary: 'Записать оценку автора (CTL-4)', params: idParams, body: evaluationBody, response: { 200: z.object({ id: z.number() }), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return recordEvaluation(staffCtxOf(req, deps), req.params.id, req.body);
    },
  });
};
