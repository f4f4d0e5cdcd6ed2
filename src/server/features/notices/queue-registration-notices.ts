import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Clock } from '../../platform/clock';
import type { Actor } from '../../platform/actor';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import type { Profile } from '../../../domain/profiles';
import type { ProductionCalendar } from '../../../domain/calendar';
import { computeDeadline } from '../../../domain/deadlines';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { noticeRecipients } from './recipients';
import { appealSources, noticeValues } from './notice-values';
import { loadDocumentParties } from './document-parties';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';

export const REGISTRATION_NOTICE = 'registration-notice';

export type NoticeDeps = { profile: Profile; calendar: ProductionCalendar; timeZone: string };
/** Where the notice is made for sending (the job), e-mail items are handed to delivery (ANS-7). */
export type QueueNoticeDeps = NoticeDeps & { delivery: DeliveryDeps };
/** Who made the document and when: the registrar's request, or the job that runs for him. */
export type NoticeCtx = { db: Kysely<DB>; clock: Clock; actor: Pick<Actor, 'userId' | 'officialId' | 'actingFor'>; requestId?: string };

/**
 * REG-9 (HMR 3.8, прил. 3): after an appeal's registration has committed (a background job), its registration notice is
 * made from the template for each recipient and queued for dispatch — with its route (ANS-7) and
 * its deadline (3 working days from registration) — in one transaction with a `notice.queued` event.
 *
 * Nothing is sent from here: an 'email' item gets its `deliver-email` job in this transaction and
 * leaves after the commit (features/delivery); an 'epgu' item waits for the portal (a later issue);
 * a 'post' item waits in the print queue until the registrar marks it handed to the post.
 * ANS-6: the document is recorded before it leaves.
 *
 * Does nothing when the profile sends no notice, for a recipient without any address (the card
 * already warns «no address», 59-FZ art. 11 ч. 1) and for a recipient who already has one (a retry).
 */
export async function queueRegistrationNotices(ctx: NoticeCtx, appealId: number, deps: QueueNoticeDeps): Promise<number[]> {
  const rule = deps.profile.params.registration.registrationNotice;
  if (!rule.value.send) return [];
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);

  return ctx.db.transaction().execute(async (trx) => {
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    // Correspondence (a plain e-mail, 547-FZ) and a letter that is not an appeal (HMR 7.6) get their
    // own replies, not a notice that an appeal was registered.
    if (card.status === 'annulled' || card.registeredAs !== 'appeal' || card.type === 'not-appeal') return [];

    const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', REGISTRATION_NOTICE).executeTakeFirst();
    if (!template) throw errors.conflict('Шаблон уведомления о регистрации не найден. Администратору: восстановите шаблон по умолчанию (Администрирование → Шаблоны документов).');
    const already = new Set(
      (await trx.selectFrom('outgoing_documents').select('recipient_author_id').where('appeal_id', '=', appealId).where('kind', '=', REGISTRATION_NOTICE).where('status', '<>', 'cancelled').execute()).map((r) => r.recipient_author_id),
    );
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);
    const due = computeDeadline('registration-notice', card.registrationDate, deps.profile, deps.calendar);

    const queued: number[] = [];
    for (const author of noticeRecipients(card)) {
      if (already.has(author.id)) continue;
      const delivery = deliveryRoute(card, author);
      if (!delivery) continue;
      const values = noticeValues({
        appeal: appealSources(card),
        recipient: author,
        organisation: parties.organisation,
        head: parties.head,
        executor: parties.official,
        legalBasis: legalBasisInstrumental(deps.profile.procedureLinks),
        today,
      });
      const content = fillTemplate(template.content, values);
      const who = author.kind === 'organisation' ? (author.organisationName ?? '') : (author.surname ?? author.name);
      const fileName = `Уведомление о регистрации № ${card.number.replace(/[\\/]/g, '-')} от ${formatDateRu(card.registrationDate)}${who ? ` (${who})` : ''}.docx`;
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: appealId,
          kind: REGISTRATION_NOTICE,
          route: delivery.route,
          recipient_author_id: author.id,
          recipient_address: delivery.address,
          status: 'queued',
          due_date: due.date,
          file_name: fileName,
          content,
          created_by: ctx.actor.userId,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordEvent(trx, {
        actor: ctx.actor,
        at: now,
        // The case timeline (registry/timeline.ts) shows an outgoing document's events with the appeal's.
        entityType: 'outgoing_document',
        entityId: doc.id,
        action: 'notice.queued',
        after: { appealId, kind: REGISTRATION_NOTICE, route: delivery.route, recipientAuthorId: author.id, dueDate: due.date },
        legalGround: rule.source,
        requestId: ctx.requestId,
      });
      // ANS-7, HMR 8.6: an electronic appeal's notice goes to its e-mail, after this commit.
      if (delivery.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
      queued.push(doc.id);
    }
    return queued;
  });
}
