import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { routeLabels } from '../../../domain/documents/delivery-route';
import { buildEnvelope } from './envelope-document';
import { kindTitleOf, postalDocuments, recipientNameOf } from './queries';

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): the envelope of a postal outgoing document — from the organisation
 * (its name and postal address as the administrator keeps them) to the document's recipient at the
 * address the document was queued to. Only a document that goes by post has an envelope.
 * Reading only: nothing changes, so no event.
 */
export async function makeEnvelope(db: Kysely<DB>, documentId: number): Promise<{ fileName: string; content: Uint8Array }> {
  const doc = await postalDocuments(db).where('d.id', '=', documentId).executeTakeFirst();
  if (!doc) throw errors.notFound('Документ', 'm');
  if (doc.route !== 'post') throw errors.conflict(`Конверт печатается только для документов, направляемых почтой; этот документ направляется иначе: «${routeLabels[doc.route]}».`);
  if (!doc.recipient_address.trim()) throw errors.conflict('У документа не указан почтовый адрес получателя: конверт не сформирован.');
  const org = await db.selectFrom('organisation').select(['full_name', 'postal_address']).executeTakeFirstOrThrow();
  const content = await buildEnvelope({
    sender: { name: org.full_name, address: org.postal_address },
    recipient: { name: recipientNameOf(doc), address: doc.recipient_address },
  });
  // The file is named by the document and the appeal, never by the person (names stay out of file lists).
  const number = doc.appeal_number.replace(/[\\/]/g, '-');
  const outgoing = doc.outgoing_number ? ` (исх. ${doc.outgoing_number})` : '';
  return { fileName: `Конверт — ${kindTitleOf(doc.kind)}${outgoing}, обращение № ${number}.docx`, content };
}
