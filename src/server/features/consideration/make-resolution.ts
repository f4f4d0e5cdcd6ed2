import { sql } from 'kysely';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import type { ResolutionInput } from './schemas';
import { effectiveUserId, lockForAction, type ConsiderationDeps } from './shared';

/**
 * ROU-2, ROU-3, ROU-8, DL-4, DL-5: the head or the deputy who holds the appeal gives a resolution of
 * one or more parts, each with its executors, instruction and deadline. The first executor of a part
 * is responsible unless another is marked; co-executors get the date by which their materials are
 * due to him (the profile's lead time before the deadline). A complaint is never assigned to the
 * official whose decision or action it is about, nor to his unit (59-ФЗ ст. 8 ч. 6).
 */
export async function makeResolution(ctx: StaffCtx, appealId: number, input: ResolutionInput, deps: ConsiderationDeps) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await lockForAction(trx, appealId, 'resolve');
    const me = effectiveUserId(ctx.actor);
    // ROU-1, ROU-6: the one it was passed to decides; the head may decide on any appeal.
    if (appeal.handed_to_user_id !== me && !ctx.actor.roles.includes('head')) {
      throw errors.forbidden(`Обращение № ${appeal.number} передано на резолюцию другому должностному лицу.`);
    }

    // DL-4: urgent → a short control date chosen by the head.
    if (input.urgent && !input.controlDate) throw errors.invalid('Для безотлагательного рассмотрения укажите контрольный срок.', { controlDate: 'Укажите контрольный срок.' });
    const limit = appeal.consideration_deadline;
    if (input.controlDate && (input.controlDate > limit || input.controlDate < today)) {
      throw errors.invalid(`Контрольный срок должен быть не ранее сегодняшнего дня и не позднее срока рассмотрения ${formatDateRu(limit)}.`, { controlDate: `Не позднее ${formatDateRu(limit)}.` });
    }
    const defaultDeadline = input.controlDate ?? limit;

    const executorIds = [...new Set(input.parts.flatMap((p) => p.executors.map((e) => e.userId)))];
    const executors = await trx
      .selectFrom('users as u')
      .innerJoin('officials as o', 'o.id', 'u.official_id')
      .select(['u.id', 'u.official_id', 'o.unit_id', 'o.surname', 'o.first_name', 'o.patronymic'])
      .where('u.id', 'in', executorIds)
      .where('u.active', '=', true)
      .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['executor', 'head', 'deputy'])))
      .execute();
    const fields: Record<string, string> = {};
    for (const [pi, part] of input.parts.entries()) {
      for (const [ei, e] of part.executors.entries()) {
        if (!executors.some((x) => x.id === e.userId)) fields[`parts.${pi}.executors.${ei}.userId`] = 'Исполнитель не найден или не может исполнять поручения.';
      }
      if (part.executors.filter((e) => e.responsible).length > 1) fields[`parts.${pi}.executors`] = 'Ответственный исполнитель — один.';
      const deadline = part.deadline ?? defaultDeadline;
      if (deadline > limit) fields[`parts.${pi}.deadline`] = `Срок поручения не может быть позднее срока рассмотрения ${formatDateRu(limit)} (59-ФЗ ст. 12).`;
      if (deadline < today) fields[`parts.${pi}.deadline`] = 'Срок поручения уже прошёл.';
    }
    if (Object.keys(fields).length > 0) throw errors.invalid('Резолюция не сохранена: исправьте отмеченные поля.', fields);

    // ROU-8 (59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2): not to the official complained about, nor to his unit and its subunits.
    if (appeal.complained_official_id || appeal.complained_unit_id) {
      const units = appeal.complained_unit_id
        ? (
            await sql<{ id: number }>`with recursive sub(id) as (select id from units where id = ${appeal.complained_unit_id} union all select u.id from units u join sub on u.parent_id = sub.id) select id from sub`.execute(trx)
          ).rows.map((r) => Number(r.id))
        : [];
      const barred = executors.filter((x) => x.official_id === appeal.complained_official_id || (x.unit_id !== null && units.includes(x.unit_id)));
      if (barred.length > 0) {
        const names = barred.map((b) => `${b.surname} ${b.first_name}${b.patronymic ? ` ${b.patronymic}` : ''}`).join(', ');
        throw errors.conflict(
          `Жалобу нельзя направлять на рассмотрение должностному лицу, решение или действие (бездействие) которого обжалуется (59-ФЗ ст. 8 ч. 6): ${names}. Поручите рассмотрение другому исполнителю; если это невозможно, обращение возвращается автору с разъяснением права обжаловать решение в суде.`,
          { executors: `Нельзя: ${names}.` },
        );
      }
    }

    // A new resolution replaces what is still open of the previous one.
    await trx.updateTable('assignments').set({ status: 'cancelled', closed_at: now }).where('appeal_id', '=', appealId).where('status', '=', 'open').execute();
    const resolution = await trx
      .insertInto('resolutions')
      .values({ appeal_id: appealId, author_user_id: ctx.actor.userId, acting_for_user_id: ctx.actor.actingFor?.userId ?? null, resolution_date: today, text: input.text, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = input.parts.flatMap((part, pi) => {
      const deadline = part.deadline ?? defaultDeadline;
      const responsibleIndex = Math.max(0, part.executors.findIndex((e) => e.responsible)); // ROU-3: the first unless marked
      // ROU-3: co-executors deliver their materials this long before the deadline (HMR 10 days, KCSON 7 working days…).
      const materialsDue = computeDeadline('co-executor-materials', deadline, deps.profile, deps.calendar).date;
      return part.executors.map((e, ei) => ({
        appeal_id: appealId,
        resolution_id: resolution.id,
        part: pi + 1,
        executor_user_id: e.userId,
        role: ei === responsibleIndex ? ('responsible' as const) : ('co-executor' as const),
        instruction: part.instruction,
        deadline,
        materials_due: ei === responsibleIndex ? null : materialsDue < today ? today : materialsDue,
        created_at: now,
      }));
    });
    const assignments = await trx.insertInto('assignments').values(rows).onConflict((oc) => oc.doNothing()).returning(['id', 'part', 'executor_user_id', 'role', 'deadline', 'materials_due']).execute();
    await trx.updateTable('appeals').set({ status: appeal.to, urgent: input.urgent, control_date: input.controlDate, updated_at: now }).where('id', '=', appealId).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'appeal.resolution',
      before: { status: appeal.status },
      after: { status: appeal.to, resolutionId: resolution.id, text: input.text, urgent: input.urgent, controlDate: input.controlDate, assignments: assignments.map((a) => ({ id: a.id, part: a.part, executorUserId: a.executor_user_id, role: a.role, deadline: a.deadline, materialsDue: a.materials_due })) },
      legalGround: input.urgent ? 'ROU-2; DL-4 (безотлагательно)' : 'ROU-2 (HMR 4.2–4.3, KHV 3.5.5)',
      requestId: ctx.requestId,
    });
    return { resolutionId: resolution.id, assignments: assignments.map((a) => ({ id: a.id, part: a.part, executorUserId: a.executor_user_id, role: a.role, deadline: a.deadline, materialsDue: a.materials_due })) };
  });
}
