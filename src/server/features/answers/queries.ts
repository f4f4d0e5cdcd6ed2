import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { answerStatusLabels, currentStep } from '../../../domain/answers/answer-flow';
import { fullName } from '../../../domain/org/person-name';

/** The answers of an appeal with their versions and routes (the case page). */
export async function appealAnswers(db: Kysely<DB>, appealId: number) {
  const answers = await db.selectFrom('answers').selectAll().where('appeal_id', '=', appealId).orderBy('id').execute();
  if (answers.length === 0) return [];
  const ids = answers.map((a) => a.id);
  const versions = await db.selectFrom('answer_versions').select(['id', 'answer_id', 'version', 'body', 'file_name', 'created_at']).where('answer_id', 'in', ids).orderBy('version').execute();
  const approvals = await db
    .selectFrom('answer_approvals as s')
    .innerJoin('users as u', 'u.id', 's.approver_user_id')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['s.answer_id', 's.version', 's.step', 's.approver_user_id', 's.decision', 's.comment', 's.decided_at', 'o.surname', 'o.first_name', 'o.patronymic'])
    .where('s.answer_id', 'in', ids)
    .orderBy('s.version')
    .orderBy('s.step')
    .execute();
  return answers.map((a) => {
    const route = approvals.filter((s) => s.answer_id === a.id && s.version === a.version);
    const steps = route.map((s) => ({ step: s.step, approverUserId: s.approver_user_id, decision: s.decision }));
    const turn = a.status === 'approval' ? currentStep(steps) : null;
    const last = steps.length ? Math.max(...steps.map((s) => s.step)) : 0;
    return {
      id: a.id,
      status: a.status,
      statusLabel: answerStatusLabels[a.status],
      version: a.version,
      signedAt: a.signed_at?.toISOString() ?? null,
      outgoingNumber: a.outgoing_number,
      outgoingDate: a.outgoing_date,
      drafterUserId: a.drafter_user_id,
      versions: versions.filter((v) => v.answer_id === a.id).map((v) => ({ id: v.id, version: v.version, body: v.body, fileName: v.file_name, createdAt: v.created_at.toISOString() })),
      route: route.map((s) => ({
        step: s.step,
        approverUserId: s.approver_user_id,
        approverName: fullName({ surname: s.surname, firstName: s.first_name, patronymic: s.patronymic }),
        signs: s.step === last,
        decision: s.decision,
        comment: s.comment,
        decidedAt: s.decided_at?.toISOString() ?? null,
      })),
      turnUserId: turn?.approverUserId ?? null,
    };
  });
}

/**
 * ANS-4, ANS-5: whom the drafter may put on the approval route — active staff with the given roles
 * (the same shape as GET /api/consideration/deciders), so an executor can build the route without
 * the registrar's or the head's lists.
 */
export async function activeStaffWithRoles(db: Kysely<DB>, roles: ('head' | 'deputy' | 'executor')[]) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('units as un', 'un.id', 'o.unit_id')
    .leftJoin('positions as p', 'p.id', 'o.position_id')
    .select(['u.id', 'o.surname', 'o.first_name', 'o.patronymic', 'un.name as unit', 'p.name as position', 'o.id as official_id', 'o.unit_id'])
    .where('u.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', roles)))
    .orderBy(sql`o.surname collate "und-x-icu"`)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ userId: r.id, officialId: r.official_id, unitId: r.unit_id, name: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }), unit: r.unit, position: r.position }));
}
