import type { Transaction } from 'kysely';
import type { StaffCtx } from '../../platform/context';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { computeDeadline } from '../../../domain/deadlines';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { templateKindOf } from '../../../domain/documents/template-kinds';
import type { SpecialCaseValues } from '../../../domain/documents/placeholders';
import { roleLabels } from '../../../domain/org/roles';
import { dispositionCatalogue, dispositionOf, mayChoose, preconditionObstacle, questionResultOf, sstuStatusFor, type Disposition } from '../../../domain/special-cases/dispositions';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { noticeRecipients } from '../notices/recipients';
import { appealSources, noticeValues } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import { lockForAction, type ConsiderationDeps } from '../consideration/shared';
import type { DispositionInput } from './schemas';
import { authorityObstacle } from './authority';
import { loadCorrespondence } from './correspondence-registry';
import { correspondenceValues, isCorrespondenceCase, recordTermination } from './terminate-correspondence';
import { publishedAnswerFacts } from '../publications/published-answer-facts';
import { informedOfficial } from './courtesy-letters';

/**
 * SPC-8, SPC-9 (HMR 6.3, 6.5): a statement's decision carries out its disposition inside the statement's
 * own transaction, with the statement as the precondition.
 */
export type DispositionWithin = {
  trx: Transaction<DB>;
  /**
   * SPC-8 (HMR 6.3 абз. 2; 59-ФЗ ст. 11 ч. 1, HMR 7.1): the date the statement's decision made the appeal
   * anonymous — its 'anonymous' precondition is that decision, and the term runs from it.
   */
  anonymousSince?: string;
};

/** Why someone may not choose `d`: the persons and the clause that names them. */
export function refusalOf(d: Disposition): string {
  return `Решение «${d.title}» принимает ${d.roles.value.map((r) => roleLabels[r].toLowerCase()).join(' или ')} (${d.roles.source}).`;
}

/**
 * Issue 6 (SPC-1…13; 59-ФЗ ст. 11): the person the procedure names disposes of the appeal by a special
 * case. In one transaction: the notice (or SPC-1's cover letter to the competent body) from its
 * template, registered as outgoing (ANS-6) and queued by route (e-mail → the delivery job); the term
 * from the engine (a late disposition is carried out and says so); open assignments cancelled; every
 * question's result by the case's ССТУ status (CTL-3) and the procedural ТОТК question added; the
 * appeal moved by its lifecycle step; the disposition row and an event with the legal ground.
 */
export async function applyDisposition(ctx: StaffCtx, appealId: number, input: DispositionInput, deps: ConsiderationDeps & { delivery: DeliveryDeps }, within?: DispositionWithin) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  // A case the profile does not provide (SPC-7 courtesy letters in DUKI, KHV) is refused, not an error.
  if (!dispositionCatalogue(deps.profile).some((x) => x.code === input.code)) throw errors.invalid('Такой особый случай порядком организации не предусмотрен.', { code: 'Выберите особый случай из перечня.' });
  const d = dispositionOf(deps.profile, input.code);
  if (!mayChoose(d, ctx.actor.roles)) throw errors.forbidden(refusalOf(d));
  const run = <T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> => (within ? work(within.trx) : ctx.db.transaction().execute(work));
  return run(async (trx) => {
    const appeal = await lockForAction(trx, appealId, d.lifecycleAction);
    const notHis = authorityObstacle(d, ctx.actor, appeal);
    if (notHis) throw errors.forbidden(notHis);
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    // SPC-5 (59-ФЗ ст. 11 ч. 5): the author's earlier answers on the merits and registry of terminated correspondence.
    const correspondence = isCorrespondenceCase(d) ? await loadCorrespondence(trx, card, deps.timeZone) : null;
    // SPC-11 (59-ФЗ ст. 11 ч. 5.1): answers published on the appeal's questions, and the one whose address is sent.
    const published = await publishedAnswerFacts(trx, { totkCodes: card.questions.map((q) => q.totkCode), publicationId: d.precondition === 'published-answer' ? input.publicationId : null, timeZone: deps.timeZone });
    // SPC-8, SPC-9: a statement's decision is the precondition — checked by the caller (features/statements).
    const byStatement = within && (d.precondition === 'statement' || (d.precondition === 'anonymous' && within.anonymousSince !== undefined));
    const obstacle = byStatement ? null : preconditionObstacle(d, card, correspondence?.facts, published.published);
    if (obstacle) throw errors.conflict(`№ ${appeal.number}: ${obstacle}`);

    // SPC-1: the competent state body (59-ФЗ ст. 11 ч. 1).
    let body: { id: number; name: string; postal_address: string; email: string } | null = null;
    if (d.needsBody) {
      if (!input.bodyId) throw errors.invalid('Укажите государственный орган, в который направляется сообщение о противоправном деянии.', { bodyId: 'Выберите орган из справочника.' });
      body = (await trx.selectFrom('external_bodies').select(['id', 'name', 'postal_address', 'email']).where('id', '=', input.bodyId).where('active', '=', true).executeTakeFirst()) ?? null;
      if (!body) throw errors.invalid('Орган не найден в справочнике или отключён.', { bodyId: 'Орган не найден в справочнике или отключён.' });
      if (!body.postal_address.trim() && !body.email.trim()) throw errors.invalid('У органа не указан ни почтовый адрес, ни адрес электронной почты: дополните справочник.', { bodyId: 'Нет адреса органа.' });
    }

    // SPC-7 (HMR 7.6 абз. 2): the official the letter is passed to for information («в соответствии с компетенцией»).
    const official = d.needsOfficial ? await informedOfficial(trx, input.officialUserId) : null;

    // Who gets the letter: the authors who receive the answer, each by the appeal's route (ANS-7), or the body.
    type Recipient = Parameters<typeof noticeValues>[0]['recipient'] & { id: number | null };
    const letters: { recipient: Recipient; route: 'email' | 'post' | 'epgu' | 'in-person' | 'case'; address: string; bodyId: number | null }[] = [];
    if (d.notice?.to === 'author') {
      for (const r of noticeRecipients(card)) {
        const delivery = deliveryRoute(card, r);
        if (delivery) letters.push({ recipient: r, route: delivery.route, address: delivery.address, bodyId: null });
      }
      if (letters.length === 0 && d.notice.when === 'always') {
        throw errors.conflict(`У автора обращения № ${appeal.number} нет ни почтового адреса, ни адреса электронной почты: уведомление направить некуда. Такое обращение является анонимным (59-ФЗ ст. 11 ч. 1).`);
      }
    } else if (d.notice?.to === 'body' && body) {
      const route = body.postal_address.trim() ? ('post' as const) : ('email' as const);
      const recipient: Recipient = { id: null, kind: 'organisation', surname: null, firstName: null, patronymic: null, organisationName: body.name, gender: null, postalAddress: body.postal_address || body.email, email: body.email };
      letters.push({ recipient, route, address: route === 'post' ? body.postal_address : body.email, bodyId: body.id });
    }

    const due = d.deadlineRule ? computeDeadline(d.deadlineRule, within?.anonymousSince ?? appeal.registration_date, deps.profile, deps.calendar) : null;
    const late = due !== null && today > due.date;
    const warnings = late && due ? [`Срок (${formatDateRu(due.date)}, ${d.legalGround}) пропущен.`] : [];

    const documents: { id: number; route: string; address: string }[] = [];
    let outgoingNumber: string | null = null;
    const spc5Values = correspondence ? await correspondenceValues(trx, d, correspondence, today) : {};
    if (d.notice && letters.length > 0) {
      const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', d.notice.kind).executeTakeFirst();
      if (!template) throw errors.conflict(`Шаблон «${templateKindOf(d.notice.kind)?.title ?? d.notice.kind}» не найден. Администратору: восстановите шаблон по умолчанию.`);
      const parties = await loadDocumentParties(trx, ctx.actor.officialId);
      outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
      const title = templateKindOf(d.notice.kind)?.title ?? 'Уведомление';
      for (const letter of letters) {
        const values: SpecialCaseValues = {
          ...noticeValues({ appeal: appealSources(card), recipient: letter.recipient, organisation: parties.organisation, head: parties.head, executor: parties.official, legalBasis: legalBasisInstrumental(deps.profile.procedureLinks), today }),
          пояснение: input.comment,
          ...spc5Values,
          ...(d.precondition === 'published-answer' ? published.values : {}),
          ...(official ? { должностное_лицо: official.text } : {}),
          // A cover letter to a state body carries no salutation to a citizen (there is no author to address).
          ...(letter.bodyId ? { обращение: '' } : {}),
        };
        const doc = await trx
          .insertInto('outgoing_documents')
          .values({
            appeal_id: appealId, kind: d.notice.kind, route: letter.route, recipient_author_id: letter.recipient.id, recipient_body_id: letter.bodyId, recipient_address: letter.address, status: 'queued', due_date: due?.date ?? null,
            file_name: `${title} (исх. ${outgoingNumber} от ${formatDateRu(today)}), обращение № ${card.number}.docx`.replace(/[\\/]/g, '-'),
            content: fillTemplate(template.content, values), created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today,
          })
          .returning(['id', 'route', 'recipient_address'])
          .executeTakeFirstOrThrow();
        documents.push({ id: doc.id, route: doc.route, address: doc.recipient_address });
        if (doc.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
      }
    }

    // Nobody considers it on the merits any more: what is still open of a resolution is cancelled.
    await trx.updateTable('assignments').set({ status: 'cancelled', closed_at: now }).where('appeal_id', '=', appealId).where('status', '=', 'open').execute();

    // ТОТК: the procedural question of the case, unless the appeal has it or the loaded edition lacks it.
    let questionId: number | null = null;
    if (d.totk) {
      const questions = await trx.selectFrom('appeal_questions').select(['totk_code', 'position']).where('appeal_id', '=', appealId).execute();
      const known = await trx.selectFrom('totk').select('code').where('code', '=', d.totk.code).executeTakeFirst();
      if (!known) warnings.push(`Процедурного вопроса ${d.totk.code} «${d.totk.name}» нет в загруженной редакции классификатора: вопрос не добавлен.`);
      else if (!questions.some((q) => q.totk_code === d.totk!.code)) {
        const position = Math.max(0, ...questions.map((q) => q.position)) + 1;
        questionId = (await trx.insertInto('appeal_questions').values({ appeal_id: appealId, position, totk_code: d.totk.code, annotation: d.title }).returning('id').executeTakeFirstOrThrow()).id;
      }
    }
    // CTL-3 (Указ № 171): the ССТУ status as the result of every question not already sent elsewhere.
    const sstuStatus = sstuStatusFor(d, documents.length > 0);
    const result = questionResultOf[sstuStatus];
    await trx.updateTable('appeal_questions').set({ result, result_at: now, result_by: ctx.actor.userId }).where('appeal_id', '=', appealId).where((eb) => eb.or([eb('result', 'is', null), eb('result', '<>', 'redirected')])).execute();

    // The lifecycle step: closed at once (the disposition ends the consideration), or «redirected» (SPC-1 forwarding).
    await trx
      .updateTable('appeals')
      .set({ status: appeal.to, updated_at: now, ...(appeal.to === 'closed' ? { removed_from_control_at: now, removed_from_control_by: ctx.actor.userId } : {}) })
      .where('id', '=', appealId)
      .execute();
    const row = await trx
      .insertInto('special_case_dispositions')
      .values({
        appeal_id: appealId, code: d.code, spc: d.spc, legal_ground: d.legalGround, sstu_status: sstuStatus, totk_code: d.totk?.code ?? null, question_id: questionId, rule_id: d.deadlineRule, due_date: due?.date ?? null, late,
        body_id: body?.id ?? null, comment: input.comment, document_ids: JSON.stringify(documents.map((x) => x.id)), outgoing_number: outgoingNumber, outgoing_date: outgoingNumber ? today : null,
        created_by: ctx.actor.userId, acting_for_user_id: ctx.actor.actingFor?.userId ?? null, created_at: now,
        publication_id: d.precondition === 'published-answer' ? (published.chosen?.id ?? null) : null,
        informed_user_id: official?.userId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // SPC-5: the decision enters the author's registry of terminated correspondence (HMR 7.7, DUKI 5.15).
    if (correspondence && d.precondition === 'repeated-question') {
      await recordTermination(trx, { actor: ctx.actor, at: now, appealId, dispositionId: row.id, ground: d.legalGround, state: correspondence, requestId: ctx.requestId });
    }
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'appeal.special-case',
      before: { status: appeal.status },
      after: { status: appeal.to, dispositionId: row.id, code: d.code, spc: d.spc, sstuStatus, totkCode: d.totk?.code ?? null, questionId, dueDate: due?.date ?? null, late, bodyId: body?.id ?? null, outgoingNumber, documents, ...(d.precondition === 'published-answer' ? { publicationId: published.chosen?.id ?? null, url: published.chosen?.url ?? null } : {}), ...(official ? { informedUserId: official.userId, informedOfficial: official.text } : {}) },
      legalGround: d.legalGround,
      requestId: ctx.requestId,
    });
    return { id: row.id, code: d.code, status: appeal.to, sstuStatus, totkCode: d.totk?.code ?? null, dueDate: due?.date ?? null, dueSteps: due?.steps ?? [], late, outgoingNumber, outgoingDate: outgoingNumber ? today : null, documents, warnings };
  });
}
