import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testDatabaseKinds, openTestDatabase } from '../../testing/databases';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { fixedClock } from '../clock';
import { defineJob, JobQueue } from './job-queue';

describe.each(testDatabaseKinds)('background jobs on %s', (kind) => {
  let database: Database;
  const clock = fixedClock('2026-11-20T06:00:00Z');
  let queue: JobQueue;
  const seen: string[] = [];
  let failuresLeft = 0;
  const echo = defineJob({
    name: 'test-echo',
    payload: z.object({ word: z.string() }),
    maxAttempts: 3,
    handler: async (p) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error(`сбой при обработке ${p.word}`);
      }
      seen.push(p.word);
    },
  });
  const jobs = () => database.db.selectFrom('jobs').selectAll().where('name', '=', 'test-echo').orderBy('id').execute();

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await migrateToLatest(database.db);
    queue = new JobQueue(database.db, clock, 20);
    queue.register(echo);
  });
  afterAll(async () => {
    await queue.stop();
    await database.close();
  });
  beforeEach(async () => {
    await database.db.deleteFrom('jobs').execute();
    seen.length = 0;
    failuresLeft = 0;
  });

  it('runs a job only when the transaction that wrote it commits', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await queue.enqueue(trx, echo, { word: 'отменено' });
        throw new Error('откат');
      }),
    ).rejects.toThrow('откат');
    await database.db.transaction().execute((trx) => queue.enqueue(trx, echo, { word: 'принято' }));
    expect(await queue.drain()).toBe(1);
    expect(seen).toEqual(['принято']);
    expect((await jobs()).map((j) => j.status)).toEqual(['done']);
  });

  it('refuses a payload that does not match the job', async () => {
    await expect(queue.enqueue(database.db, echo, { word: 5 } as unknown as { word: string })).rejects.toThrow();
    expect(await jobs()).toEqual([]);
  });

  it('enqueues once per key', async () => {
    await queue.enqueue(database.db, echo, { word: 'раз' }, { key: 'notice:1' });
    await queue.enqueue(database.db, echo, { word: 'два' }, { key: 'notice:1' });
    expect(await queue.drain()).toBe(1);
    expect(seen).toEqual(['раз']);
  });

  it('waits for run_at, retries a failure later and gives up after the last attempt', async () => {
    await queue.enqueue(database.db, echo, { word: 'позже' }, { runAt: new Date('2026-11-20T07:00:00Z') });
    expect(await queue.drain()).toBe(0);
    clock.set('2026-11-20T07:00:00Z');
    failuresLeft = 5;
    expect(await queue.drain()).toBe(1); // the first attempt fails; the retry is not due yet
    let [job] = await jobs();
    expect(job).toMatchObject({ status: 'queued', attempts: 1, last_error: 'сбой при обработке позже' });
    expect(job!.run_at.getTime()).toBeGreaterThan(clock.now().getTime());
    clock.advance(60 * 60_000);
    expect(await queue.drain()).toBe(1);
    clock.advance(60 * 60_000);
    expect(await queue.drain()).toBe(1);
    [job] = await jobs();
    expect(job).toMatchObject({ status: 'failed', attempts: 3 });
    clock.advance(60 * 60_000);
    expect(await queue.drain()).toBe(0);
    expect(seen).toEqual([]);
  });

  it('tells the handler which attempt it runs, and restarts a finished job of the same key when asked', async () => {
    const attempts: string[] = [];
    const counted = defineJob({
      name: 'test-counted',
      payload: z.object({ word: z.string() }),
      maxAttempts: 2,
      handler: async (p, { attempt, maxAttempts }) => {
        attempts.push(`${p.word} ${attempt}/${maxAttempts}`);
        throw new Error('сбой');
      },
    });
    queue.register(counted);
    const row = () => database.db.selectFrom('jobs').selectAll().where('key', '=', 'resend:1').executeTakeFirstOrThrow();
    await queue.enqueue(database.db, counted, { word: 'первое' }, { key: 'resend:1', restart: true });
    expect(await queue.drain()).toBe(1);
    // Still queued (its retry): a restart leaves it alone.
    await queue.enqueue(database.db, counted, { word: 'не то' }, { key: 'resend:1', restart: true });
    expect(await row()).toMatchObject({ status: 'queued', attempts: 1 });
    clock.advance(60 * 60_000);
    expect(await queue.drain()).toBe(1);
    expect(await row()).toMatchObject({ status: 'failed', attempts: 2 });
    // Without restart a finished job stays finished; with it, it runs again from the first attempt.
    await queue.enqueue(database.db, counted, { word: 'снова' }, { key: 'resend:1' });
    expect(await queue.drain()).toBe(0);
    await queue.enqueue(database.db, counted, { word: 'снова' }, { key: 'resend:1', restart: true });
    expect(await row()).toMatchObject({ status: 'queued', attempts: 0, last_error: null, finished_at: null });
    expect(await queue.drain()).toBe(1);
    expect(attempts).toEqual(['первое 1/2', 'первое 2/2', 'снова 1/2']);
    await database.db.deleteFrom('jobs').where('name', '=', 'test-counted').execute();
  });

  it('takes back a job whose worker died (lease expired)', async () => {
    await queue.enqueue(database.db, echo, { word: 'осиротевшее' });
    await database.db.updateTable('jobs').set({ status: 'running', attempts: 1, locked_until: new Date(clock.now().getTime() - 1000) }).execute();
    expect(await queue.drain()).toBe(1);
    expect(seen).toEqual(['осиротевшее']);
  });

  it('runs jobs in the background once started, woken after a commit', async () => {
    queue.start();
    try {
      await queue.enqueue(database.db, echo, { word: 'фон' }, { appealId: undefined });
      queue.wake();
      for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual(['фон']);
    } finally {
      await queue.stop();
    }
  });
});
