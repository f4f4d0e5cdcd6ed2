import { appealSources } from '../notices/notice-values';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import type { Profile } from '../../../domain/profiles';
import type { ProductionCalendar } from '../../../domain/calendar';
import { computeDeadline } from '../../../domain/deadlines';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { mailOpeningRefusal, originalsReminder, type AuthorCopy } from '../../../domain/intake/mail-opening-act';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { actCopyRecipient, authorLine } from './act-recipient';
import { actValues } from './act-values';
import { loadDocumentParties } from '../notices/document-parties';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import type { DrawnUpActView, DrawUpActInput } from './schemas';

export const MAIL_OPENING_ACT = 'mail-opening-act';

export type ActDeps = { profile: Profile; calendar: ProductionCalendar; timeZone: string; delivery: DeliveryDeps };

/**
 * INT-4 (HMR 2.6, DUKI 2.3, KHV 3.2.4): the registrar draws up the mail-opening act from its template.
 * One transaction: the case copy is recorded as an outgoing document of kind 'mail-opening-act'
 * attached to the appeal; when the procedure sends a copy to the author (profile parameter) and the
 * author has an address, the author's copy is queued — its route by ANS-7, its due date from the
 * deadline engine ('act-to-author', counted from the act's date); a 'mail-opening-act.drawn-up'
 * event records what was found. Nothing is sent from here (ANS-6: recorded before it leaves): an
 * e-mail copy gets its delivery job in this transaction, a postal copy waits in the print queue
 * with the registration notices.
 */
export async function drawUpMailOpeningAct(ctx: StaffCtx, appealId: number, input: DrawUpActInput, deps: ActDeps): Promise<DrawnUpActView> {
  const rule = deps.profile.params.intake.mailOpeningAct;
  const now = ctx.clock.now();
  const actDate = localDate(now, deps.timeZone);

  return ctx.db.transaction().execute(async (trx) => {
    // The lock orders the act after a concurrent annulment (which cancels queued documents).
    const locked = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!locked) throw errors.notFound('Обращение', 'n');
    if (locked.status === 'annulled') throw errors.conflict(`Обращение № ${locked.number} аннулировано: акт о вскрытии почтового отправления по нему не составляется.`);
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    const refusal = mailOpeningRefusal(card);
    if (refusal) throw errors.conflict(refusal);

    const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', MAIL_OPENING_ACT).executeTakeFirst();
    if (!template) throw errors.conflict('Шаблон акта о вскрытии почтового отправления не найден. Администратору: восстановите шаблон по умолчанию (Администрирование → Шаблоны документов).');
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);

    // INT-4: a copy to the author only where the procedure sends one (KHV 3.2.4 does not).
    const recipient = rule.copyToAuthor.value ? actCopyRecipient(card) : null;
    const authorCopy: AuthorCopy = !rule.copyToAuthor.value ? 'none' : recipient ? 'send' : 'no-address';
    // HMR 2.6: 3 working days; DUKI 2.3: 2 days from the act.
    const due = recipient && rule.copyToAuthorDeadline.value ? computeDeadline('act-to-author', actDate, deps.profile, deps.calendar) : null;
    const addressee = recipient?.author ?? card.authors.find((a) => a.role !== 'representative') ?? card.authors[0];

    const values = actValues({
      appeal: appealSources(card),
      recipient: addressee ?? { kind: 'person', surname: null, firstName: null, patronymic: null, organisationName: null, gender: null, postalAddress: '', email: '' },
      organisation: parties.organisation,
      head: parties.head,
      executor: parties.official,
      legalBasis: legalBasisInstrumental(deps.profile.procedureLinks),
      today: actDate,
      act: { date: actDate, discrepancies: input.discrepancies, note: input.note, copies: rule.copies.value, authorCopy, author: authorLine(card, recipient?.author) },
      composer: parties.official,
    });
    const content = fillTemplate(template.content, values);
    const baseName = `Акт о вскрытии почтового отправления, обращение № ${card.number.replace(/[\\/]/g, '-')} от ${formatDateRu(card.registrationDate)}`;

    // The case copy: attached to the appeal at once (HMR 2.6 «приобщает к поступившему обращению»).
    const caseCopy = await trx
      .insertInto('outgoing_documents')
      .values({ appeal_id: appealId, kind: MAIL_OPENING_ACT, route: 'case', recipient_author_id: null, recipient_address: '', status: 'filed', due_date: null, file_name: `${baseName}.docx`, content, created_by: ctx.actor.userId, created_at: now, sent_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();

    let queued: DrawnUpActView['authorCopy'] = null;
    if (recipient) {
      const who = recipient.author.kind === 'organisation' ? (recipient.author.organisationName ?? '') : (recipient.author.surname ?? recipient.author.name);
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: appealId,
          kind: MAIL_OPENING_ACT,
          route: recipient.delivery.route,
          recipient_author_id: recipient.author.id,
          recipient_address: recipient.delivery.address,
          status: 'queued',
          due_date: due?.date ?? null,
          file_name: `${baseName} (экземпляр автору${who ? `, ${who}` : ''}).docx`,
          content,
          created_by: ctx.actor.userId,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // ANS-7: the author's copy by e-mail leaves after this commit (features/delivery).
      if (recipient.delivery.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
      queued = { documentId: doc.id, route: recipient.delivery.route, recipientName: recipient.author.name, recipientAddress: recipient.delivery.address, dueDate: due?.date ?? null };
    }

    const warnings: string[] = [];
    if (authorCopy === 'no-address') warnings.push('Экземпляр акта автору не направлен: в обращении не указан ни почтовый адрес, ни адрес электронной почты (59-ФЗ ст. 11 ч. 1). Акт приобщён к обращению.');
    if (input.discrepancies.some((d) => d.kind === 'originals')) {
      const originals = deps.profile.params.intake.originals;
      const returnBy = originals.value.deadline ? formatDateRu(computeDeadline('originals-return', card.registrationDate, deps.profile, deps.calendar).date) : null;
      warnings.push(originalsReminder(originals.value.handling, originals.source, returnBy));
    }

    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'mail-opening-act.drawn-up',
      after: {
        actDate,
        copies: rule.copies.value,
        discrepancies: input.discrepancies,
        note: input.note,
        caseDocumentId: caseCopy.id,
        authorCopy: queued ? { documentId: queued.documentId, route: queued.route, recipientAuthorId: recipient?.author.id, dueDate: queued.dueDate } : authorCopy,
      },
      legalGround: rule.copies.source,
      requestId: ctx.requestId,
    });
    return { actDate, copies: rule.copies.value, caseDocumentId: caseCopy.id, authorCopy: queued, warnings };
  });
}
