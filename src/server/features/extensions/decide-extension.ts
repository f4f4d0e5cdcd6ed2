import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { computeDeadline } from '../../../domain/deadlines';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import type { ConsiderationDeps } from '../consideration/shared';
import { getAppealCard } from '../registry/queries';
import { noticeRecipients } from '../notices/recipients';
import { appealSources, noticeValues } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';

export const EXTENSION_NOTICE = 'extension-notice';

/**
 * DL-2 (59-ФЗ ст. 12 ч. 2; HMR 5.4–5.5; DUKI 6.6; KHV 2.2.1, 3.8.3): the head approves or rejects the
 * memo. Approved: the new deadline counts from the day after the original one (rule 'extension', at
 * most 30 days), the open assignments due on the old date move with it, and the author's notice with
 * the final date is queued by the appeal's route. Where the control was set by a higher body, the
 * answer says the extension is to be agreed with it (the profile's rule).
 */
export async function decideExtension(ctx: StaffCtx, extensionId: number, d: { decision: 'approved' | 'rejected'; days?: number | undefined; comment: string }, deps: ConsiderationDeps & { delivery: DeliveryDeps }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const ext = await trx.selectFrom('extensions').selectAll().where('id', '=', extensionId).forUpdate().executeTakeFirst();
    if (!ext) throw errors.notFound('Служебная записка', 'f');
    if (ext.decision) throw errors.conflict('Решение по служебной записке уже принято.');
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'consideration_deadline', 'is_control', 'forwarded_by_body_id']).where('id', '=', ext.appeal_id).forUpdate().executeTakeFirstOrThrow();
    const warnings: string[] = [];
    // KHV 2.2.1, 3.8.3: control set by a higher body — the extension is agreed with it in advance.
    if (appeal.is_control && appeal.forwarded_by_body_id) warnings.push(`Обращение на контроле вышестоящего органа: продление срока согласуйте с ним заблаговременно${deps.profile.params.extension.agreeWithControllingBody.value ? ` (${deps.profile.params.extension.agreeWithControllingBody.source})` : ''}.`);

    if (d.decision === 'rejected') {
      await trx.updateTable('extensions').set({ decision: 'rejected', decided_by: ctx.actor.userId, decided_at: now, decision_comment: d.comment }).where('id', '=', ext.id).execute();
      await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: ext.appeal_id, action: 'extension.rejected', after: { extensionId: ext.id, comment: d.comment }, legalGround: '59-ФЗ ст. 12 ч. 2', requestId: ctx.requestId });
      return { decision: 'rejected' as const, warnings };
    }

    const days = d.days ?? ext.days;
    const extended = computeDeadline('extension', appeal.consideration_deadline, deps.profile, deps.calendar, { amount: days });
    await trx.updateTable('extensions').set({ decision: 'approved', days, decided_by: ctx.actor.userId, decided_at: now, decision_comment: d.comment, new_deadline: extended.date }).where('id', '=', ext.id).execute();
    await trx.updateTable('appeals').set({ original_deadline: appeal.consideration_deadline, consideration_deadline: extended.date, updated_at: now }).where('id', '=', appeal.id).execute();
    await trx.updateTable('assignments').set({ deadline: extended.date }).where('appeal_id', '=', appeal.id).where('status', '=', 'open').where('deadline', '=', appeal.consideration_deadline).execute();

    // The author's notice: the final date (DUKI 6.6, KHV 3.9.7).
    const card = await getAppealCard(trx, appeal.id);
    if (!card) throw errors.notFound('Обращение', 'n');
    const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', EXTENSION_NOTICE).executeTakeFirst();
    if (!template) throw errors.conflict('Шаблон уведомления о продлении срока не найден. Администратору: восстановите шаблон по умолчанию.');
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);
    const documents: number[] = [];
    for (const author of noticeRecipients(card)) {
      const delivery = deliveryRoute(card, author);
      if (!delivery) continue;
      const values = {
        ...noticeValues({
          appeal: appealSources(card, extended.date),
          recipient: author,
          organisation: parties.organisation,
          head: parties.head,
          executor: parties.official,
          legalBasis: legalBasisInstrumental(deps.profile.procedureLinks),
          today,
        }),
        новый_срок: formatDateRu(extended.date),
        причины_продления: ext.reasons,
      };
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: appeal.id, kind: EXTENSION_NOTICE, route: delivery.route, recipient_author_id: author.id, recipient_address: delivery.address, status: 'queued', due_date: today,
          file_name: `Уведомление о продлении срока, обращение № ${card.number.replace(/[\\/]/g, '-')}.docx`, content: fillTemplate(template.content, values), created_by: ctx.actor.userId, created_at: now,
        })
        .returning(['id', 'route'])
        .executeTakeFirstOrThrow();
      documents.push(doc.id);
      if (doc.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
    }
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appeal.id,
      action: 'extension.approved',
      before: { considerationDeadline: appeal.consideration_deadline },
      after: { extensionId: ext.id, days, considerationDeadline: extended.date, documents },
      legalGround: '59-ФЗ ст. 12 ч. 2; HMR 5.5',
      requestId: ctx.requestId,
    });
    return { decision: 'approved' as const, newDeadline: extended.date, steps: extended.steps, documents, warnings };
  });
}
