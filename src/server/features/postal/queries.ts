import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { templateKindOf } from '../../../domain/documents/template-kinds';
import { fullName } from '../../../domain/org/person-name';
import { authorName } from '../registry/queries';
import type { PostalItemView, RegisterView } from './schemas';

/** An outgoing document with its appeal and its recipient (an author, or a body — ROU-7). */
export function postalDocuments(db: Kysely<DB>) {
  return db
    .selectFrom('outgoing_documents as d')
    .innerJoin('appeals as ap', 'ap.id', 'd.appeal_id')
    .leftJoin('authors as au', 'au.id', 'd.recipient_author_id')
    .leftJoin('external_bodies as eb', 'eb.id', 'd.recipient_body_id')
    .select([
      'd.id', 'd.appeal_id', 'ap.number as appeal_number', 'ap.registration_date', 'ap.status as appeal_status', 'd.kind', 'd.route', 'd.status', 'd.recipient_address', 'd.due_date', 'd.file_name', 'd.created_at',
      'd.outgoing_number', 'd.outgoing_date', 'au.kind as author_kind', 'au.surname', 'au.first_name', 'au.patronymic', 'au.organisation_name', 'eb.name as body_name',
    ]);
}

type DocumentRow = Awaited<ReturnType<ReturnType<typeof postalDocuments>['execute']>>[number];

/** The recipient as the envelope and the register name him: the author's full name, or the body's name. */
export function recipientNameOf(r: Pick<DocumentRow, 'author_kind' | 'surname' | 'first_name' | 'patronymic' | 'organisation_name' | 'body_name'>): string {
  if (r.author_kind) return authorName({ kind: r.author_kind, surname: r.surname, first_name: r.first_name, patronymic: r.patronymic, organisation_name: r.organisation_name });
  return r.body_name ?? '';
}

export function kindTitleOf(kind: string): string {
  return templateKindOf(kind)?.title ?? kind;
}

function presentItem(r: DocumentRow): PostalItemView {
  return {
    id: r.id,
    appealId: r.appeal_id,
    appealNumber: r.appeal_number,
    appealDate: r.registration_date,
    kind: r.kind,
    kindTitle: kindTitleOf(r.kind),
    outgoingNumber: r.outgoing_number,
    outgoingDate: r.outgoing_date,
    recipientName: recipientNameOf(r),
    recipientAddress: r.recipient_address,
    dueDate: r.due_date,
    fileName: r.file_name,
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * ANS-7: postal items waiting to be sent, across all appeals — the earliest due first. An annulled
 * appeal's documents never leave, so they are not offered.
 */
export async function listPostalQueue(db: Kysely<DB>): Promise<PostalItemView[]> {
  const rows = await postalDocuments(db)
    .where('d.route', '=', 'post')
    .where('d.status', '=', 'queued')
    .where('ap.status', '<>', 'annulled')
    .orderBy('d.due_date', 'asc')
    .orderBy('d.id', 'asc')
    .limit(1000)
    .execute();
  return rows.map(presentItem);
}

/** The registers formed, the latest first, with who formed them. */
export async function listRegisters(db: Kysely<DB>): Promise<RegisterView[]> {
  const rows = await db
    .selectFrom('postal_registers as r')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .select(['r.id', 'r.number', 'r.register_date', 'r.document_count', 'r.file_name', 'r.created_at', 'o.surname', 'o.first_name', 'o.patronymic'])
    .orderBy('r.register_date', 'desc')
    .orderBy('r.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    date: r.register_date,
    documentCount: r.document_count,
    createdBy: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }),
    createdAt: r.created_at.toISOString(),
    fileName: r.file_name,
  }));
}

export async function getRegisterFile(db: Kysely<DB>, id: number) {
  return db.selectFrom('postal_registers').select(['id', 'number', 'file_name', 'content']).where('id', '=', id).executeTakeFirst();
}
