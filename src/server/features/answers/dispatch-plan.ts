import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { deliveryRoute, otherDelivery, type Delivery } from '../../../domain/documents/delivery-route';
import { getAppealCard, type AppealCard } from '../registry/queries';
import { noticeRecipients } from '../notices/recipients';

export type DispatchRecipient = { authorId: number; name: string; delivery: Delivery; other: Delivery | null };

/**
 * ANS-7 (HMR 8.6, DUKI 5.21, 59-FZ art. 10 ч. 4): who receives the answer and how — every author
 * marked to receive it (a collective appeal: REG-4) by the appeal's route, with the other route
 * the author may ask a copy by. An author without any address gets nothing (59-FZ art. 11 ч. 1).
 */
export function dispatchRecipients(card: AppealCard): DispatchRecipient[] {
  return noticeRecipients(card).flatMap((r) => {
    const delivery = deliveryRoute(card, r);
    return delivery ? [{ authorId: r.id, name: r.name, delivery, other: otherDelivery(delivery, r) }] : [];
  });
}

/**
 * What the registrar sees before registering and dispatching the signed answer: the recipients
 * with their routes, the forwarding body of a control appeal (ANS-10), and the scan of the signed
 * answer the e-mail carries (DUKI 6.4) — attached or still missing.
 */
export async function dispatchPlan(db: Kysely<DB>, answerId: number) {
  const a = await db
    .selectFrom('answers as an')
    .leftJoin('users as u', 'u.id', 'an.scan_attached_by')
    .leftJoin('officials as o', 'o.id', 'u.official_id')
    .select(['an.id', 'an.appeal_id', 'an.status', 'an.scan_file_name', 'an.scan_mime_type', 'an.scan_attached_at', 'o.surname', 'o.first_name', 'o.patronymic'])
    .where('an.id', '=', answerId)
    .executeTakeFirst();
  if (!a) throw errors.notFound('Ответ', 'm');
  const card = await getAppealCard(db, a.appeal_id);
  if (!card) throw errors.notFound('Обращение', 'n');
  const recipients = dispatchRecipients(card);
  const body = card.forwarded?.isControl
    ? await db.selectFrom('external_bodies').select(['name', 'postal_address', 'email']).where('id', '=', card.forwarded.bodyId).executeTakeFirst()
    : undefined;
  return {
    answerId: a.id,
    status: a.status,
    recipients: recipients.map((r) => ({ authorId: r.authorId, name: r.name, route: r.delivery.route, address: r.delivery.address, other: r.other })),
    scan: a.scan_file_name && a.scan_attached_at ? { fileName: a.scan_file_name, mimeType: a.scan_mime_type ?? '', attachedAt: a.scan_attached_at.toISOString(), attachedBy: a.surname ? [a.surname, a.first_name, a.patronymic].filter(Boolean).join(' ') : null } : null,
    // DUKI 6.4: what goes by e-mail is the scan of the signed paper answer.
    scanRequired: recipients.some((r) => r.delivery.route === 'email') || (body !== undefined && !body.postal_address.trim() && Boolean(body.email.trim())),
    controlBody: body ? { name: body.name, route: body.postal_address.trim() ? ('post' as const) : ('email' as const), address: body.postal_address.trim() || body.email.trim() } : null,
  };
}
