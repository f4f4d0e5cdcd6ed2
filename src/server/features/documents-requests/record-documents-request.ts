import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { computeDeadline } from '../../../domain/deadlines';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { localDate } from '../../../domain/time/local-date';
import type { ConsiderationDeps } from '../consideration/shared';
import { getAppealCard } from '../registry/queries';
import { appealSources, noticeValues } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import type { DocumentsRequestInput } from './schemas';

/** 59-ФЗ ст. 10 ч. 1 п. 2: documents are not requested from courts, inquiry and investigation bodies. */
const NOT_REQUESTED_FROM = ['court'] as const;

/**
 * ANS-1 (59-ФЗ ст. 10 ч. 1 п. 2; KCSON 3.2): the executor requests documents and materials from
 * another body — a registered outgoing letter (template `documents-request`), its answer awaited
 * within 15 days (rule 'documents-request'). DL-3, ANS-11 (59-ФЗ ст. 10 ч. 2; HMR 5.2): another
 * body's request to us is recorded with its letter and answered within 15 days.
 */
export async function recordDocumentsRequest(ctx: StaffCtx, appealId: number, input: DocumentsRequestInput, deps: ConsiderationDeps & { delivery: DeliveryDeps }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    if (card.status === 'annulled' || card.status === 'closed') throw errors.conflict(`Обращение № ${card.number} не на рассмотрении.`);
    const body = await trx.selectFrom('external_bodies').selectAll().where('id', '=', input.bodyId).where('active', '=', true).executeTakeFirst();
    if (!body) throw errors.invalid('Орган не найден в справочнике или отключён.', { bodyId: 'Выберите орган из справочника.' });
    const due = computeDeadline('documents-request', today, deps.profile, deps.calendar);
    let outgoingDocumentId: number | null = null;
    let outgoingNumber: string | null = null;
    if (input.direction === 'outgoing') {
      if ((NOT_REQUESTED_FROM as readonly string[]).includes(body.kind)) throw errors.conflict('Документы и материалы не запрашиваются у судов, органов дознания и органов предварительного следствия (59-ФЗ ст. 10 ч. 1 п. 2).', { bodyId: 'Выберите другой орган.' });
      if (!body.postal_address.trim() && !body.email.trim()) throw errors.invalid('У органа не указан ни почтовый адрес, ни адрес электронной почты: дополните справочник.', { bodyId: 'Нет адреса.' });
      const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', 'documents-request').executeTakeFirst();
      if (!template) throw errors.conflict('Шаблон запроса документов не найден. Администратору: восстановите шаблон по умолчанию.');
      const parties = await loadDocumentParties(trx, ctx.actor.officialId);
      outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
      const values = {
        ...noticeValues({
          appeal: appealSources(card),
          recipient: { kind: 'organisation', surname: null, firstName: null, patronymic: null, organisationName: body.name, gender: null, postalAddress: body.postal_address, email: body.email },
          organisation: parties.organisation,
          head: parties.head,
          executor: parties.official,
          legalBasis: legalBasisInstrumental(deps.profile.procedureLinks),
          today,
        }),
        орган: body.name,
        адрес_органа: body.postal_address || body.email,
        вопросы_переадресации: '',
        запрашиваемые_сведения: input.text,
      };
      const route = body.postal_address.trim() ? ('post' as const) : ('email' as const);
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: appealId, kind: 'documents-request', route, recipient_author_id: null, recipient_body_id: body.id, recipient_address: route === 'post' ? body.postal_address : body.email, status: 'queued', due_date: today,
          file_name: `Запрос документов (исх. ${outgoingNumber}), обращение № ${card.number.replace(/[\\/]/g, '-')}.docx`, content: fillTemplate(template.content, values), created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today,
        })
        .returning(['id', 'route'])
        .executeTakeFirstOrThrow();
      outgoingDocumentId = doc.id;
      if (doc.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
    }
    const row = await trx
      .insertInto('documents_requests')
      .values({
        appeal_id: appealId, direction: input.direction, body_id: body.id, text: input.text, letter_date: input.direction === 'incoming' ? input.letterDate : null, letter_number: input.direction === 'incoming' ? input.letterNumber : null,
        outgoing_document_id: outgoingDocumentId, registered_date: today, due_date: due.date, created_by: ctx.actor.userId, created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: appealId, action: input.direction === 'outgoing' ? 'documents-request.sent' : 'documents-request.received', after: { requestId: row.id, bodyId: body.id, dueDate: due.date, outgoingNumber }, legalGround: '59-ФЗ ст. 10 ч. 2', requestId: ctx.requestId });
    return { id: row.id, dueDate: due.date, dueSteps: due.steps, outgoingNumber };
  });
}

/** The answer to a request arrived (ours) or was given (theirs): recorded with a note and the time. */
export async function markDocumentsRequestAnswered(ctx: StaffCtx, requestId: number, note: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('documents_requests').select(['id', 'appeal_id', 'answered_at']).where('id', '=', requestId).forUpdate().executeTakeFirst();
    if (!r) throw errors.notFound('Запрос', 'm');
    if (r.answered_at) throw errors.conflict('Ответ на запрос уже отмечен.');
    await trx.updateTable('documents_requests').set({ answered_at: now, answer_note: note }).where('id', '=', r.id).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: r.appeal_id, action: 'documents-request.answered', after: { requestId: r.id, note }, legalGround: '59-ФЗ ст. 10 ч. 2', requestId: ctx.requestId });
  });
}
