import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, isoDate, parseIsoDate, ProductionCalendar, shippedCalendars } from '../calendar';
import { profiles, profileCodes } from '../profiles';
import { computeDeadline, deadlineRules, extendDeadline } from '.';

const calendar = new ProductionCalendar(shippedCalendars);
const first = dayNumber(2023, 1, 1);
const last = dayNumber(2027, 10, 31);
const day = fc.integer({ min: first, max: last });
const profile = fc.constantFrom(...profileCodes).map((c) => profiles[c]);
const ruleOf = (p: (typeof profiles)['HMR']) => fc.constantFrom(...deadlineRules(p).values());
const profileAndRule = profile.chain((p) => ruleOf(p).map((r) => ({ p, r })));

/** Independent calendar-day arithmetic through JavaScript's Date, to check the engine's own. */
const plusDays = (n: number, k: number) => {
  const d = new Date(`${isoDate(n)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + k);
  return parseIsoDate(d.toISOString().slice(0, 10))!;
};

describe('deadline engine properties', () => {
  it('a result that moves to a working day (or counts working days) is a working day', () => {
    fc.assert(
      fc.property(profileAndRule, day, ({ p, r }, start) => {
        const d = computeDeadline(r, start, p, calendar);
        if (r.roll !== 'none' || r.unit === 'working') expect(calendar.isWorkingDay(d.day)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('results never decrease when the start moves later', () => {
    fc.assert(
      fc.property(profileAndRule, day, fc.integer({ min: 0, max: 60 }), ({ p, r }, start, shift) => {
        expect(computeDeadline(r, start + shift, p, calendar).day).toBeGreaterThanOrEqual(computeDeadline(r, start, p, calendar).day);
      }),
      { numRuns: 5000 },
    );
  });

  it('an extension never exceeds 30 days, counted from the day after the original deadline', () => {
    fc.assert(
      fc.property(profile, day, fc.integer({ min: 1, max: 30 }), (p, original, days) => {
        const e = extendDeadline(original, days, p, calendar);
        expect(e.countedDay).toBe(plusDays(original, days));
        expect(e.day).toBeGreaterThan(original);
        expect(e.day).toBeLessThanOrEqual(calendar.nextWorkingDay(plusDays(original, 30)));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(profile, day, fc.integer({ min: 31, max: 365 }), (p, original, days) => {
      expect(() => extendDeadline(original, days, p, calendar)).toThrow(/не более 30 дней/);
    }));
  });

  it("the explanation's steps reproduce the date", () => {
    fc.assert(
      fc.property(profileAndRule, day, ({ p, r }, start) => {
        const d = computeDeadline(r, start, p, calendar);
        const steps = d.steps;
        const at = (kind: string) => steps.find((s) => s.kind === kind);
        expect(at('start')?.date).toBe(isoDate(start));
        expect(at('result')?.date).toBe(d.date);
        expect(at('result')?.text).toContain(r.source);
        const counted = parseIsoDate(at('counted')!.date!)!;
        if (r.unit === 'calendar') {
          // N-th day: from day 1 (the start, or the next day), or N days before the deadline.
          const expected = r.direction === 'before' ? plusDays(start, -d.amount) : d.amount === 0 ? start : plusDays(start, (r.firstDay === 'day-after' ? 1 : 0) + d.amount - 1);
          expect(counted).toBe(expected);
          const roll = at('roll');
          if (roll) {
            const rolled = parseIsoDate(roll.date!)!;
            expect(rolled).toBe(d.day);
            expect(calendar.isWorkingDay(rolled)).toBe(true);
            const [from, to] = rolled > counted ? [counted, rolled] : [rolled + 1, counted + 1];
            for (let n = from; n < to; n++) expect(calendar.isWorkingDay(n)).toBe(false);
          } else {
            expect(counted).toBe(d.day);
          }
        } else {
          // N working days: exactly N working days counted between the start and the result.
          expect(counted).toBe(d.day);
          const startCounts = r.firstDay === 'registration-day-is-day-1' && calendar.isWorkingDay(start) ? 1 : 0;
          const between = r.direction === 'before' ? calendar.workingDaysBetween(d.day - 1, start - 1) : calendar.workingDaysBetween(start, d.day) + startCounts;
          if (d.amount > 0) expect(between).toBe(d.amount);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
