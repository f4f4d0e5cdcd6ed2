import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/actor';
import { recordEvent } from '../../platform/events';
import type { AppealStatus, QuestionResult } from '../../../domain/appeal/lifecycle';
import type { Delivery } from '../../../domain/documents/delivery-route';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';

/**
 * The steps of a redirect by competence shared by the redirect of one appeal (redirect-appeal.ts)
 * and the mass action (REG-12, HMR 7.14), so that both leave the same documents, results and events.
 */

export type RedirectedTarget = { bodyId: number; coverLetterId: number | null; noticeIds: number[]; outgoingNumber: string | null; questionIds: number[] };

/** ROU-7 (59-ФЗ ст. 8 ч. 3; DUKI 4.3): the author's notice, registered as outgoing and queued by its route. */
export async function insertRedirectNotice(
  trx: Kysely<DB>,
  deps: DeliveryDeps,
  n: { appealId: number; appealNumber: string; recipientAuthorId: number; delivery: Delivery; dueDate: string; content: Uint8Array; userId: number; now: Date },
): Promise<number> {
  const notice = await trx
    .insertInto('outgoing_documents')
    .values({
      appeal_id: n.appealId, kind: 'redirect-notice', route: n.delivery.route, recipient_author_id: n.recipientAuthorId, recipient_address: n.delivery.address, status: 'queued', due_date: n.dueDate,
      file_name: `Уведомление о переадресации, обращение № ${n.appealNumber.replace(/[\\/]/g, '-')}.docx`, content: n.content, created_by: n.userId, created_at: n.now,
    })
    .returning(['id', 'route'])
    .executeTakeFirstOrThrow();
  if (notice.route === 'email') await enqueueDelivery(trx, deps, notice.id);
  return notice.id;
}

/**
 * CTL-3: «направлено по компетенции» for every question sent; when none is left the appeal is
 * «Направлено по компетенции» (ROU-7); the event with the targets, in the caller's transaction.
 */
export async function markRedirected(
  trx: Kysely<DB>,
  e: {
    actor: Pick<Actor, 'userId' | 'actingFor'>;
    requestId?: string;
    now: Date;
    appeal: { id: number; status: AppealStatus };
    to: AppealStatus;
    questions: readonly { id: number; result: QuestionResult | null }[];
    sent: readonly number[];
    dueDate: string;
    migration: boolean;
    targets: readonly RedirectedTarget[];
    /** What else the event records (the mass action it belongs to). */
    extra?: Record<string, unknown>;
  },
): Promise<{ status: AppealStatus; whole: boolean }> {
  await trx.updateTable('appeal_questions').set({ result: 'redirected', result_at: e.now, result_by: e.actor.userId }).where('id', 'in', [...e.sent]).execute();
  const whole = e.questions.every((q) => e.sent.includes(q.id) || q.result === 'redirected');
  if (whole) await trx.updateTable('appeals').set({ status: e.to, updated_at: e.now }).where('id', '=', e.appeal.id).execute();
  const status = whole ? e.to : e.appeal.status;
  await recordEvent(trx, {
    actor: e.actor,
    at: e.now,
    entityType: 'appeal',
    entityId: e.appeal.id,
    action: 'appeal.redirected',
    before: { status: e.appeal.status },
    after: { status, dueDate: e.dueDate, migration: e.migration, targets: e.targets, ...e.extra },
    legalGround: e.migration ? '59-ФЗ ст. 8 ч. 3.1' : '59-ФЗ ст. 8 ч. 3',
    ...(e.requestId ? { requestId: e.requestId } : {}),
  });
  return { status, whole };
}
