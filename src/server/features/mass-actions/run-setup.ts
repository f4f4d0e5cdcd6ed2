import { computeDeadline } from '../../../domain/deadlines';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { localDate } from '../../../domain/time/local-date';
import { errors } from '../../platform/errors';
import { loadDocumentParties } from '../notices/document-parties';
import { noticeValues, type NoticeSources } from '../notices/notice-values';
import type { RunDeps, RunEnv } from './run-mass-action';
import { prepareBatchTemplate } from './template-batch';

/** The fields of the redirect notice that differ from author to author; the rest is filled once. */
const perAuthor = ['номер', 'дата_регистрации', 'дата_поступления', 'краткое_содержание', 'срок_рассмотрения', 'адресат', 'адресат_дательный', 'адресат_кратко', 'обращение', 'почтовый_адрес', 'эл_почта'];

/**
 * What every batch of a run shares, loaded once per run: the action, the body, the question, the
 * redirect term from the deadline engine, the organisation's details and the notice template
 * prepared for filling many times. Null when the action is not running (finished, or unknown).
 */
export async function loadRunSetup(env: RunEnv, deps: RunDeps, actionId: number) {
  const db = env.db;
  const action = await db.selectFrom('mass_actions').selectAll().where('id', '=', actionId).executeTakeFirst();
  if (!action || action.status !== 'running') return null;
  const body = await db.selectFrom('external_bodies').select(['id', 'name', 'postal_address', 'email']).where('id', '=', action.body_id).executeTakeFirstOrThrow();
  const question = await db.selectFrom('totk').select(['code', 'name']).where('code', '=', action.totk_code).executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select(['id', 'official_id']).where('id', '=', action.created_by).executeTakeFirstOrThrow();
  const profile = deps.profile();
  const calendar = await deps.calendar.get();
  const today = localDate(env.clock.now(), deps.timeZone());
  // ROU-7 (59-ФЗ ст. 8 ч. 3): 7 days from registration — one date for the whole action (one day of registration).
  const due = computeDeadline('redirect', action.registration_date, profile, calendar);
  const parties = await loadDocumentParties(db, user.official_id);
  const template = await db.selectFrom('document_templates').select('content').where('kind', '=', 'redirect-notice').executeTakeFirst();
  if (!template) throw errors.conflict('Шаблон уведомления о переадресации не найден. Администратору: восстановите шаблоны по умолчанию.');
  const questionLine = `1. ${question.name} (${question.code})`;
  const extra = { орган: body.name, адрес_органа: body.postal_address || body.email, вопросы_переадресации: questionLine };
  const sources: Omit<NoticeSources, 'appeal' | 'recipient'> = { organisation: parties.organisation, head: parties.head, executor: parties.official, legalBasis: legalBasisInstrumental(profile.procedureLinks), today };
  const sample = noticeValues({ ...sources, appeal: { number: '', receivedDate: today, registrationDate: today, annotation: '', considerationDeadline: today }, recipient: { kind: 'person', surname: null, firstName: null, patronymic: null, organisationName: null, gender: null, postalAddress: '', email: '' } });
  const constant = Object.fromEntries(Object.entries({ ...sample, ...extra }).filter(([k]) => !perAuthor.includes(k)));
  const fill = prepareBatchTemplate(template.content, constant, perAuthor);
  return {
    action,
    body,
    question,
    questionLine,
    today,
    due,
    parties,
    sources,
    // Events of the run are the registrar's who launched it.
    actor: { userId: action.created_by, actingFor: null },
    notice: (values: Record<string, string>) => fill(values),
  };
}
export type RunSetup = NonNullable<Awaited<ReturnType<typeof loadRunSetup>>>;
