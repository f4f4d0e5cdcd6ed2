import { sql, type Kysely } from 'kysely';

/**
 * INT-4 (HMR 2.6, DUKI 2.3): one copy of the mail-opening act is attached to the appeal itself — a
 * document that goes nowhere. Its route is «в дело» and its state «приобщён к обращению».
 */
const statements = [
  `alter table outgoing_documents drop constraint outgoing_documents_route_check`,
  `alter table outgoing_documents add constraint outgoing_documents_route_check check (route in ('email', 'post', 'epgu', 'in-person', 'case'))`,
  `alter table outgoing_documents drop constraint outgoing_documents_status_check`,
  `alter table outgoing_documents add constraint outgoing_documents_status_check check (status in ('queued', 'sent', 'printed', 'delivered', 'failed', 'cancelled', 'filed'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
