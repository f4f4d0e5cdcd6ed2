import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { fullName } from '../../../domain/org/person-name';
import { calendarDaysBetween } from '../../../domain/time/days-between';

const nameOf = (o: { surname: string; first_name: string; patronymic: string | null }) => fullName({ surname: o.surname, firstName: o.first_name, patronymic: o.patronymic });

/** ROU-1: «На резолюцию» — what was passed to this official, oldest first, with the resolution deadline. */
export async function resolutionQueue(db: Kysely<DB>, userId: number, today: string) {
  const rows = await db
    .selectFrom('appeals as ap')
    .select(['ap.id', 'ap.number', 'ap.registration_date', 'ap.annotation', 'ap.type', 'ap.resolution_deadline', 'ap.consideration_deadline', 'ap.handed_over_at', 'ap.collective'])
    .where('ap.status', '=', 'on-resolution')
    .where('ap.handed_to_user_id', '=', userId)
    .orderBy('ap.registration_date')
    .orderBy('ap.id')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    registrationDate: r.registration_date,
    annotation: r.annotation,
    type: r.type,
    collective: r.collective,
    resolutionDeadline: r.resolution_deadline,
    considerationDeadline: r.consideration_deadline,
    resolutionOverdue: r.resolution_deadline !== null && r.resolution_deadline < today,
  }));
}

/**
 * «Мои поручения»: the open assignments of one executor, the nearest deadline first, with days left
 * (negative when overdue — DL-8: computed, never stored). One index range scan
 * (assignments_executor_open) and the appeals by primary key.
 */
export async function myAssignments(db: Kysely<DB>, userId: number, today: string, limit = 500) {
  const rows = await db
    .selectFrom('assignments as a')
    .innerJoin('appeals as ap', 'ap.id', 'a.appeal_id')
    // CTL-1 (DUKI 7.3): the report on the final solution of a question on additional control.
    .leftJoin('additional_controls as ac', 'ac.assignment_id', 'a.id')
    .select(['a.id', 'a.appeal_id', 'a.part', 'a.role', 'a.instruction', 'a.deadline', 'a.materials_due', 'ap.number', 'ap.registration_date', 'ap.annotation', 'ap.urgent', 'ap.consideration_deadline', 'ac.id as additional_control_id'])
    .where('a.executor_user_id', '=', userId)
    .where('a.status', '=', 'open')
    .orderBy('a.deadline')
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    // A co-executor's own date is the one for his materials (ROU-3).
    const due = r.role === 'co-executor' && r.materials_due ? r.materials_due : r.deadline;
    const daysLeft = calendarDaysBetween(today, due);
    return {
      id: r.id,
      appealId: r.appeal_id,
      number: r.number,
      registrationDate: r.registration_date,
      annotation: r.annotation,
      part: r.part,
      role: r.role,
      instruction: r.instruction,
      deadline: r.deadline,
      materialsDue: r.materials_due,
      due,
      daysLeft,
      overdue: daysLeft < 0,
      urgent: r.urgent,
      additionalControl: r.additional_control_id !== null,
    };
  });
}

/** The resolutions, parts and executors of an appeal — all of them, or (for a co-executor) his own only. */
export async function appealAssignments(db: Kysely<DB>, appealId: number, only?: { executorUserId: number }) {
  let q = db
    .selectFrom('assignments as a')
    .innerJoin('users as u', 'u.id', 'a.executor_user_id')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .innerJoin('resolutions as r', 'r.id', 'a.resolution_id')
    .innerJoin('users as ru', 'ru.id', 'r.author_user_id')
    .innerJoin('officials as ro', 'ro.id', 'ru.official_id')
    .select([
      'a.id', 'a.resolution_id', 'a.part', 'a.role', 'a.instruction', 'a.deadline', 'a.materials_due', 'a.status', 'a.materials', 'a.materials_submitted_at', 'a.executor_user_id',
      'a.drafter_user_id', 'a.return_reason', 'a.proposed_unit_id', 'a.proposed_user_id', 'a.handed_over_to',
      'o.surname', 'o.first_name', 'o.patronymic', 'r.resolution_date', 'r.text as resolution_text',
      'ro.surname as r_surname', 'ro.first_name as r_first_name', 'ro.patronymic as r_patronymic',
    ])
    .where('a.appeal_id', '=', appealId)
    .orderBy('a.resolution_id')
    .orderBy('a.part')
    .orderBy(sql`a.role = 'responsible'`, 'desc')
    .orderBy('a.id');
  if (only) q = q.where('a.executor_user_id', '=', only.executorUserId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    resolutionId: r.resolution_id,
    resolutionDate: r.resolution_date,
    resolutionText: r.resolution_text,
    resolutionAuthor: nameOf({ surname: r.r_surname, first_name: r.r_first_name, patronymic: r.r_patronymic }),
    part: r.part,
    role: r.role,
    instruction: r.instruction,
    deadline: r.deadline,
    materialsDue: r.materials_due,
    status: r.status,
    materials: r.materials,
    materialsSubmittedAt: r.materials_submitted_at?.toISOString() ?? null,
    executorUserId: r.executor_user_id,
    executorName: nameOf(r),
    drafterUserId: r.drafter_user_id,
    returnReason: r.return_reason,
    proposedUnitId: r.proposed_unit_id,
    proposedUserId: r.proposed_user_id,
    handedOverTo: r.handed_over_to,
  }));
}

/** Whether the user has (or had) an assignment on the appeal, and as what. */
export async function assignmentRoleOn(db: Kysely<DB>, appealId: number, userId: number): Promise<'responsible' | 'co-executor' | null> {
  const rows = await db.selectFrom('assignments').select('role').where('appeal_id', '=', appealId).where('executor_user_id', '=', userId).where('status', '<>', 'cancelled').execute();
  if (rows.some((r) => r.role === 'responsible')) return 'responsible';
  return rows.length > 0 ? 'co-executor' : null;
}
