/**
 * The load generator of the registration benchmark, run as its own process by run.ts: registers
 * `total` appeals through POST /api/appeals, either with `concurrency` clients each sending the next
 * request when the previous one is answered (capacity), or at a fixed `rate` per second whatever
 * the answers (latency at that rate; measured from the planned moment, so a slow server is not
 * hidden by the generator waiting for it). Prints latencies as JSON.
 */
import { readFileSync } from 'node:fs';

const { base, cookie, csrf, codes, total, concurrency, rate, tag } = JSON.parse(readFileSync(0, 'utf8')) as { base: string; cookie: string; csrf: string; codes: string[]; total: number; concurrency: number; rate?: number; tag: string };
const latencies: number[] = [];
let failures = 0;
const started = performance.now();
const run = `${Math.round(Date.now() / 1000)}${tag}`;

async function register(i: number, plannedAt: number) {
  const body = {
    receivedAt: '2026-11-19T06:00:00Z', form: 'written', channel: 'post', type: 'statement', addressee: 'Глава района',
    annotation: `О ремонте дороги по ул. Нагрузочной, ${i}`, questions: [{ totkCode: codes[i % codes.length], annotation: '' }, { totkCode: codes[(i * 7) % codes.length], annotation: '' }],
    // A new author each time (unique per run): REG-6 would refuse the same author and question on one day.
    authors: [{ kind: 'person', surname: `Нагрузкин${run}x${i}`, firstName: 'Пётр', patronymic: 'Ильич', postalAddress: `г. Ханты-Мансийск, ул. Нагрузочная, д. ${run}-${i}`, role: 'author', receivesAnswer: true }],
    idempotencyKey: `bench-${run}-${i}`,
  };
  const res = await fetch(`${base}/api/appeals`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: JSON.stringify(body) });
  const text = await res.text();
  latencies.push(performance.now() - plannedAt);
  if (res.status !== 200) {
    failures++;
    if (failures === 1) console.error(`first failure: ${res.status} ${text}`);
  }
}

if (rate) {
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const plannedAt = started + (i * 1000) / rate;
    const wait = plannedAt - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(register(i, plannedAt));
  }
  await Promise.all(inFlight);
} else {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        await register(i, performance.now());
      }
    }),
  );
}
process.stdout.write(JSON.stringify({ latencies, failures, seconds: (performance.now() - started) / 1000 }));
