import { sql, type Kysely } from 'kysely';

/** ADM-5: production calendars per year, editable by administrators. */
const statements = [
  `create table calendar_years (
     year int primary key check (year between 2000 and 2100),
     confirmed boolean not null default false,
     source text not null,
     confirmed_by int references users(id),
     confirmed_at timestamptz,
     updated_at timestamptz not null default now())`,
  `create table calendar_days (
     date date primary key,
     year int not null references calendar_years(year),
     kind text not null check (kind in ('holiday', 'day-off', 'working', 'shortened')),
     note text not null)`,
  `create index calendar_days_year on calendar_days(year)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
