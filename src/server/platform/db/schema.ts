import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** Calendar date 'YYYY-MM-DD' (both drivers return strings — see database.ts). */
type DateOnly = string;
type Json<T extends object> = JSONColumnType<T, string, string>;

export type OrganisationTable = {
  id: Generated<number>;
  profile_code: string;
  full_name: string;
  short_name: string;
  head_title: string;
  postal_address: string;
  phones: Json<{ label: string; number: string }[]>;
  email: string;
  site: string;
  time_zone: string;
  working_hours: Json<{ days: string; hours: string; break?: string }[]>;
  reception_hours: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type UnitTable = {
  id: Generated<number>;
  organisation_id: number;
  parent_id: number | null;
  name: string;
  kind: 'body' | 'department';
  sort_order: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
};

export type PositionTable = {
  id: Generated<number>;
  organisation_id: number;
  unit_id: number | null;
  name: string;
  is_head: Generated<boolean>;
  active: Generated<boolean>;
};

export type OfficialTable = {
  id: Generated<number>;
  organisation_id: number;
  surname: string;
  first_name: string;
  patronymic: string | null;
  position_id: number | null;
  unit_id: number | null;
  phone: string | null;
  email: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
};

export type UserTable = {
  id: Generated<number>;
  organisation_id: number;
  official_id: number;
  login: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  password_changed_at: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: CreatedAt;
  deactivated_at: Timestamp | null;
};

export type UserRoleTable = { user_id: number; role: string };
export type SupervisedUnitTable = { user_id: number; unit_id: number };

export type SubstitutionTable = {
  id: Generated<number>;
  substitute_user_id: number;
  absent_user_id: number;
  date_from: DateOnly;
  date_to: DateOnly;
  reason: string;
  created_by: number | null;
  created_at: CreatedAt;
  cancelled_at: Timestamp | null;
};

export type SessionTable = {
  id: string;
  user_id: number;
  acting_for_user_id: number | null;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
};

export type EventTable = {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_user_id: number | null;
  acting_for_user_id: number | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: ColumnType<unknown, string | null, never> | null;
  after: ColumnType<unknown, string | null, never> | null;
  legal_ground: string | null;
  request_id: string | null;
};

export type CalendarYearTable = {
  year: number;
  confirmed: Generated<boolean>;
  source: string;
  confirmed_by: number | null;
  confirmed_at: Timestamp | null;
  updated_at: Timestamp;
};

export type CalendarDayTable = {
  date: DateOnly;
  year: number;
  kind: 'holiday' | 'day-off' | 'working' | 'shortened';
  note: string;
};

export type DB = {
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  organisation: OrganisationTable;
  units: UnitTable;
  positions: PositionTable;
  officials: OfficialTable;
  users: UserTable;
  user_roles: UserRoleTable;
  supervised_units: SupervisedUnitTable;
  substitutions: SubstitutionTable;
  sessions: SessionTable;
  events: EventTable;
};
