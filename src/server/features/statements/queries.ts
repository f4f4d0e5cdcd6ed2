import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { fullName } from '../../../domain/org/person-name';
import { comparisonOutcomeLabels, statementKindInfo, statementRouteLabels } from '../../../domain/special-cases/statements';

const parseIds = (v: unknown): number[] => (typeof v === 'string' ? JSON.parse(v) : (v as number[]));

/**
 * The case page's «Заявления и дополнительные документы»: every statement with its term (the date only:
 * days left or overdue are computed where it is shown, DL-8), its outcome, the documents made and the
 * enclosures. The citizen's address is shown to those who read the case, as the card shows the author's.
 */
export async function listStatements(db: Kysely<DB>, appealId: number) {
  const rows = await db
    .selectFrom('statements as s')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('users as du', 'du.id', 's.decided_by')
    .leftJoin('officials as do', 'do.id', 'du.official_id')
    .leftJoin('appeals as na', 'na.id', 's.new_appeal_id')
    .leftJoin('authors as sa', 'sa.id', 's.author_id')
    .select([
      's.author_id', 'sa.surname as a_surname', 'sa.first_name as a_first', 'sa.patronymic as a_patronymic', 'sa.organisation_name as a_org',
      's.id', 's.kind', 's.number', 's.received_date', 's.registration_date', 's.surname', 's.first_name', 's.patronymic', 's.postal_address', 's.email', 's.content', 's.comment', 's.route', 's.status',
      's.comparison_due', 's.forwarding_due', 's.is_author', 's.outcome', 's.decision_comment', 's.decided_at', 's.late', 's.new_appeal_id', 's.document_ids', 's.body_ids', 's.created_at',
      'o.surname as by_surname', 'o.first_name as by_first', 'o.patronymic as by_patronymic', 'do.surname as d_surname', 'do.first_name as d_first', 'do.patronymic as d_patronymic', 'na.number as new_number',
    ])
    .where('s.appeal_id', '=', appealId)
    .orderBy('s.id')
    .execute();
  const ids = rows.flatMap((r) => parseIds(r.document_ids));
  const docs = ids.length ? await db.selectFrom('outgoing_documents').select(['id', 'kind', 'route', 'recipient_address', 'outgoing_number', 'outgoing_date', 'status', 'sent_at']).where('id', 'in', ids).execute() : [];
  const enclosures = rows.length
    ? await db.selectFrom('attachments').select(['id', 'statement_id', 'kind', 'file_name', 'description', 'pages']).where('statement_id', 'in', rows.map((r) => r.id)).where('appeal_id', '=', appealId).where('removed_at', 'is', null).orderBy('id').execute()
    : [];
  const bodyIds = rows.flatMap((r) => parseIds(r.body_ids));
  const bodies = bodyIds.length ? await db.selectFrom('external_bodies').select(['id', 'name']).where('id', 'in', bodyIds).execute() : [];
  return rows.map((r) => ({
    id: r.id, kind: r.kind, spc: statementKindInfo[r.kind].spc, kindTitle: statementKindInfo[r.kind].title, number: r.number, receivedDate: r.received_date, registrationDate: r.registration_date,
    citizen: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }), postalAddress: r.postal_address, email: r.email, content: r.content, comment: r.comment,
    route: r.route, routeLabel: statementRouteLabels[r.route], status: r.status,
    // The term that matters now: the comparison (SPC-8/9) until decided, the forwarding after a redirect.
    dueDate: r.comparison_due ?? r.forwarding_due, dueRule: r.comparison_due ? 'statement-comparison' : r.forwarding_due ? 'statement-forwarding' : null,
    isAuthor: r.is_author, outcome: r.outcome,
    // SPC-8/9: the appeal's author the citizen was compared with.
    author: r.author_id ? { id: r.author_id, name: r.a_org ?? fullName({ surname: r.a_surname ?? '', firstName: r.a_first ?? '', patronymic: r.a_patronymic }) } : null, outcomeLabel: r.outcome ? comparisonOutcomeLabels[r.outcome] : null, decisionComment: r.decision_comment,
    decidedAt: r.decided_at?.toISOString() ?? null, decidedBy: r.d_surname ? fullName({ surname: r.d_surname, firstName: r.d_first ?? '', patronymic: r.d_patronymic }) : null, late: r.late,
    newAppeal: r.new_appeal_id ? { id: r.new_appeal_id, number: r.new_number ?? '' } : null,
    bodies: parseIds(r.body_ids).map((id) => bodies.find((b) => b.id === id)?.name ?? ''),
    documents: parseIds(r.document_ids).map((id) => docs.find((d) => d.id === id)).filter((d) => d !== undefined).map((d) => ({ id: d.id, kind: d.kind, route: d.route, address: d.recipient_address, outgoingNumber: d.outgoing_number, outgoingDate: d.outgoing_date, status: d.status, sentAt: d.sent_at?.toISOString() ?? null })),
    enclosures: enclosures.filter((a) => a.statement_id === r.id).map((a) => ({ id: a.id, kind: a.kind, fileName: a.file_name, description: a.description, pages: a.pages })),
    createdAt: r.created_at.toISOString(), by: fullName({ surname: r.by_surname, firstName: r.by_first, patronymic: r.by_patronymic }),
  }));
}

/**
 * HMR 6.3 абз. 3, 6.5 абз. 4, 6.2: what the official responsible for the consideration was informed of —
 * decisions on statements and additional documents on his appeals, newest first («Мои поручения»). It
 * stays after the decision cancelled his assignment, so he learns why.
 */
export async function informedStatements(db: Kysely<DB>, userId: number) {
  const rows = await db
    .selectFrom('statements as s')
    .innerJoin('appeals as a', 'a.id', 's.appeal_id')
    .select(['s.id', 's.appeal_id', 'a.number as appeal_number', 's.kind', 's.number', 's.route', 's.status', 's.outcome', 's.decided_at', 's.created_at'])
    .where('s.status', 'in', ['decided', 'attached'])
    .where(sql<boolean>`s.informed_user_ids @> ${JSON.stringify([userId])}::jsonb`)
    .orderBy('s.id', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => ({
      id: r.id, appealId: r.appeal_id, appealNumber: r.appeal_number, kind: r.kind, kindTitle: statementKindInfo[r.kind].title, number: r.number,
      what: r.outcome ? comparisonOutcomeLabels[r.outcome] : statementRouteLabels[r.route], at: (r.decided_at ?? r.created_at).toISOString(),
    }));
}
