import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { fullName } from '../../../domain/org/person-name';
import { appealStatusLabels, evaluationApplies, questionResultLabels, removalFromControlObstacles } from '../../../domain/appeal/lifecycle';
import { appealAssignments } from './queries';
import type { AppealReader } from './read-access';
import { ANSWER_KINDS } from './decide-control';

/** The consideration part of the case page: state, who holds it, resolutions, results, evaluations, control. */
export async function considerationView(db: Kysely<DB>, appealId: number, reader: AppealReader, today?: string) {
  const a = await db
    .selectFrom('appeals as ap')
    .leftJoin('users as hu', 'hu.id', 'ap.handed_to_user_id')
    .leftJoin('officials as ho', 'ho.id', 'hu.official_id')
    .leftJoin('officials as co', 'co.id', 'ap.complained_official_id')
    .leftJoin('units as cu', 'cu.id', 'ap.complained_unit_id')
    .select([
      'ap.id', 'ap.number', 'ap.status', 'ap.type', 'ap.registration_date', 'ap.control_type', 'ap.handed_to_user_id', 'ap.handed_over_at', 'ap.resolution_deadline', 'ap.urgent', 'ap.control_date', 'ap.consideration_deadline', 'ap.kept_on_control_reason', 'ap.removed_from_control_at',
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
  const answerSent = Boolean(await db.selectFrom('outgoing_documents').select('id').where('appeal_id', '=', appealId).where('kind', 'in', ANSWER_KINDS).where('status', 'in', ['sent', 'printed', 'delivered']).executeTakeFirst());
  const complaintReturn = await db.selectFrom('complaint_returns').select(['due_date', 'late', 'outgoing_number', 'outgoing_date', 'explanation', 'created_at']).where('appeal_id', '=', appealId).executeTakeFirst();
  const additional = await additionalControlOf(db, appealId, today);
  // A co-executor sees only his part, and whom to deliver his materials to (ROU-3).
  const responsibleOfParts =
    reader.kind === 'executor' && reader.role === 'co-executor'
      ? (await appealAssignments(db, appealId)).filter((x) => x.role === 'responsible' && x.status !== 'cancelled' && assignments.some((m) => m.resolutionId === x.resolutionId && m.part === x.part)).map((x) => ({ resolutionId: x.resolutionId, part: x.part, name: x.executorName }))
      : [];
  return {
    number: a.number,
    status: a.status,
    type: a.type,
    registrationDate: a.registration_date,
    controlType: a.control_type,
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
    removalObstacles: removalFromControlObstacles({ status: a.status, questions: questions.map((q) => ({ position: q.position, result: q.result })), answerSent, additionalControl: additional && !additional.closedAt ? { controlDate: additional.controlDate, reported: additional.reportedAt !== null } : null }),
    // ROU-8: the complaint returned to its author (59-ФЗ ст. 8 ч. 6).
    complaintReturn: complaintReturn
      ? { dueDate: complaintReturn.due_date, late: complaintReturn.late, outgoingNumber: complaintReturn.outgoing_number, outgoingDate: complaintReturn.outgoing_date, explanation: complaintReturn.explanation, returnedAt: complaintReturn.created_at.toISOString() }
      : null,
    // CTL-1 (DUKI 7.3): the last additional control, open or closed with the removal from control.
    additionalControl: additional,
    viewer: reader.kind === 'staff' ? 'staff' : reader.role,
  };
}

/** CTL-1 (DUKI 7.3; KHV прил. 5): the latest additional control — its date, the promise, who set it and who reports; overdue computed (DL-8). */
async function additionalControlOf(db: Kysely<DB>, appealId: number, today: string | undefined) {
  const c = await db
    .selectFrom('additional_controls as ac')
    .innerJoin('users as su', 'su.id', 'ac.set_by')
    .innerJoin('officials as so', 'so.id', 'su.official_id')
    .leftJoin('users as fu', 'fu.id', 'ac.acting_for_user_id')
    .leftJoin('officials as fo', 'fo.id', 'fu.official_id')
    .innerJoin('users as eu', 'eu.id', 'ac.executor_user_id')
    .innerJoin('officials as eo', 'eo.id', 'eu.official_id')
    .leftJoin('units as un', 'un.id', 'ac.unit_id')
    .leftJoin('outgoing_documents as d', 'd.id', 'ac.notice_document_id')
    .select([
      'ac.id', 'ac.control_date', 'ac.promise', 'ac.set_at', 'ac.report', 'ac.reported_at', 'ac.closed_at', 'ac.assignment_id', 'ac.executor_user_id', 'un.name as unit',
      'so.surname as s_surname', 'so.first_name as s_first_name', 'so.patronymic as s_patronymic', 'fo.surname as f_surname', 'fo.first_name as f_first_name', 'fo.patronymic as f_patronymic',
      'eo.surname as e_surname', 'eo.first_name as e_first_name', 'eo.patronymic as e_patronymic', 'd.outgoing_number', 'd.outgoing_date',
    ])
    .where('ac.appeal_id', '=', appealId)
    .orderBy('ac.id', 'desc')
    .executeTakeFirst();
  if (!c) return null;
  return {
    id: c.id,
    controlDate: c.control_date,
    promise: c.promise,
    setAt: c.set_at.toISOString(),
    setBy: fullName({ surname: c.s_surname, firstName: c.s_first_name, patronymic: c.s_patronymic }),
    setActingFor: c.f_surname ? fullName({ surname: c.f_surname, firstName: c.f_first_name ?? '', patronymic: c.f_patronymic }) : null,
    executorUserId: c.executor_user_id,
    executorName: fullName({ surname: c.e_surname, firstName: c.e_first_name, patronymic: c.e_patronymic }),
    unit: c.unit,
    assignmentId: c.assignment_id,
    noticeNumber: c.outgoing_number,
    noticeDate: c.outgoing_date,
    report: c.report,
    reportedAt: c.reported_at?.toISOString() ?? null,
    closedAt: c.closed_at?.toISOString() ?? null,
    overdue: today !== undefined && c.reported_at === null && c.closed_at === null && today > c.control_date,
  };
}
