import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { Clock } from '../clock';

/**
 * A typed job catalogue (ARCHITECTURE «House style»): a job has a name, a zod payload, a number of
 * attempts and a handler. Features define their jobs next to their use cases and register them.
 */
export type JobDefinition<P> = {
  name: string;
  payload: z.ZodType<P>;
  maxAttempts: number;
  handler: (payload: P, ctx: JobRunCtx) => Promise<unknown>;
};

/** What a handler is given: `attempt` counts from 1, so `attempt >= maxAttempts` is the last try. */
export type JobRunCtx = { db: Kysely<DB>; clock: Clock; jobId: number; attempt: number; maxAttempts: number };

export function defineJob<P>(def: JobDefinition<P>): JobDefinition<P> {
  return def;
}

export type EnqueueOptions = {
  /** When to run; now by default. */
  runAt?: Date;
  /** A deterministic key: a second enqueue with the same key is ignored (one send per event). */
  key?: string;
  /** The appeal the job works for: its case page shows that a document is being prepared. */
  appealId?: number;
  /**
   * With a key: a job of that key that has already finished (done or failed) is put back in the
   * queue as new — attempts from zero, the new payload (a resend). One still queued or running is left alone.
   */
  restart?: boolean;
};

type Logger = { error: (obj: object, msg: string) => void };

/** How long a claimed job may run before another worker takes it back (the process died). */
const LEASE_MS = 5 * 60_000;
/** Retries wait 10 s, 40 s, 90 s… up to an hour. */
const backoffMs = (attempt: number) => Math.min(3_600_000, 10_000 * attempt * attempt);

/**
 * Durable background jobs in the application's own database (PostgreSQL or PGlite alike). A job is
 * enqueued inside the transaction of the change that needs it; a runner claims due jobs one at a
 * time (`for update skip locked`, so several instances share the work), retries a failure with a
 * growing pause and marks it failed after its last attempt. Time comes from the clock.
 */
export class JobQueue {
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  private log: Logger = { error: () => {} };
  private isBusy: () => boolean = () => false;
  private maxYieldMs = 3000;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly idlePollMs = 1000,
  ) {}

  /** A feature registers its jobs when the application is built (the latest definition of a name wins). */
  register<P>(def: JobDefinition<P>): void {
    this.definitions.set(def.name, def as unknown as JobDefinition<never>);
  }

  /** Writes the job in the caller's transaction (pass `trx`); it runs after that commits. */
  async enqueue<P>(trx: Kysely<DB>, def: JobDefinition<P>, payload: P, opts: EnqueueOptions = {}): Promise<void> {
    const parsed = def.payload.parse(payload);
    const now = this.clock.now();
    const json = JSON.stringify(parsed);
    const runAt = opts.runAt ?? now;
    await trx
      .insertInto('jobs')
      .values({ name: def.name, payload: json, key: opts.key ?? null, appeal_id: opts.appealId ?? null, max_attempts: def.maxAttempts, run_at: runAt, created_at: now })
      .onConflict((oc) =>
        opts.restart
          ? oc
              .column('key')
              .doUpdateSet({ payload: json, status: 'queued', attempts: 0, max_attempts: def.maxAttempts, run_at: runAt, locked_until: null, last_error: null, finished_at: null })
              .where('jobs.status', 'in', ['done', 'failed'])
          : oc.column('key').doNothing(),
      )
      .execute();
  }

  /** Tells the runner that a job may be due (after a commit), instead of waiting for the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  /**
   * At start: the jobs with keys starting `keyPrefix` that a dead process left «running» go back in the
   * queue now rather than when their lease runs out (the caller knows nobody else runs them: a job
   * that does run twice must be safe, as every job here is). Returns how many of them are queued now.
   */
  async requeueAbandoned(trx: Kysely<DB>, keyPrefix: string): Promise<number> {
    const like = `${keyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    await trx.updateTable('jobs').set({ status: 'queued', locked_until: null, run_at: this.clock.now() }).where('key', 'like', like).where('status', '=', 'running').execute();
    const row = await trx.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('key', 'like', like).where('status', '=', 'queued').executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The keys of the jobs whose key starts with `keyPrefix` (a feature numbering its runs). */
  async keysWith(trx: Kysely<DB>, keyPrefix: string): Promise<string[]> {
    const like = `${keyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return (await trx.selectFrom('jobs').select('key').where('key', 'like', like).execute()).flatMap((r) => (r.key ? [r.key] : []));
  }

  /** Jobs of an appeal that have not finished yet. */
  async pendingFor(appealId: number): Promise<number> {
    const row = await this.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('appeal_id', '=', appealId).where('status', 'in', ['queued', 'running']).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * `isBusy` tells that people are waiting for answers (requests in flight): the runner then lets
   * them go first, yet still runs a job at least every `maxYieldMs` so that jobs never starve.
   */
  start(log?: Logger, isBusy: () => boolean = () => false, maxYieldMs = 3000): void {
    if (log) this.log = log;
    this.isBusy = isBusy;
    this.maxYieldMs = maxYieldMs;
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.loop = null;
  }

  /** Runs every due job until none is left (tests, the command line). Returns how many ran. */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOne()) n++;
    return n;
  }

  private async runLoop(): Promise<void> {
    let lastRun = performance.now();
    while (this.running) {
      if (this.isBusy() && performance.now() - lastRun < this.maxYieldMs) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      lastRun = performance.now();
      let ran = false;
      try {
        ran = await this.runOne();
      } catch (err) {
        // The database is unreachable or closing: wait for the next poll.
        this.log.error({ err }, 'job runner: claiming failed');
      }
      if (!ran && this.running) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = () => {
        if (this.timer) clearTimeout(this.timer);
        this.wakeUp = null;
        resolve();
      };
      this.timer = setTimeout(() => this.wakeUp?.(), this.idlePollMs);
    });
  }

  /** Claims one due job and runs it; false when nothing is due. */
  async runOne(): Promise<boolean> {
    const now = this.clock.now();
    // A job whose worker died (lease expired) is due again.
    await this.db.updateTable('jobs').set({ status: 'queued', locked_until: null }).where('status', '=', 'running').where('locked_until', '<', now).execute();
    const claimed = await this.db
      .updateTable('jobs')
      .set({ status: 'running', attempts: sql`attempts + 1`, locked_until: new Date(now.getTime() + LEASE_MS) })
      .where('id', '=', (eb) =>
        eb.selectFrom('jobs').select('id').where('status', '=', 'queued').where('run_at', '<=', now).orderBy('run_at').orderBy('id').limit(1).forUpdate().skipLocked(),
      )
      .returning(['id', 'name', 'payload', 'attempts', 'max_attempts'])
      .executeTakeFirst();
    if (!claimed) return false;

    const def = this.definitions.get(claimed.name);
    try {
      if (!def) throw new Error(`неизвестное задание ${claimed.name}`);
      const payload = typeof claimed.payload === 'string' ? JSON.parse(claimed.payload) : claimed.payload;
      await def.handler(def.payload.parse(payload), { db: this.db, clock: this.clock, jobId: claimed.id, attempt: claimed.attempts, maxAttempts: claimed.max_attempts });
      await this.db.updateTable('jobs').set({ status: 'done', locked_until: null, last_error: null, finished_at: this.clock.now() }).where('id', '=', claimed.id).execute();
    } catch (err) {
      const last = claimed.attempts >= claimed.max_attempts;
      // The message only: a job's payload and the data it touched stay out of the log.
      const message = err instanceof Error ? err.message : String(err);
      this.log.error({ jobId: claimed.id, job: claimed.name, attempt: claimed.attempts, message }, last ? 'job failed for good' : 'job failed, will retry');
      const at = this.clock.now();
      await this.db
        .updateTable('jobs')
        .set(last ? { status: 'failed', locked_until: null, last_error: message, finished_at: at } : { status: 'queued', locked_until: null, last_error: message, run_at: new Date(at.getTime() + backoffMs(claimed.attempts)) })
        .where('id', '=', claimed.id)
        .execute();
    }
    return true;
  }
}
