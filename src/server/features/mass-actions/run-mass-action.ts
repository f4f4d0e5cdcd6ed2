import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { defineJob, type JobQueue } from '../../platform/jobs/job-queue';
import type { AppDeps } from '../../platform/http/deps';
import { appealStatusLabels, transition } from '../../../domain/appeal/lifecycle';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { noticeRecipients } from '../notices/recipients';
import { noticeValues } from '../notices/notice-values';
import type { DeliveryDeps } from '../delivery/deliver-email-job';
import { insertRedirectNotice, markRedirected } from '../redirects/record-redirect';
import { finishMassAction } from './finish-mass-action';
import { loadRunSetup, type RunSetup } from './run-setup';

export const MASS_ACTION_RUN = 'mass-action-run';
/** One transaction per batch: long enough to be fast, short enough to let the page and other work in. */
export const MASS_ACTION_BATCH = 200;

/** The application's logger (pino's shape): a failure's class and stack only, never its message or an appeal's data. */
export type RunLog = { error: (obj: object, msg: string) => void };
export type RunDeps = Pick<AppDeps, 'profile' | 'calendar' | 'timeZone'> & { delivery: DeliveryDeps; log: RunLog };
export type RunEnv = { db: Kysely<DB>; clock: Clock };

const payload = z.object({ actionId: z.number().int().positive() });

/** REG-12: the durable run of a mass action; a failure of the whole run (database gone) is retried. */
export function massActionJob(deps: RunDeps) {
  return defineJob({ name: MASS_ACTION_RUN, payload, maxAttempts: 10, handler: async (p, { db, clock }) => runMassAction({ db, clock }, deps, p.actionId) });
}
export type MassActionJob = ReturnType<typeof massActionJob>;

/** The job keys of one action: `mass-action-run:<action>:<run>`; the launch is run 1, every retry the next. */
export const runKeyPrefix = (actionId: number) => `${MASS_ACTION_RUN}:${actionId}:`;

/**
 * A run of an action (the launch, or a retry): its own job key. A retry gets a new key, not the
 * restart of the last job — that job may still be «running» in the moment between the letter's
 * commit and the runner marking it done, and a restart would then be ignored, leaving the action
 * «Выполняется» until the server restarts. An old runner that is still about finds the action
 * finished or its items claimed (`skip locked`), so two jobs of one action are harmless.
 */
export async function enqueueMassActionRun(trx: Kysely<DB>, jobs: JobQueue, job: MassActionJob, actionId: number, run: number): Promise<void> {
  await jobs.enqueue(trx, job, { actionId }, { key: `${runKeyPrefix(actionId)}${run}`, restart: true });
}

/** The number of the action's next run (call under the action's lock). */
export async function nextRun(trx: Kysely<DB>, jobs: JobQueue, actionId: number): Promise<number> {
  const keys = await jobs.keysWith(trx, runKeyPrefix(actionId));
  return Math.max(0, ...keys.map((k) => Number(k.slice(runKeyPrefix(actionId).length)) || 0)) + 1;
}

/**
 * REG-12 (HMR 7.14): processes the pending appeals of an action batch by batch, then makes the
 * registry and the cover letter. Every batch is claimed with `for update skip locked` and commits
 * with its items' states, so a run that dies loses at most its uncommitted batch, a second runner
 * takes other items, and a resumed run starts where the last commit left off. `maxBatches` stops
 * early (the tests' simulated crash).
 */
export async function runMassAction(env: RunEnv, deps: RunDeps, actionId: number, opts: { batchSize?: number; maxBatches?: number } = {}): Promise<{ batches: number; finished: boolean }> {
  const setup = await loadRunSetup(env, deps, actionId);
  if (!setup) return { batches: 0, finished: false };
  let batches = 0;
  for (;;) {
    if (opts.maxBatches !== undefined && batches >= opts.maxBatches) return { batches, finished: false };
    const processed = await processBatch(env, deps, setup, opts.batchSize ?? MASS_ACTION_BATCH);
    if (processed === 0) break;
    batches++;
  }
  return { batches, finished: await finishMassAction(env, setup) };
}

type Outcome = { itemId: number; ok: true; notices: number } | { itemId: number; ok: false; error: string };

/** One batch in one transaction; when it fails as a whole, its appeals are done one by one, so one bad appeal stops no other. */
async function processBatch(env: RunEnv, deps: RunDeps, setup: RunSetup, size: number): Promise<number> {
  try {
    return await env.db.transaction().execute((trx) => processItems(trx, env.clock, deps, setup, size));
  } catch {
    const pending = await env.db.selectFrom('mass_action_items').select('id').where('action_id', '=', setup.action.id).where('state', '=', 'pending').orderBy('position').limit(size).execute();
    let n = 0;
    for (const { id } of pending) {
      try {
        n += await env.db.transaction().execute((trx) => processItems(trx, env.clock, deps, setup, 1, id));
      } catch (err) {
        // The message goes to the item (the registrar's list), not to the log: it may quote the appeal.
        // An unexpected failure is logged for the administrator by its class and stack only.
        if (!(err instanceof AppError)) deps.log.error({ massActionId: setup.action.id, itemId: id, ...failureForLog(err) }, 'mass action: an appeal could not be redirected');
        const error = err instanceof AppError ? err.message : 'Непредвиденная ошибка при направлении обращения. Повторите попытку; если ошибка повторится, обратитесь к администратору.';
        await env.db.updateTable('mass_action_items').set({ state: 'failed', error, processed_at: env.clock.now() }).where('id', '=', id).where('state', '=', 'pending').execute();
        n++;
      }
    }
    return n;
  }
}

/**
 * What of a failure may be logged: its class, the SQLSTATE of a database error and the stack frames —
 * not the message (a database error quotes the failing row, a document error its values: names and
 * addresses of authors).
 */
export function failureForLog(err: unknown): { errorClass: string; sqlState?: string; stack: string } {
  const errorClass = typeof err === 'object' && err !== null ? err.constructor.name : typeof err;
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  const stack = err instanceof Error && err.stack ? err.stack.split('\n').filter((line) => /^\s+at /.test(line)).join('\n') : '';
  return { errorClass, ...(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? { sqlState: code } : {}), stack };
}

async function processItems(trx: Kysely<DB>, clock: Clock, deps: RunDeps, setup: RunSetup, size: number, onlyItemId?: number): Promise<number> {
  let claim = trx.selectFrom('mass_action_items').select(['id', 'appeal_id']).where('action_id', '=', setup.action.id).where('state', '=', 'pending');
  if (onlyItemId !== undefined) claim = claim.where('id', '=', onlyItemId);
  const items = await claim.orderBy('position').limit(size).forUpdate().skipLocked().execute();
  if (items.length === 0) return 0;
  const ids = items.map((i) => i.appeal_id);
  const now = clock.now();
  // Appeals locked in id order: two runners (or a redirect by hand) never deadlock.
  const appeals = await trx
    .selectFrom('appeals')
    .select(['id', 'number', 'status', 'form', 'channel', 'received_date', 'registration_date', 'annotation', 'consideration_deadline'])
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
  const questions = await trx.selectFrom('appeal_questions').select(['id', 'appeal_id', 'totk_code', 'result']).where('appeal_id', 'in', ids).orderBy('position').execute();
  const authors = await trx
    .selectFrom('appeal_authors as aa')
    .innerJoin('authors as au', 'au.id', 'aa.author_id')
    .select(['aa.appeal_id', 'aa.role', 'aa.receives_answer', 'au.id', 'au.kind', 'au.surname', 'au.first_name', 'au.patronymic', 'au.organisation_name', 'au.postal_address', 'au.email', 'au.gender'])
    .where('aa.appeal_id', 'in', ids)
    .orderBy('aa.appeal_id')
    .orderBy('aa.position')
    .execute();

  const outcomes: Outcome[] = [];
  for (const item of items) {
    const appeal = appeals.find((a) => a.id === item.appeal_id)!;
    const own = questions.filter((q) => q.appeal_id === appeal.id);
    // HMR 7.14: the action takes appeals only registered. One handed over to the head (or to an executor)
    // after the launch has gone on its way — resolutions, assignments: it is not redirected behind their back.
    const step = transition(appeal.status, 'redirect');
    if (appeal.status !== 'registered' || !step.ok) {
      const why = step.ok ? `после запуска акции оно передано на рассмотрение (состояние «${appealStatusLabels[appeal.status]}»), поэтому в реестр не включено` : step.reason.replace(/\.$/, '');
      outcomes.push({ itemId: item.id, ok: false, error: `№ ${appeal.number}: ${why}. При необходимости направьте его по компетенции из карточки обращения.` });
      continue;
    }
    // The subject's questions go to the body; any other question of the appeal stays with us (ROU-7).
    const sent = own.filter((q) => q.totk_code === setup.question.code && q.result === null).map((q) => q.id);
    if (sent.length === 0) {
      outcomes.push({ itemId: item.id, ok: false, error: `№ ${appeal.number}: по вопросу «${setup.question.name}» результат уже указан.` });
      continue;
    }
    const card = {
      form: appeal.form,
      channel: appeal.channel,
      authors: authors
        .filter((a) => a.appeal_id === appeal.id)
        .map((a) => ({ id: a.id, kind: a.kind, surname: a.surname, firstName: a.first_name, patronymic: a.patronymic, organisationName: a.organisation_name, gender: a.gender, postalAddress: a.postal_address, email: a.email, role: a.role, receivesAnswer: a.receives_answer })),
    };
    const noticeIds: number[] = [];
    for (const r of noticeRecipients(card)) {
      const delivery = deliveryRoute(card, r);
      if (!delivery) continue;
      // HMR 7.14: a notice to every author of the action — the redirect notice, filled from the prepared template.
      const values = noticeValues({
        ...setup.sources,
        appeal: { number: appeal.number, receivedDate: appeal.received_date, registrationDate: appeal.registration_date, annotation: appeal.annotation, considerationDeadline: appeal.consideration_deadline },
        recipient: r,
      });
      const content = setup.notice(values);
      noticeIds.push(await insertRedirectNotice(trx, deps.delivery, { appealId: appeal.id, appealNumber: appeal.number, recipientAuthorId: r.id, delivery, dueDate: setup.due.date, content, userId: setup.action.created_by, now }));
    }
    // The cover letter is one for the registry: it is linked to these rows when the registry is made.
    await trx.insertInto('redirects').values({ appeal_id: appeal.id, body_id: setup.body.id, question_ids: JSON.stringify(sent), migration: false, due_date: setup.due.date, cover_letter_id: null, created_by: setup.action.created_by, created_at: now }).execute();
    await markRedirected(trx, {
      actor: setup.actor,
      now,
      appeal,
      to: step.to,
      questions: own,
      sent,
      dueDate: setup.due.date,
      migration: false,
      targets: [{ bodyId: setup.body.id, coverLetterId: null, noticeIds, outgoingNumber: null, questionIds: sent }],
      extra: { massActionId: setup.action.id },
    });
    outcomes.push({ itemId: item.id, ok: true, notices: noticeIds.length });
  }

  // The items' states commit with their appeals: a resumed run never takes them again.
  const byNotices = new Map<number, number[]>();
  for (const o of outcomes) if (o.ok) byNotices.set(o.notices, [...(byNotices.get(o.notices) ?? []), o.itemId]);
  for (const [notices, itemIds] of byNotices) await trx.updateTable('mass_action_items').set({ state: 'done', notices, error: null, processed_at: now }).where('id', 'in', itemIds).execute();
  for (const o of outcomes) if (!o.ok) await trx.updateTable('mass_action_items').set({ state: 'failed', error: o.error, processed_at: now }).where('id', '=', o.itemId).execute();
  return items.length;
}
