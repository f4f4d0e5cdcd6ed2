import type { AppealStatus, QuestionResult } from '../../../domain/appeal/lifecycle';
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

export type TotkEditionTable = {
  id: Generated<number>;
  title: string;
  entries: number;
  loaded_at: Timestamp;
  loaded_by: number | null;
  current: Generated<boolean>;
};

export type TotkKind = 'section' | 'theme' | 'group' | 'question' | 'refinement';

export type TotkTable = {
  code: string;
  name: string;
  level: number;
  kind: TotkKind;
  parent: string | null;
  position: number;
  /** to_tsvector('ru', name) — written with the row. */
  search: ColumnType<string, string, string>;
};

export type ExternalBodyKind = 'federal' | 'regional' | 'municipal' | 'court' | 'police' | 'prosecutor' | 'migration' | 'other';

export type ExternalBodyTable = {
  id: Generated<number>;
  name: string;
  kind: ExternalBodyKind;
  postal_address: Generated<string>;
  email: Generated<string>;
  note: Generated<string>;
  active: Generated<boolean>;
  created_at: CreatedAt;
};

export type NumberCounterTable = { scope: string; last_value: Generated<number> };

export type AuthorTable = {
  id: Generated<number>;
  kind: 'person' | 'organisation';
  surname: string | null;
  first_name: string | null;
  patronymic: string | null;
  organisation_name: string | null;
  postal_address: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  territory: Generated<string>;
  social_status: Generated<string>;
  benefit_category: Generated<string>;
  gender: 'm' | 'f' | null;
  /** Normalised for matching (REG-5): lower case, ё → е, words sorted. */
  match_name: string;
  email_norm: Generated<string>;
  phone_norm: Generated<string>;
  address_norm: Generated<string>;
  /** Lower case, ё → е: the surname (or an organisation's name) for typo-tolerant lookup. */
  surname_norm: Generated<string>;
  /** Sound key of surname + first name (`ru_sound_key`, migration 0009), computed by the database. */
  name_key: Generated<string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type AppealForm = 'written' | 'electronic' | 'oral';
export type AppealChannel = 'post' | 'in-person' | 'fax' | 'email' | 'internet-reception' | 'epgu' | 'regional-portal' | 'medo' | 'forwarded' | 'personal-reception' | 'field-reception' | 'video-reception' | 'phone';
export type AppealType = 'proposal' | 'statement' | 'complaint' | 'info-request' | 'not-appeal';
export type Multiplicity = 'primary' | 'repeat' | 'multiple';
export type ControlType = 'internal' | 'special' | 'emergency';

export type AppealTable = {
  id: Generated<number>;
  number: string;
  year: number;
  seq: number;
  repeat_index: number | null;
  received_at: Timestamp;
  received_date: DateOnly;
  registered_at: Timestamp;
  registration_date: DateOnly;
  registration_deadline: DateOnly;
  consideration_deadline: DateOnly;
  form: AppealForm;
  channel: AppealChannel;
  type: AppealType;
  registered_as: Generated<'appeal' | 'correspondence'>;
  collective: Generated<boolean>;
  addressee: Generated<string>;
  forwarded_by_body_id: number | null;
  forwarded_letter_date: DateOnly | null;
  forwarded_letter_number: string | null;
  is_control: Generated<boolean>;
  pages: number | null;
  annotation: string;
  text: Generated<string>;
  multiplicity: Multiplicity;
  previous_appeal_id: number | null;
  control_type: Generated<ControlType>;
  control_official_id: number | null;
  authority_document: string | null;
  warnings: ColumnType<{ code: string; message: string }[], string | undefined, string>;
  status: Generated<AppealStatus>;
  handed_to_user_id: number | null;
  handed_over_at: Timestamp | null;
  resolution_deadline: DateOnly | null;
  urgent: Generated<boolean>;
  control_date: DateOnly | null;
  complained_official_id: number | null;
  complained_unit_id: number | null;
  removed_from_control_at: Timestamp | null;
  removed_from_control_by: number | null;
  kept_on_control_reason: string | null;
  /** DL-2: the deadline before the first extension (migration 0015); null when never extended. */
  original_deadline: DateOnly | null;
  annulled_reason: string | null;
  annulled_at: Timestamp | null;
  idempotency_key: string | null;
  search: ColumnType<string, string, string>;
  created_by: number | null;
  updated_at: Timestamp;
};

export type AppealAuthorTable = { appeal_id: number; author_id: number; role: 'author' | 'signatory' | 'representative'; position: number; receives_answer: Generated<boolean> };
export type AppealQuestionTable = {
  id: Generated<number>;
  appeal_id: number;
  position: number;
  totk_code: string;
  annotation: Generated<string>;
  result: QuestionResult | null;
  result_at: Timestamp | null;
  result_by: number | null;
};

/** ROU-2: a resolution of the head or a deputy (migration 0012). */
export type ResolutionTable = { id: Generated<number>; appeal_id: number; author_user_id: number; acting_for_user_id: number | null; resolution_date: DateOnly; text: Generated<string>; created_at: Timestamp };

/** ROU-2, ROU-3: one executor of one part of a resolution. */
export type AssignmentTable = {
  id: Generated<number>;
  appeal_id: number;
  resolution_id: number;
  part: number;
  executor_user_id: number;
  role: 'responsible' | 'co-executor';
  instruction: string;
  deadline: DateOnly;
  materials_due: DateOnly | null;
  status: Generated<'open' | 'materials-submitted' | 'done' | 'returned' | 'handed-over' | 'cancelled'>;
  materials: string | null;
  materials_submitted_at: Timestamp | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
  /** ROU-5, ROU-4, ROU-12 (migration 0017). */
  drafter_user_id: number | null;
  return_reason: string | null;
  proposed_unit_id: number | null;
  proposed_user_id: number | null;
  handed_over_to: number | null;
};

/** CTL-4: the author's evaluation. */
export type EvaluationTable = { id: Generated<number>; appeal_id: number; value: 'satisfied' | 'not-satisfied'; channel: 'form' | 'internet-reception' | 'phone' | 'oral' | 'post'; received_at: Timestamp; note: Generated<string>; recorded_by: number; created_at: Timestamp };
export type AppealLinkTable = { appeal_id: number; linked_appeal_id: number; kind: 'repeat-of' | 'copy-to-executor'; created_at: CreatedAt };

export type AttachmentTable = {
  id: Generated<number>;
  appeal_id: number;
  kind: 'file' | 'paper';
  file_name: string | null;
  mime_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  storage_key: string | null;
  description: Generated<string>;
  pages: number | null;
  is_original: Generated<boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  removed_at: Timestamp | null;
  /** SPC-10: the statement the additional documents came with (migration 0026). */
  statement_id: Generated<number | null>;
};

export type DocumentTemplateTable = {
  id: Generated<number>;
  kind: string;
  title: string;
  file_name: string;
  /** bytea: a Buffer from pg, a Uint8Array from PGlite — treat as Uint8Array. */
  content: Uint8Array;
  placeholders: ColumnType<string[], string | undefined, string>;
  updated_by: number | null;
  updated_at: Timestamp;
};

export type OutgoingDocumentTable = {
  id: Generated<number>;
  appeal_id: number;
  kind: string;
  route: 'email' | 'post' | 'epgu' | 'in-person' | 'case';
  recipient_author_id: number | null;
  recipient_address: Generated<string>;
  status: Generated<'queued' | 'sent' | 'printed' | 'delivered' | 'failed' | 'cancelled' | 'filed'>;
  due_date: DateOnly | null;
  file_name: string;
  /** bytea: a Buffer from pg, a Uint8Array from PGlite — treat as Uint8Array. */
  content: Uint8Array;
  error: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  /** ANS-6: the outgoing registration (migration 0014). */
  outgoing_number: string | null;
  outgoing_date: DateOnly | null;
  answer_id: number | null;
  /** ROU-7: a letter to another body (migration 0016). */
  recipient_body_id: number | null;
  /** The file's media type: .docx for the letters made here, the scan's own for a scanned answer (migration 0022). */
  content_type: Generated<string>;
};

export type SavedFilterTable = {
  id: Generated<number>;
  user_id: number;
  name: string;
  query: ColumnType<Record<string, string>, string, string>;
  created_at: CreatedAt;
};

/** Background jobs (migration 0010): written in the transaction that needs them. */
export type JobTable = {
  id: Generated<number>;
  name: string;
  payload: ColumnType<unknown, string, string>;
  key: string | null;
  appeal_id: number | null;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  max_attempts: number;
  run_at: Timestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
};

/** ANS-3…7: an answer and its versions and approval route (migration 0014). */
export type AnswerTable = {
  id: Generated<number>;
  appeal_id: number;
  status: Generated<'draft' | 'approval' | 'signed' | 'dispatched'>;
  version: Generated<number>;
  drafter_user_id: number;
  signer_user_id: number | null;
  signed_at: Timestamp | null;
  outgoing_number: string | null;
  outgoing_date: DateOnly | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** ANS-7 (DUKI 6.4): the scan of the signed answer for e-mail (migration 0022). */
  scan_content: Uint8Array | null;
  scan_file_name: string | null;
  scan_mime_type: string | null;
  scan_attached_at: Timestamp | null;
  scan_attached_by: number | null;
};
export type AnswerVersionTable = { id: Generated<number>; answer_id: number; version: number; body: string; content: Uint8Array; file_name: string; created_by: number; created_at: Timestamp };
export type AnswerApprovalTable = {
  id: Generated<number>;
  answer_id: number;
  version: number;
  step: number;
  approver_user_id: number;
  decision: 'approved' | 'returned' | null;
  comment: Generated<string>;
  decided_at: Timestamp | null;
  decided_by: number | null;
};

/** DL-2: an extension memo and the decision on it (migration 0015). */
export type ExtensionTable = {
  id: Generated<number>;
  appeal_id: number;
  requested_by: number;
  reasons: string;
  days: number;
  requested_at: Timestamp;
  request_due: DateOnly;
  deadline_before: DateOnly;
  decision: 'approved' | 'rejected' | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
  decision_comment: Generated<string>;
  new_deadline: DateOnly | null;
};

/** REG-12 (HMR 7.14): a mass action and its items — a durable bulk redirect (migration 0027). */
export type MassActionTable = {
  id: Generated<number>;
  registration_date: DateOnly;
  totk_code: string;
  body_id: number;
  status: Generated<'running' | 'done' | 'done-with-errors'>;
  total: number;
  created_by: number;
  created_at: Timestamp;
  finished_at: Timestamp | null;
};
export type MassActionLetterTable = { id: Generated<number>; action_id: number; cover_letter_id: number; appeals: number; registry_file_name: string; registry_content: Uint8Array; created_at: Timestamp };
export type MassActionItemTable = {
  id: Generated<number>;
  action_id: number;
  appeal_id: number;
  position: number;
  state: Generated<'pending' | 'done' | 'failed'>;
  notices: Generated<number>;
  error: string | null;
  letter_id: number | null;
  processed_at: Timestamp | null;
};

/** ROU-7, ROU-10: what went to which body (migration 0016). */
export type RedirectTable = {
  id: Generated<number>;
  appeal_id: number;
  body_id: number;
  question_ids: ColumnType<number[], string, string>;
  migration: Generated<boolean>;
  due_date: DateOnly;
  cover_letter_id: number | null;
  created_by: number;
  created_at: Timestamp;
};

/** ANS-1, DL-3 (migration 0018). */
export type DocumentsRequestTable = {
  id: Generated<number>;
  appeal_id: number;
  direction: 'outgoing' | 'incoming';
  body_id: number;
  text: Generated<string>;
  letter_date: DateOnly | null;
  letter_number: string | null;
  outgoing_document_id: number | null;
  registered_date: DateOnly;
  due_date: DateOnly;
  answered_at: Timestamp | null;
  answer_note: Generated<string>;
  created_by: number;
  created_at: Timestamp;
};

/** ADM-2: ТОТК question → unit or official (migration 0019). */
export type CompetenceMapTable = { id: Generated<number>; totk_prefix: string; unit_id: number | null; official_id: number | null; note: Generated<string>; created_by: number | null; created_at: Timestamp };

/** ANS-7 (HMR 8.6): a register of postal items handed to the post office, ф. 103 (migration 0020). */
export type PostalRegisterTable = {
  id: Generated<number>;
  year: number;
  seq: number;
  /** «Р-12/2026». */
  number: string;
  register_date: DateOnly;
  document_count: number;
  file_name: string;
  /** bytea: a Buffer from pg, a Uint8Array from PGlite — treat as Uint8Array. */
  content: Uint8Array;
  created_by: number;
  created_at: Timestamp;
};
export type PostalRegisterItemTable = { register_id: number; position: number; outgoing_document_id: number };

/** ROU-8 (59-ФЗ ст. 8 ч. 6): a complaint returned to its author (migration 0021). */
export type ComplaintReturnTable = {
  id: Generated<number>;
  appeal_id: number;
  explanation: Generated<string>;
  due_date: DateOnly;
  late: boolean;
  outgoing_number: string;
  outgoing_date: DateOnly;
  created_by: number;
  acting_for_user_id: number | null;
  created_at: Timestamp;
};

/** SPC-1…13 (59-ФЗ ст. 11): a special-case disposition (migration 0023). */
export type SpecialCaseDispositionTable = {
  id: Generated<number>;
  appeal_id: number;
  code: string;
  spc: string;
  legal_ground: string;
  sstu_status: string;
  totk_code: string | null;
  question_id: number | null;
  rule_id: string | null;
  due_date: DateOnly | null;
  late: Generated<boolean>;
  body_id: number | null;
  comment: Generated<string>;
  document_ids: ColumnType<number[], string, string>;
  outgoing_number: string | null;
  outgoing_date: DateOnly | null;
  created_by: number;
  acting_for_user_id: number | null;
  created_at: Timestamp;
  /** SPC-11: the published answer whose address was sent (migration 0025). */
  publication_id: Generated<number | null>;
  /** SPC-7 (HMR 7.6 абз. 2): the official a courtesy letter was passed to for information (migration 0030). */
  informed_user_id: Generated<number | null>;
};

/** SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15): the registry of terminated correspondence per author and question (migration 0024). */
export type TerminatedCorrespondenceTable = {
  id: Generated<number>;
  author_id: number;
  totk_code: string;
  appeal_id: number;
  disposition_id: number | null;
  decided_at: Timestamp;
  decided_by: number;
  acting_for_user_id: number | null;
  ground: string;
  earlier_appeal_ids: ColumnType<number[], string, string>;
  resumed_at: Timestamp | null;
  resumed_by: number | null;
  resumption_reason: string | null;
  resumed_on_appeal_id: number | null;
};

/** SPC-11 (59-ФЗ ст. 10 ч. 4; HMR 7.8–7.9): an answer proposed for publication, approved or returned (migration 0025). */
export type PublicationTable = {
  id: Generated<number>;
  appeal_id: number;
  answer_id: number;
  status: Generated<'proposed' | 'published' | 'returned' | 'withdrawn'>;
  title: string;
  body: string;
  /** The edition of the answer the text was proposed from (migration 0028). */
  answer_version: number | null;
  proposed_by: number;
  proposed_acting_for: number | null;
  proposed_at: Timestamp;
  decided_by: number | null;
  decided_acting_for: number | null;
  decided_at: Timestamp | null;
  return_reason: string | null;
  return_due: DateOnly | null;
  publication_due: DateOnly | null;
  published_at: Timestamp | null;
  public_url: string | null;
  withdrawn_by: number | null;
  withdrawn_acting_for: number | null;
  withdrawn_at: Timestamp | null;
  withdrawal_reason: string | null;
};

/** REG-11 (HMR 7.15): a copy of the appeal sent for translation into Russian (migration 0029). */
export type TranslationTable = {
  id: Generated<number>;
  appeal_id: number;
  language: string;
  body_id: number;
  letter_id: number | null;
  due_date: DateOnly;
  late: Generated<boolean>;
  status: Generated<'sent' | 'received'>;
  requested_by: number;
  requested_at: Timestamp;
  received_on: DateOnly | null;
  received_text: string | null;
  received_by: number | null;
  received_at: Timestamp | null;
};

/** SPC-11: the ТОТК questions a publication answers (a later appeal on one of them gets its address). */
export type PublicationQuestionTable = { publication_id: number; totk_code: string };

/** CTL-1 (DUKI 7.3–7.4): additional control until the final solution is reported (migration 0021). */
export type AdditionalControlTable = {
  id: Generated<number>;
  appeal_id: number;
  control_date: DateOnly;
  promise: string;
  executor_user_id: number;
  unit_id: number | null;
  resolution_id: number | null;
  assignment_id: number | null;
  notice_document_id: number | null;
  set_by: number;
  acting_for_user_id: number | null;
  set_at: Timestamp;
  report: string | null;
  reported_at: Timestamp | null;
  reported_by: number | null;
  closed_at: Timestamp | null;
};

/** SPC-8…10 (HMR 6.2–6.6): a citizen's statement about an earlier appeal (migration 0026). */
export type StatementTable = {
  id: Generated<number>;
  appeal_id: number;
  kind: 'not-sent' | 'withdrawal' | 'additional-documents';
  seq: number;
  number: string;
  received_date: DateOnly;
  registration_date: DateOnly;
  form: 'written' | 'electronic';
  surname: string;
  first_name: string;
  patronymic: string | null;
  gender: 'm' | 'f' | null;
  postal_address: Generated<string>;
  email: Generated<string>;
  content: string;
  comment: Generated<string>;
  route: 'comparison' | 'attached' | 'new-appeal' | 'forwarded';
  status: 'registered' | 'decided' | 'forwarded' | 'attached' | 'new-appeal';
  comparison_due: DateOnly | null;
  forwarding_due: DateOnly | null;
  is_author: boolean | null;
  outcome: 'anonymous' | 'anonymous-forwarded' | 'continues' | 'stopped' | 'co-author-not-sent' | 'co-author-withdrew' | null;
  /** SPC-8/9: the appeal's author the citizen was compared with. */
  author_id: number | null;
  decision_comment: Generated<string>;
  decided_at: Timestamp | null;
  decided_by: number | null;
  decided_acting_for: number | null;
  late: Generated<boolean>;
  disposition_id: number | null;
  new_appeal_id: number | null;
  body_ids: ColumnType<number[], string | undefined, string>;
  document_ids: ColumnType<number[], string | undefined, string>;
  informed_user_ids: ColumnType<number[], string | undefined, string>;
  created_by: number;
  acting_for_user_id: number | null;
  created_at: Timestamp;
};

export type DB = {
  statements: StatementTable;
  complaint_returns: ComplaintReturnTable;
  special_case_dispositions: SpecialCaseDispositionTable;
  publications: PublicationTable;
  translations: TranslationTable;
  publication_questions: PublicationQuestionTable;
  terminated_correspondence: TerminatedCorrespondenceTable;
  additional_controls: AdditionalControlTable;
  competence_map: CompetenceMapTable;
  postal_registers: PostalRegisterTable;
  postal_register_items: PostalRegisterItemTable;
  documents_requests: DocumentsRequestTable;
  redirects: RedirectTable;
  mass_actions: MassActionTable;
  mass_action_letters: MassActionLetterTable;
  mass_action_items: MassActionItemTable;
  extensions: ExtensionTable;
  answers: AnswerTable;
  answer_versions: AnswerVersionTable;
  answer_approvals: AnswerApprovalTable;
  resolutions: ResolutionTable;
  assignments: AssignmentTable;
  evaluations: EvaluationTable;
  jobs: JobTable;
  attachments: AttachmentTable;
  document_templates: DocumentTemplateTable;
  outgoing_documents: OutgoingDocumentTable;
  saved_filters: SavedFilterTable;
  number_counters: NumberCounterTable;
  authors: AuthorTable;
  appeals: AppealTable;
  appeal_authors: AppealAuthorTable;
  appeal_questions: AppealQuestionTable;
  appeal_links: AppealLinkTable;
  totk_editions: TotkEditionTable;
  totk: TotkTable;
  external_bodies: ExternalBodyTable;
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
