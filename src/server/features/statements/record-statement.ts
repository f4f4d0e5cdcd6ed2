import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { statementKindInfo, statementNumber, statementRoute, type StatementRoute } from '../../../domain/special-cases/statements';
import { getAppealCard } from '../registry/queries';
import type { RegisterStatementInput } from './schemas';
import { makeStatementLetters, type LetterDeps, type StatementFacts } from './letters';
import { redirectedTo, responsibleOfficials } from './responsible';

/** A file of the statement, already in the storage, recorded with the statement (POST …/statements/files). */
export type StatementFile = { fileName: string; key: string; mimeType: string; label: string; size: number; sha256: string };

/** The appeal changed between the unlocked read and the lock so that the statement needs another transaction (a new appeal, or none). */
export class StatementRouteChanged extends Error {
  constructor(readonly route: StatementRoute) {
    super(`statement route changed to ${route}`);
  }
}

/** Where the statement goes, from the appeal's state read in `db` (HMR 6.2–6.6; domain statementRoute). */
export async function currentRoute(db: Kysely<DB>, appeal: { id: number; status: string }, kind: RegisterStatementInput['kind']): Promise<StatementRoute> {
  const redirected = (await redirectedTo(db, appeal)).length > 0;
  // «Ответ направлен» or removed from control: the consideration of the earlier appeal is over (HMR 6.2 абз. 2).
  return statementRoute(kind, { redirected, considerationOver: appeal.status === 'answered' || appeal.status === 'closed' });
}

/**
 * SPC-8…10: writes the statement inside the caller's transaction (its own, or the new appeal's for
 * SPC-10 after the answer): the route decided again under the appeal's lock (the caller chose the
 * transaction from an unlocked read: a different route that needs another transaction is refused with
 * StatementRouteChanged and the caller starts again), the number within the earlier appeal's case, the
 * term, the documents, the letters when the appeal was redirected (HMR 6.2 абз. 3, 6.4, 6.6), and the
 * event on the case.
 */
export async function recordStatement(
  trx: Kysely<DB>,
  ctx: StaffCtx,
  o: { appealId: number; input: RegisterStatementInput; expected: StatementRoute; today: string; newAppealId?: number; files?: readonly StatementFile[]; deps: LetterDeps },
) {
  const { appealId, input, today, deps } = o;
  const now = ctx.clock.now();
  const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', appealId).forUpdate().executeTakeFirst();
  if (!appeal) throw errors.notFound('Обращение', 'n');
  if (appeal.status === 'annulled') throw errors.conflict(`Обращение № ${appeal.number} аннулировано: заявления к нему не регистрируются.`);
  const route = await currentRoute(trx, appeal, input.kind);
  if (route !== o.expected && (route === 'new-appeal' || o.expected === 'new-appeal')) throw new StatementRouteChanged(route);
  const bodies = route === 'forwarded' ? await redirectedTo(trx, appeal) : [];

  // Files already in the case: this appeal's, not removed and not taken by another statement.
  const files = input.attachmentIds.length
    ? await trx.selectFrom('attachments').select(['id', 'file_name', 'statement_id', 'removed_at', 'mime_type', 'size_bytes', 'sha256', 'storage_key', 'description', 'is_original']).where('appeal_id', '=', appealId).where('id', 'in', input.attachmentIds).execute()
    : [];
  if (files.length !== input.attachmentIds.length || files.some((f) => f.statement_id !== null || f.removed_at !== null)) {
    throw errors.invalid('Приложенные файлы не найдены среди приложений обращения или уже отнесены к другому заявлению.', { attachmentIds: 'Загрузите файлы заново.' });
  }

  const info = statementKindInfo[input.kind];
  const counter = await trx
    .insertInto('number_counters')
    .values({ scope: `statements:${appealId}:${info.letter}`, last_value: 1 })
    .onConflict((oc) => oc.column('scope').doUpdateSet({ last_value: sql`number_counters.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  const number = statementNumber(appeal.number, input.kind, counter.last_value);
  // HMR 6.3, 6.5: 3 working days from receipt; HMR 6.2 абз. 3, 6.4, 6.6: 7 days from registration.
  const comparison = route === 'comparison' ? computeDeadline('statement-comparison', input.receivedDate, deps.profile, deps.calendar) : null;
  const forwarding = route === 'forwarded' ? computeDeadline('statement-forwarding', today, deps.profile, deps.calendar) : null;
  // HMR 6.2: the documents are considered in the appeal — its responsible officials are told they arrived.
  const informed = route === 'attached' ? await responsibleOfficials(trx, appealId) : [];
  const row = await trx
    .insertInto('statements')
    .values({
      appeal_id: appealId, kind: input.kind, seq: counter.last_value, number, received_date: input.receivedDate, registration_date: today, form: input.form,
      surname: input.surname, first_name: input.firstName, patronymic: input.patronymic, gender: input.gender, postal_address: input.postalAddress, email: input.email,
      content: input.content, comment: input.comment, route,
      status: route === 'comparison' ? 'registered' : route,
      comparison_due: comparison?.date ?? null, forwarding_due: forwarding?.date ?? null, new_appeal_id: o.newAppealId ?? null,
      body_ids: JSON.stringify(bodies.map((b) => b.id)), informed_user_ids: JSON.stringify(informed),
      created_by: ctx.actor.userId, acting_for_user_id: ctx.actor.actingFor?.userId ?? null, created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  // The documents join the earlier appeal's case; with a new appeal (SPC-10) they are its documents too.
  const documents: string[] = files.map((f) => f.file_name ?? 'файл');
  if (files.length) await trx.updateTable('attachments').set({ statement_id: row.id }).where('id', 'in', files.map((f) => f.id)).execute();
  // Files that came with the registration: recorded only now, with the statement — a refusal leaves none behind.
  const description = `${info.title} № ${number}`;
  for (const target of [appealId, ...(o.newAppealId ? [o.newAppealId] : [])]) {
    for (const f of o.files ?? []) {
      const a = await trx
        .insertInto('attachments')
        .values({ appeal_id: target, kind: 'file', file_name: f.fileName, mime_type: f.mimeType, size_bytes: f.size, sha256: f.sha256, storage_key: f.key, description, is_original: false, statement_id: row.id, created_by: ctx.actor.userId, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordEvent(trx, {
        actor: ctx.actor, at: now, entityType: 'appeal', entityId: target, action: 'attachment.added',
        after: { attachmentId: a.id, kind: 'file', fileName: f.fileName, format: f.label, sizeBytes: f.size, sha256: f.sha256, description, isOriginal: false, statementId: row.id },
        legalGround: info.source, requestId: ctx.requestId,
      });
    }
  }
  documents.push(...(o.files ?? []).map((f) => f.fileName));
  for (const p of input.paperDocuments) {
    await trx.insertInto('attachments').values({ appeal_id: appealId, kind: 'paper', description: p.description, pages: p.pages, statement_id: row.id, created_by: ctx.actor.userId, created_at: now }).execute();
    documents.push(`${p.description} на ${p.pages} л.`);
  }
  if (o.newAppealId) {
    for (const f of files) {
      await trx.insertInto('attachments').values({ appeal_id: o.newAppealId, kind: 'file', file_name: f.file_name, mime_type: f.mime_type, size_bytes: f.size_bytes, sha256: f.sha256, storage_key: f.storage_key, description: f.description, is_original: f.is_original, statement_id: row.id, created_by: ctx.actor.userId, created_at: now }).execute();
    }
    for (const p of input.paperDocuments) await trx.insertInto('attachments').values({ appeal_id: o.newAppealId, kind: 'paper', description: p.description, pages: p.pages, statement_id: row.id, created_by: ctx.actor.userId, created_at: now }).execute();
  }

  let letters: Awaited<ReturnType<typeof makeStatementLetters>> = [];
  if (route === 'forwarded') {
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    const facts: StatementFacts = { kind: input.kind, number, registrationDate: today, receivedDate: input.receivedDate, form: input.form, surname: input.surname, firstName: input.firstName, patronymic: input.patronymic, gender: input.gender, postalAddress: input.postalAddress, email: input.email, comment: input.comment, documents };
    letters = await makeStatementLetters(trx, ctx, deps, { card, statement: facts, today, dueDate: forwarding!.date, notice: { kind: 'statement-forwarding-notice' }, bodies });
    await trx.updateTable('statements').set({ document_ids: JSON.stringify(letters.map((l) => l.id)) }).where('id', '=', row.id).execute();
  }

  const legalGround = route === 'forwarded' ? 'HMR 6.2 абз. 3, 6.4, 6.6' : route === 'new-appeal' ? '59-ФЗ ст. 5 ч. 1; HMR 6.2 абз. 2' : route === 'attached' ? '59-ФЗ ст. 5 ч. 1; HMR 6.2 абз. 1' : info.source;
  await recordEvent(trx, {
    actor: ctx.actor,
    at: now,
    entityType: 'appeal',
    entityId: appealId,
    action: 'statement.registered',
    after: {
      statementId: row.id, number, kind: input.kind, spc: info.spc, route, receivedDate: input.receivedDate, comparisonDue: comparison?.date ?? null, forwardingDue: forwarding?.date ?? null,
      newAppealId: o.newAppealId ?? null, bodyIds: bodies.map((b) => b.id), documents: letters.map((l) => ({ id: l.id, kind: l.kind, route: l.route, outgoingNumber: l.outgoingNumber })), attachments: documents.length, informedUserIds: informed,
    },
    legalGround,
    requestId: ctx.requestId,
  });
  return {
    id: row.id, number, kind: input.kind, route, registrationDate: today, comparisonDue: comparison?.date ?? null, comparisonSteps: comparison?.steps ?? [], forwardingDue: forwarding?.date ?? null,
    newAppealId: o.newAppealId ?? null, documents: letters.map((l) => ({ id: l.id, kind: l.kind, route: l.route, address: l.address, outgoingNumber: l.outgoingNumber })),
  };
}
