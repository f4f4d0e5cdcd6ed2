import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Clock } from '../../platform/clock';
import { recordEvent } from '../../platform/events';
import { MailDeliveryError, type MailTransport } from '../../platform/mail/mail-transport';
import type { Profile } from '../../../domain/profiles';
import { templateKindOf } from '../../../domain/documents/template-kinds';
import { coverText } from './cover-text';
import type { FileStorage } from '../../platform/storage/file-storage';
import { APPEAL_COPY_KINDS, appealCopyAttachments, STATEMENT_COPY_KINDS, statementCopyAttachments } from './appeal-copy';

/** ANS-7, 59-FZ art. 10 ч. 4: an electronic appeal is answered to its e-mail. */
export const DELIVERY_LEGAL_GROUND = '59-ФЗ ст. 10 ч. 4';

export type DeliverCtx = { db: Kysely<DB>; clock: Clock };
/** `storage` and `timeZone` (the app has them; some tests do not): for the appeal's copy sent with a forwarding letter. */
export type DeliverDeps = { mail: MailTransport | null; profile: () => Profile; storage?: FileStorage; timeZone?: () => string };
export type DeliveryAttempt = { attempt: number; maxAttempts: number };

export type DeliveryOutcome = 'sent' | 'skipped' | 'no-transport';

async function loadDocument(db: Kysely<DB>, documentId: number) {
  return db
    .selectFrom('outgoing_documents as d')
    .innerJoin('appeals as ap', 'ap.id', 'd.appeal_id')
    .leftJoin('authors as au', 'au.id', 'd.recipient_author_id')
    .select([
      'd.id', 'd.appeal_id', 'd.kind', 'd.route', 'd.status', 'd.recipient_address', 'd.file_name', 'd.content', 'd.content_type',
      'ap.number', 'ap.registration_date', 'ap.status as appeal_status',
      'au.kind as author_kind', 'au.surname', 'au.first_name', 'au.patronymic', 'au.organisation_name', 'au.gender',
    ])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
}

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): sends one outgoing document by e-mail — the registered file (a
 * notice's .docx, the answer's scan, DUKI 6.4) as the attachment (ANS-6: only a recorded document leaves), a short covering text — to the document's
 * recipient address. Run by the `deliver-email` job, so the SMTP conversation happens after the
 * commit and outside any transaction (PGlite has one connection).
 *
 * Sent: `sent`, `sent_at` and a `document.sent` event. Not sent: the Russian reason is stored with
 * the document and an event records the attempt; after the last attempt the document is `failed`
 * (the registrar is alerted and may resend). The error is rethrown so the job queue retries; its
 * message holds only the SMTP codes (no address, no name reaches the log).
 *
 * A document that is no longer waiting (sent, cancelled with its annulled appeal) is left alone.
 */
export async function deliverEmail(ctx: DeliverCtx, deps: DeliverDeps, documentId: number, run: DeliveryAttempt): Promise<DeliveryOutcome> {
  const doc = await loadDocument(ctx.db, documentId);
  if (!doc || doc.route !== 'email' || doc.status !== 'queued' || doc.appeal_status === 'annulled') return 'skipped';
  // SMTP switched off after the job was written: the letter waits; the next start with SMTP queues it again.
  if (!deps.mail) return 'no-transport';

  const org = await ctx.db.selectFrom('organisation').select(['full_name', 'postal_address', 'phones', 'email', 'site']).executeTakeFirstOrThrow();
  const kindTitle = templateKindOf(doc.kind)?.title ?? 'Документ';
  const recipient = doc.author_kind ? { kind: doc.author_kind, surname: doc.surname, firstName: doc.first_name, patronymic: doc.patronymic, gender: doc.gender } : null;
  const letter = coverText({
    kind: doc.kind,
    kindTitle,
    fileName: doc.file_name,
    appeal: { number: doc.number, registrationDate: doc.registration_date },
    recipient,
    organisation: { fullName: org.full_name, postalAddress: org.postal_address, phones: org.phones, email: org.email, site: org.site },
    plainEmail: deps.profile().params.intake.plainEmail.value,
  });
  const name = doc.author_kind === 'organisation' ? (doc.organisation_name ?? '') : [doc.surname, doc.first_name, doc.patronymic].filter(Boolean).join(' ');

  let messageId: string;
  try {
    // 59-ФЗ ст. 8 ч. 3, ст. 11 ч. 1: a letter forwarding the appeal carries its copy and its files.
    const copy = !deps.storage ? []
      : APPEAL_COPY_KINDS.includes(doc.kind) ? await appealCopyAttachments(ctx.db, deps.storage, doc.appeal_id, deps.timeZone?.() ?? deps.profile().organisation.timeZone)
      // HMR 6.2 абз. 3, 6.4, 6.6: a statement following the redirected appeal carries the statement, not the appeal again.
      : STATEMENT_COPY_KINDS.includes(doc.kind) ? await statementCopyAttachments(ctx.db, deps.storage, doc.id)
      : [];
    ({ messageId } = await deps.mail.send({
      to: { address: doc.recipient_address, ...(name ? { name } : {}) },
      subject: letter.subject,
      text: letter.text,
      date: ctx.clock.now(),
      attachments: [{ fileName: doc.file_name, content: doc.content, contentType: doc.content_type }, ...copy],
    }));
  } catch (err) {
    const failure = err instanceof MailDeliveryError ? err : new MailDeliveryError('Письмо не отправлено: непредвиденная ошибка при подготовке или отправке письма.', undefined, undefined);
    await recordFailure(ctx, doc, failure, run);
    throw failure;
  }

  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    // The letter has left: that is the fact to record, whatever happened to the row meanwhile.
    await trx.updateTable('outgoing_documents').set({ status: 'sent', sent_at: now, error: null }).where('id', '=', doc.id).execute();
    await recordEvent(trx, {
      actor: null,
      at: now,
      entityType: 'outgoing_document',
      entityId: doc.id,
      action: 'document.sent',
      before: { status: doc.status },
      after: { appealId: doc.appeal_id, kind: doc.kind, route: 'email', status: 'sent', attempt: run.attempt, messageId },
      legalGround: DELIVERY_LEGAL_GROUND,
    });
  });
  return 'sent';
}

async function recordFailure(ctx: DeliverCtx, doc: { id: number; appeal_id: number; kind: string }, failure: MailDeliveryError, run: DeliveryAttempt) {
  const last = run.attempt >= run.maxAttempts;
  const error = last
    ? `Письмо не отправлено (попыток: ${run.attempt}). ${failure.reason} Проверьте адрес и настройки почты и отправьте документ повторно.`
    : `Попытка ${run.attempt} из ${run.maxAttempts} не удалась. ${failure.reason} Письмо будет отправлено повторно автоматически.`;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable('outgoing_documents')
      .set(last ? { status: 'failed', error } : { error })
      .where('id', '=', doc.id)
      .where('status', '=', 'queued')
      .returning('id')
      .executeTakeFirst();
    if (!changed) return; // cancelled meanwhile: nothing waits for this letter any more
    await recordEvent(trx, {
      actor: null,
      at: now,
      entityType: 'outgoing_document',
      entityId: doc.id,
      action: last ? 'document.delivery-failed' : 'document.delivery-attempt-failed',
      before: { status: 'queued' },
      after: { appealId: doc.appeal_id, kind: doc.kind, route: 'email', status: last ? 'failed' : 'queued', attempt: run.attempt, maxAttempts: run.maxAttempts, error: failure.reason, code: failure.code ?? null, responseCode: failure.responseCode ?? null },
      legalGround: DELIVERY_LEGAL_GROUND,
    });
  });
}
