import { sql, type Kysely } from 'kysely';

/**
 * ANS-7 (DUKI 6.4, HMR 8.6): the scan of the signed answer — what an electronic appeal is answered
 * with by e-mail — kept with the answer; and the format of every outgoing document's file, so a
 * scan (PDF, JPEG, PNG) is served and mailed as what it is (the letters made here stay .docx).
 */
const statements = [
  `alter table answers add column scan_content bytea`,
  `alter table answers add column scan_file_name text`,
  `alter table answers add column scan_mime_type text`,
  `alter table answers add column scan_attached_at timestamptz`,
  `alter table answers add column scan_attached_by int references users(id)`,
  `alter table outgoing_documents add column content_type text not null default 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
