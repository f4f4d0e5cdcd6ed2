import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { StaffCtx } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { outgoingStatusLabels, routeLabels } from '../../../domain/documents/delivery-route';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { fullName } from '../../../domain/org/person-name';
import { loadDocumentParties } from '../notices/document-parties';
import { buildRegisterDocument } from './register-document';
import { kindTitleOf, postalDocuments, recipientNameOf } from './queries';
import type { FormedRegisterView } from './schemas';

/** «Р-12/2026»: the register's number within the year. */
export function formatRegisterNumber(seq: number, year: number): string {
  return `Р-${seq}/${year}`;
}

/** The next register number of the year: one counter row, held locked by the caller's transaction. */
async function nextRegisterSeq(trx: Kysely<DB>, year: number): Promise<number> {
  const row = await trx
    .insertInto('number_counters')
    .values({ scope: `postal-register:${year}`, last_value: 1 })
    .onConflict((oc) => oc.column('scope').doUpdateSet({ last_value: sql`number_counters.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

/** «И. П. Иванов» — initials before the surname under a signature (ГОСТ Р 7.0.97-2016). */
function signatureName(p: { surname: string; firstName: string; patronymic: string | null }): string {
  const initials = [p.firstName, p.patronymic].filter((x): x is string => Boolean(x)).map((x) => `${x.charAt(0).toUpperCase()}.`);
  return [...initials, p.surname].join(' ');
}

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): the registrar hands the postal items to the post office with a register
 * (список внутренних почтовых отправлений, ф. 103). In one transaction: the documents are locked
 * (`for update`, in id order — two registrars forming at once never put one letter in two registers,
 * the second waits and is refused), each must still wait for the post; the register gets its number
 * within the year and its date in the organisation's time zone, its printable .docx, its rows; each
 * document becomes «Отправлено» with the time; an event per document and one for the register.
 */
export async function formPostalRegister(ctx: StaffCtx, documentIds: number[], deps: { timeZone: string }): Promise<FormedRegisterView> {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  const year = Number(today.slice(0, 4));
  const ids = [...new Set(documentIds)].sort((a, b) => a - b);
  return ctx.db.transaction().execute(async (trx) => {
    const docs = await postalDocuments(trx).where('d.id', 'in', ids).orderBy('d.id').forUpdate('d').execute();
    const missing = ids.filter((id) => !docs.some((d) => d.id === id));
    if (missing.length > 0) throw new AppError('not_found', 404, 'Реестр не сформирован: некоторые из выбранных документов не найдены. Обновите список.');
    const refusals: string[] = [];
    for (const d of docs) {
      const what = `«${kindTitleOf(d.kind)}» по обращению № ${d.appeal_number}`;
      if (d.route !== 'post') refusals.push(`${what} направляется не почтой («${routeLabels[d.route]}»)`);
      else if (d.status !== 'queued') refusals.push(`${what} уже не ожидает отправки: состояние — «${outgoingStatusLabels[d.status]}»`);
      else if (d.appeal_status === 'annulled') refusals.push(`${what}: обращение аннулировано, документы по нему не отправляются`);
      else if (!d.recipient_address.trim()) refusals.push(`${what}: не указан почтовый адрес получателя`);
    }
    if (refusals.length > 0) throw errors.conflict(`Реестр не сформирован. В реестр почтовых отправлений включаются только документы, ожидающие отправки почтой: ${refusals.join('; ')}. Обновите список и выберите документы заново.`);

    // Ordered as the registrar sees the queue: the earliest due first.
    const ordered = [...docs].sort((a, b) => (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999') || a.id - b.id);
    const seq = await nextRegisterSeq(trx, year);
    const number = formatRegisterNumber(seq, year);
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);
    const registrar = parties.official;
    const content = await buildRegisterDocument({
      number,
      date: today,
      organisation: { fullName: parties.organisation.fullName, postalAddress: parties.organisation.postalAddress },
      handedBy: { position: registrar?.position ?? '', name: registrar ? signatureName(registrar) : '' },
      items: ordered.map((d) => ({ recipientName: recipientNameOf(d), recipientAddress: d.recipient_address, outgoingNumber: d.outgoing_number, outgoingDate: d.outgoing_date, kindTitle: kindTitleOf(d.kind), appealNumber: d.appeal_number })),
    });
    const fileName = `Реестр почтовых отправлений № ${number.replace(/[\\/]/g, '-')} от ${formatDateRu(today)}.docx`;
    const register = await trx
      .insertInto('postal_registers')
      .values({ year, seq, number, register_date: today, document_count: ordered.length, file_name: fileName, content, created_by: ctx.actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('postal_register_items').values(ordered.map((d, i) => ({ register_id: register.id, position: i + 1, outgoing_document_id: d.id }))).execute();
    await trx.updateTable('outgoing_documents').set({ status: 'sent', sent_at: now }).where('id', 'in', ids).execute();
    for (const d of ordered) {
      await recordEvent(trx, {
        actor: ctx.actor,
        at: now,
        entityType: 'outgoing_document',
        entityId: d.id,
        action: 'document.posted',
        before: { status: d.status },
        after: { appealId: d.appeal_id, kind: d.kind, status: 'sent', registerId: register.id, registerNumber: number },
        legalGround: '59-ФЗ ст. 10 ч. 4; HMR 8.6, DUKI 5.21',
        requestId: ctx.requestId,
      });
    }
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'postal_register',
      entityId: register.id,
      action: 'postal-register.formed',
      after: { number, date: today, documentIds: ordered.map((d) => d.id), count: ordered.length },
      legalGround: 'HMR 8.6, DUKI 5.21',
      requestId: ctx.requestId,
    });
    const createdBy = registrar ? fullName(registrar) : '';
    return { id: register.id, number, date: today, documentCount: ordered.length, createdBy, createdAt: now.toISOString(), fileName, documentIds: ordered.map((d) => d.id) };
  });
}
