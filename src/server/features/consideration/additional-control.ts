import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import type { AdditionalControlNoticeValues } from '../../../domain/documents/placeholders';
import { fullName } from '../../../domain/org/person-name';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { noticeRecipients } from '../notices/recipients';
import { appealSources, noticeValues } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import type { AdditionalControlInput } from './schemas';
import { lockForAction, type ConsiderationDeps } from './shared';

export const ADDITIONAL_CONTROL_NOTICE = 'additional-control-notice';
/** DUKI 7.3: what the one who considered the appeal is asked to do by the control date. */
export const REPORT_INSTRUCTION = 'Доложить об окончательном решении вопроса';

/**
 * CTL-1 (DUKI 7.3–7.4; KHV прил. 5 «Кто поставил на контроль»): the answer said the question will be
 * solved within some period — instead of removing the appeal from control, the head (or a deputy)
 * puts it on additional control: a control date in the future, what was promised, and who must report
 * the final solution. The one who considered it gets a registered notice with the control date (filed
 * with the case: the unit is ours) and an assignment «Доложить об окончательном решении вопроса» due on
 * that date, so it is in his «Мои поручения». Who set the control, and when, is recorded.
 */
export async function setAdditionalControl(ctx: StaffCtx, appealId: number, input: AdditionalControlInput, deps: Pick<ConsiderationDeps, 'timeZone' | 'profile'>) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await lockForAction(trx, appealId, 'additional-control');
    if (!input.controlDate) throw errors.invalid('Укажите контрольный срок окончательного решения вопроса.', { controlDate: 'Укажите контрольный срок.' });
    if (input.controlDate <= today) throw errors.invalid('Контрольный срок должен быть позже сегодняшнего дня.', { controlDate: `Не ранее ${formatDateRu(nextDay(today))}.` });
    const open = await trx.selectFrom('additional_controls').select('control_date').where('appeal_id', '=', appealId).where('closed_at', 'is', null).executeTakeFirst();
    if (open) throw errors.conflict(`Обращение № ${appeal.number} уже на дополнительном контроле до ${formatDateRu(open.control_date)}.`);
    const executor = await trx
      .selectFrom('users as u')
      .innerJoin('officials as o', 'o.id', 'u.official_id')
      .leftJoin('positions as p', 'p.id', 'o.position_id')
      .leftJoin('units as un', 'un.id', 'o.unit_id')
      .select(['u.id', 'o.surname', 'o.first_name', 'o.patronymic', 'o.unit_id', 'un.name as unit', 'p.name as position'])
      .where('u.id', '=', input.executorUserId)
      .where('u.active', '=', true)
      .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['executor', 'head', 'deputy'])))
      .executeTakeFirst();
    if (!executor) throw errors.invalid('Исполнитель не найден или не может исполнять поручения.', { executorUserId: 'Выберите исполнителя из списка.' });
    const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', ADDITIONAL_CONTROL_NOTICE).executeTakeFirst();
    if (!template) throw errors.conflict('Шаблон уведомления о дополнительном контроле не найден. Администратору: восстановите шаблон по умолчанию.');
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    // The answer that promised the solution (or the letter that stood for it).
    const answer = await trx.selectFrom('outgoing_documents').select(['outgoing_number', 'outgoing_date']).where('appeal_id', '=', appealId).where('kind', 'in', ['answer', 'complaint-return']).where('recipient_author_id', 'is not', null).where('status', '<>', 'cancelled').orderBy('id', 'desc').executeTakeFirst();

    // DUKI 7.3: the one who considered it reports by the control date — an assignment in «Мои поручения».
    const resolution = await trx
      .insertInto('resolutions')
      .values({ appeal_id: appealId, author_user_id: ctx.actor.userId, acting_for_user_id: ctx.actor.actingFor?.userId ?? null, resolution_date: today, text: `Поставлено на дополнительный контроль до ${formatDateRu(input.controlDate)}. Обещано в ответе: ${input.promise}`, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const assignment = await trx
      .insertInto('assignments')
      .values({ appeal_id: appealId, resolution_id: resolution.id, part: 1, executor_user_id: executor.id, role: 'responsible', instruction: REPORT_INSTRUCTION, deadline: input.controlDate, materials_due: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();

    // DUKI 7.3: the notice with the control date, registered (ANS-6) and filed with the case — the unit is ours.
    const executorName = fullName({ surname: executor.surname, firstName: executor.first_name, patronymic: executor.patronymic });
    const addressee = [executor.position, executor.unit].filter(Boolean).join(', ');
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);
    const author = noticeRecipients(card)[0];
    const outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
    const values: AdditionalControlNoticeValues = {
      ...noticeValues({
        appeal: appealSources(card),
        recipient: { kind: 'person', surname: executor.surname, firstName: executor.first_name, patronymic: executor.patronymic, organisationName: null, gender: null, postalAddress: addressee, email: '' },
        organisation: parties.organisation,
        head: parties.head,
        executor: parties.official,
        legalBasis: legalBasisInstrumental(deps.profile.procedureLinks),
        today,
      }),
      контрольный_срок: formatDateRu(input.controlDate),
      обещанное_решение: input.promise,
      ответ_автору: answer?.outgoing_number && answer.outgoing_date ? `исх. № ${answer.outgoing_number} от ${formatDateRu(answer.outgoing_date)}` : '',
      автор_обращения: author?.name ?? card.authors[0]?.name ?? '',
    };
    const notice = await trx
      .insertInto('outgoing_documents')
      .values({
        appeal_id: appealId, kind: ADDITIONAL_CONTROL_NOTICE, route: 'case', recipient_author_id: null, recipient_address: [executorName, addressee].filter(Boolean).join(' — '), status: 'filed', due_date: input.controlDate,
        file_name: `Уведомление о дополнительном контроле (исх. ${outgoingNumber} от ${formatDateRu(today)}), обращение № ${card.number}.docx`.replace(/[\\/]/g, '-'),
        content: fillTemplate(template.content, values), created_by: ctx.actor.userId, created_at: now, sent_at: now, outgoing_number: outgoingNumber, outgoing_date: today,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    await trx
      .insertInto('additional_controls')
      .values({
        appeal_id: appealId, control_date: input.controlDate, promise: input.promise, executor_user_id: executor.id, unit_id: executor.unit_id,
        resolution_id: resolution.id, assignment_id: assignment.id, notice_document_id: notice.id, set_by: ctx.actor.userId, acting_for_user_id: ctx.actor.actingFor?.userId ?? null, set_at: now,
      })
      .execute();
    await trx.updateTable('appeals').set({ updated_at: now }).where('id', '=', appealId).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'appeal.additional-control',
      after: { additionalControl: true, controlDate: input.controlDate, promise: input.promise, executorUserId: executor.id, unitId: executor.unit_id, resolutionId: resolution.id, assignmentId: assignment.id, noticeDocumentId: notice.id, outgoingNumber, outgoingDate: today },
      legalGround: 'CTL-1 (DUKI 7.3–7.4)',
      requestId: ctx.requestId,
    });
    return { controlDate: input.controlDate, assignmentId: assignment.id, noticeDocumentId: notice.id, outgoingNumber, outgoingDate: today };
  });
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
