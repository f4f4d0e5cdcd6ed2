import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { computeDeadline, DeadlineError, type ExplanationStep, type RuleId } from '../../../domain/deadlines';
import { templateKindOf } from '../../../domain/documents/template-kinds';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { authorName } from '../registry/queries';
import type { NoticeDeps } from './queue-registration-notices';
import type { OutgoingDocumentView, QueueQuery } from './schemas';

/**
 * The deadline rule behind each kind's due date and the day it counts from (the explanation is
 * recomputed on reading): the notice from the registration (REG-9), the act's copy to the author
 * from the act (INT-4: the day it was drawn up).
 */
const dueRules: Record<string, { rule: RuleId; from: 'registration' | 'created' }> = {
  'registration-notice': { rule: 'registration-notice', from: 'registration' },
  'mail-opening-act': { rule: 'act-to-author', from: 'created' },
};

type ReadDeps = Pick<NoticeDeps, 'profile' | 'calendar' | 'timeZone'> & { today: string };

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('outgoing_documents as d')
    .innerJoin('appeals as ap', 'ap.id', 'd.appeal_id')
    .leftJoin('authors as au', 'au.id', 'd.recipient_author_id')
    .leftJoin('external_bodies as eb', 'eb.id', 'd.recipient_body_id')
    .select([
      'd.id', 'd.appeal_id', 'ap.number as appeal_number', 'ap.registration_date', 'd.kind', 'd.route', 'd.status', 'd.recipient_address', 'd.due_date', 'd.file_name', 'd.created_at', 'd.sent_at', 'd.error',
      'au.kind as author_kind', 'au.surname', 'au.first_name', 'au.patronymic', 'au.organisation_name', 'eb.name as body_name', 'd.outgoing_number', 'd.outgoing_date',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function dueSteps(r: Row, deps: ReadDeps): ExplanationStep[] {
  const due = dueRules[r.kind];
  if (!due || !r.due_date) return [];
  try {
    const start = due.from === 'registration' ? r.registration_date : localDate(r.created_at, deps.timeZone);
    const d = computeDeadline(due.rule, start, deps.profile, deps.calendar);
    if (d.date === r.due_date) return d.steps;
    // The calendar changed after the document was queued: the stored date stands, and says so.
    return [...d.steps, { kind: 'warning', date: r.due_date, text: `Срок ${formatDateRu(r.due_date)} установлен при постановке документа в очередь; по действующему производственному календарю он приходится на ${formatDateRu(d.date)}.` }];
  } catch (e) {
    if (e instanceof DeadlineError) return [];
    throw e;
  }
}

function present(r: Row, deps: ReadDeps): OutgoingDocumentView {
  return {
    id: r.id,
    appealId: r.appeal_id,
    appealNumber: r.appeal_number,
    kind: r.kind,
    kindTitle: templateKindOf(r.kind)?.title ?? r.kind,
    route: r.route,
    status: r.status,
    // An author, or a body (ROU-7: the cover letter of a redirect).
    recipientName: r.author_kind ? authorName({ kind: r.author_kind, surname: r.surname, first_name: r.first_name, patronymic: r.patronymic, organisation_name: r.organisation_name }) : (r.body_name ?? ''),
    // ANS-6: the outgoing registration, when the document has one.
    outgoingNumber: r.outgoing_number,
    outgoingDate: r.outgoing_date,
    recipientAddress: r.recipient_address,
    dueDate: r.due_date,
    // DL-8: overdue while it has not left by its date.
    overdue: r.due_date !== null && (r.status === 'queued' || r.status === 'failed') && deps.today > r.due_date,
    dueSteps: dueSteps(r, deps),
    fileName: r.file_name,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    error: r.error,
  };
}

/** The outgoing documents of one appeal (REG-9, ANS-6), oldest first. */
export async function listAppealDocuments(db: Kysely<DB>, appealId: number, deps: ReadDeps): Promise<OutgoingDocumentView[]> {
  const rows = await baseQuery(db).where('d.appeal_id', '=', appealId).orderBy('d.id').execute();
  return rows.map((r) => present(r, deps));
}

/** The print queue and other queues: by status and route, the earliest due first. */
export async function listOutgoingDocuments(db: Kysely<DB>, q: QueueQuery, deps: ReadDeps): Promise<OutgoingDocumentView[]> {
  // An annulled appeal's documents never leave (its queued items wait to be cancelled, not printed).
  let sel = baseQuery(db).where('d.status', '=', q.status).where('ap.status', '<>', 'annulled');
  if (q.route) sel = sel.where('d.route', '=', q.route);
  const rows = await sel.orderBy('d.due_date', 'asc').orderBy('d.id', 'asc').limit(q.limit).execute();
  return rows.map((r) => present(r, deps));
}

export async function getOutgoingFile(db: Kysely<DB>, id: number) {
  return db.selectFrom('outgoing_documents').select(['id', 'appeal_id', 'file_name', 'content', 'content_type']).where('id', '=', id).executeTakeFirst();
}
