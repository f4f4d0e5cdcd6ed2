import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { fullName } from '../../../domain/org/person-name';
import { appealStatusLabels, evaluationApplies, questionResultLabels, removalFromControlObstacles } from '../../../domain/appeal/lifecycle';
import { appealAssignments } from './queries';
import type { AppealReader } from './read-access';

/** The consideration part of the case page: state, who holds it, resolutions, results, evaluations, control. */
export async function considerationView(db: Kysely<DB>, appealId: number, reader: AppealReader) {
  const a = await db
    .selectFrom('appeals as ap')
    .leftJoin('users as hu', 'hu.id', 'ap.handed_to_user_id')
    .leftJoin('officials as ho', 'ho.id', 'hu.official_id')
    .leftJoin('officials as co', 'co.id', 'ap.complained_official_id')
    .leftJoin('units as cu', 'cu.id', 'ap.complained_unit_id')
    .select([
      'ap.id', 'ap.number', 'ap.status', 'ap.handed_to_user_id', 'ap.handed_over_at', 'ap.resolution_deadline', 'ap.urgent', 'ap.control_date', 'ap.consideration_deadline', 'ap.kept_on_control_reason', 'ap.removed_from_control_at',
      'ap.complained_official_id', 'ap.complained_unit_id', 'ho.surname as h_surname', 'ho.first_name as h_first_name', 'ho.patronymic as h_patronymic',
      'co.surname as c_surname', 'co.first_name as c_first_name', 'co.patronymic as c_patronymic', 'cu.name as c_unit',
    ])
    .where('ap.id', '=', appealId)
    .executeTakeFirst();
  if (!a) throw errors.notFound('Обращение', 'n');
  const questions = await db
    .selectFrom('appeal_questions as q')
    .innerJoin('totk as t', 't.code', 'q.totk_code')
    .select(['q.id', 'q.position', 'q.totk_code', 't.name', 'q.annotation', 'q.result'])
    .where('q.appeal_id', '=', appealId)
    .orderBy('q.position')
    .execute();
  const assignments = await appealAssignments(db, appealId, reader.kind === 'executor' && reader.role === 'co-executor' ? { executorUserId: reader.userId } : undefined);
  const evaluations = await db.selectFrom('evaluations').select(['id', 'value', 'channel', 'received_at', 'note']).where('appeal_id', '=', appealId).orderBy('received_at').execute();
  const answerSent = Boolean(await db.selectFrom('outgoing_documents').select('id').where('appeal_id', '=', appealId).where('kind', '=', 'answer').where('status', 'in', ['sent', 'printed', 'delivered']).executeTakeFirst());
  // A co-executor sees only his part, and whom to deliver his materials to (ROU-3).
  const responsibleOfParts =
    reader.kind === 'executor' && reader.role === 'co-executor'
      ? (await appealAssignments(db, appealId)).filter((x) => x.role === 'responsible' && x.status !== 'cancelled' && assignments.some((m) => m.resolutionId === x.resolutionId && m.part === x.part)).map((x) => ({ resolutionId: x.resolutionId, part: x.part, name: x.executorName }))
      : [];
  return {
    number: a.number,
    status: a.status,
    handedToUserId: a.handed_to_user_id,
    responsibleOfParts,
    statusLabel: appealStatusLabels[a.status],
    handedTo: a.h_surname ? fullName({ surname: a.h_surname, firstName: a.h_first_name ?? '', patronymic: a.h_patronymic }) : null,
    handedOverAt: a.handed_over_at?.toISOString() ?? null,
    resolutionDeadline: a.resolution_deadline,
    urgent: a.urgent,
    controlDate: a.control_date,
    considerationDeadline: a.consideration_deadline,
    complained: { officialId: a.complained_official_id, officialName: a.c_surname ? fullName({ surname: a.c_surname, firstName: a.c_first_name ?? '', patronymic: a.c_patronymic }) : null, unitId: a.complained_unit_id, unitName: a.c_unit },
    questions: questions.map((q) => ({ id: q.id, position: q.position, totkCode: q.totk_code, name: q.name, annotation: q.annotation, result: q.result, resultLabel: q.result ? questionResultLabels[q.result] : null })),
    assignments,
    evaluations: evaluations.map((e) => ({ id: e.id, value: e.value, channel: e.channel, receivedAt: e.received_at.toISOString(), note: e.note })),
    evaluationApplies: evaluationApplies(questions.map((q) => q.result)),
    keptOnControlReason: a.kept_on_control_reason,
    removedFromControlAt: a.removed_from_control_at?.toISOString() ?? null,
    removalObstacles: removalFromControlObstacles({ status: a.status, questions: questions.map((q) => ({ position: q.position, result: q.result })), answerSent }),
    viewer: reader.kind === 'staff' ? 'staff' : reader.role,
  };
}
