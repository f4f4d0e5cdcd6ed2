import { sql, type Kysely } from 'kysely';

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): a written appeal is answered by post. The registrar hands the letters
 * to the post office with a register of postal items (список внутренних почтовых отправлений,
 * ф. 103): a number within the year, a date, the documents in it in order, the printed register.
 * A document goes into one register only (unique), and only once it leaves the print queue.
 */
const statements = [
  `create table postal_registers (
     id serial primary key,
     year int not null,
     seq int not null,
     number text not null,
     register_date date not null,
     document_count int not null check (document_count > 0),
     file_name text not null,
     content bytea not null,
     created_by int not null references users(id),
     created_at timestamptz not null,
     unique (year, seq))`,
  `create index postal_registers_recent on postal_registers(register_date, id)`,
  `create table postal_register_items (
     register_id int not null references postal_registers(id),
     position int not null,
     outgoing_document_id int not null unique references outgoing_documents(id),
     primary key (register_id, position))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
