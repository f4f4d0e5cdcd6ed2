/**
 * Deadline engine throughput (issue «deadline engine»: ≥ 1,000,000 computations per second on one core).
 * Run: npm run bench:deadlines. Generated data: random rules × profiles × start dates 2023–2027.
 */
import { dayNumber, ProductionCalendar, shippedCalendars } from '../src/domain/calendar';
import { computeDeadline, deadlineRules, type DeadlineRule } from '../src/domain/deadlines';
import { profileCodes, profiles, type Profile } from '../src/domain/profiles';

const calendar = new ProductionCalendar(shippedCalendars);
const first = dayNumber(2023, 1, 1);
const span = dayNumber(2027, 10, 31) - first;

// Deterministic pseudo-random inputs (xorshift), prepared before timing.
let seed = 0x9e3779b9;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const N = 1 << 20;
const inputs: { profile: Profile; rule: DeadlineRule; start: number }[] = [];
for (let i = 0; i < N; i++) {
  const profile = profiles[profileCodes[Math.floor(random() * profileCodes.length)]!];
  const rules = [...deadlineRules(profile).values()];
  inputs.push({ profile, rule: rules[Math.floor(random() * rules.length)]!, start: first + Math.floor(random() * span) });
}

function run(count: number): number {
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    const x = inputs[i & (N - 1)]!;
    checksum += computeDeadline(x.rule, x.start, x.profile, calendar).day;
  }
  return checksum;
}

run(200_000); // warm-up
const rounds = 5;
const perRound = 2_000_000;
const rates: number[] = [];
let checksum = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  checksum += run(perRound);
  rates.push(perRound / ((performance.now() - t0) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
console.log(`deadline computations: median ${Math.round(median).toLocaleString('en-US')}/s over ${rounds} rounds of ${perRound.toLocaleString('en-US')} (min ${Math.round(rates[0]!).toLocaleString('en-US')}/s, max ${Math.round(rates.at(-1)!).toLocaleString('en-US')}/s); checksum ${checksum}`);

// With the explanation (steps a person reads) — done on display, not per computation.
const t1 = performance.now();
let steps = 0;
for (let i = 0; i < 100_000; i++) {
  const x = inputs[i]!;
  steps += computeDeadline(x.rule, x.start, x.profile, calendar).steps.length;
}
console.log(`with explanation: ${Math.round(100_000 / ((performance.now() - t1) / 1000)).toLocaleString('en-US')}/s (${steps} steps)`);
