import { describe, expect, it } from 'vitest';
import { ProductionCalendar, shippedCalendars } from '../calendar';
import { profiles } from '../profiles';
import { computeDeadline, deadlineRules, extendDeadline, internetRegistrationDay, type RuleId } from '.';

const calendar = new ProductionCalendar(shippedCalendars);
const { HMR, KCSON } = profiles; // HMR 5.1: registration day is day 1; KCSON: counting from the next day

type Row = [label: string, rule: RuleId, start: string, hmr: string, kcson: string];

/** Known dates around the 2024, 2025 and 2026 holidays and transfers, checked by hand against the decrees. */
const rows: Row[] = [
  // 30 calendar days (59-FZ art. 12 ч. 1), roll forward (HMR 5.3, KCSON 2.11)
  ['New Year 2026 (the issue example)', 'consideration', '2025-12-05', '2026-01-12', '2026-01-12'],
  ['day 30 on the 9 January 2026 transfer', 'consideration', '2025-12-10', '2026-01-12', '2026-01-12'],
  ['Sunday 11.01.2026 vs Monday 12.01.2026', 'consideration', '2025-12-13', '2026-01-12', '2026-01-12'],
  ['1 May 2025 and the 2 May transfer', 'consideration', '2025-04-02', '2025-05-05', '2025-05-05'],
  ['12 June 2025 and the 13 June transfer', 'consideration', '2025-05-14', '2025-06-16', '2025-06-16'],
  ['23.02.2025 moved by decree to 8 May: 24.02 works', 'consideration', '2025-01-25', '2025-02-24', '2025-02-24'],
  ['Saturday 01.11.2025 is a working day', 'consideration', '2025-10-03', '2025-11-01', '2025-11-05'],
  ['30.04.2024 is a day off (transfer from 02.11)', 'consideration', '2024-04-01', '2024-05-02', '2024-05-02'],
  ['Saturday 27.04.2024 is a working day', 'consideration', '2024-03-29', '2024-04-27', '2024-05-02'],
  ['Saturday 02.11.2024 works, 04.11 holiday', 'consideration', '2024-10-04', '2024-11-02', '2024-11-05'],
  ['Saturday 28.12.2024 works', 'consideration', '2024-11-29', '2024-12-28', '2025-01-09'],
  ['29.12.2024–08.01.2025 off', 'consideration', '2024-11-30', '2025-01-09', '2025-01-09'],
  ['8 March 2026 (Sun) → 9 March by ст. 112', 'consideration', '2026-02-07', '2026-03-10', '2026-03-10'],
  ['9 May 2026 (Sat) → 11 May by ст. 112', 'consideration', '2026-04-10', '2026-05-12', '2026-05-12'],
  // 7 calendar days (art. 8 ч. 3)
  ['redirect over the 2026 New Year', 'redirect', '2025-12-29', '2026-01-12', '2026-01-12'],
  ['redirect, no holiday', 'redirect', '2026-11-16', '2026-11-23', '2026-11-23'],
  // 7 calendar days from the day after registration (art. 8 ч. 6; HMR 7.11 — HMR 5.1 does not cover it)
  ['complaint return over the 2026 New Year', 'complaint-return', '2025-12-29', '2026-01-12', '2026-01-12'],
  ['complaint return, no holiday', 'complaint-return', '2026-11-16', '2026-11-23', '2026-11-23'],
  ['complaint return: day 7 on Saturday 28.11.2026 → Monday', 'complaint-return', '2026-11-21', '2026-11-30', '2026-11-30'],
  // 7 calendar days from the day after the statement's registration (HMR 6.2 абз. 3, 6.4, 6.6 — HMR 5.1 does not cover it)
  ['statement forwarding over the 2026 New Year', 'statement-forwarding', '2025-12-29', '2026-01-12', '2026-01-12'],
  ['statement forwarding: day 7 on Saturday 28.11.2026 → Monday', 'statement-forwarding', '2026-11-21', '2026-11-30', '2026-11-30'],
  // 15 days (art. 10 ч. 2)
  ['documents request over the June 2025 holidays', 'documents-request', '2025-05-29', '2025-06-16', '2025-06-16'],
];

/** Working-day rules under both conventions: the engine takes any rule, the profiles use day-after. */
const threeWorkingDays = (firstDay: 'registration-day-is-day-1' | 'day-after') => ({ ...deadlineRules(HMR).get('anonymous-unlawful-act')!, firstDay });
const workingRows: [label: string, start: string, dayOne: string, dayAfter: string][] = [
  ['across the 2026 New Year', '2025-12-30', '2026-01-13', '2026-01-14'],
  ['across the May 2025 holidays', '2025-04-30', '2025-05-06', '2025-05-07'],
  ['start on a Saturday: counting from Monday either way', '2025-05-03', '2025-05-07', '2025-05-07'],
  ['working Saturday 27.04.2024 counts', '2024-04-26', '2024-05-02', '2024-05-03'],
  ['01.11.2025 (working Saturday) to the 5 November', '2025-10-31', '2025-11-05', '2025-11-06'],
];

describe('working-day rules under both first-day conventions', () => {
  it.each(workingRows)('3 working days %s: from %s → day 1 %s, day after %s', (_label, start, dayOne, dayAfter) => {
    expect(computeDeadline(threeWorkingDays('registration-day-is-day-1'), start, HMR, calendar).date).toBe(dayOne);
    expect(computeDeadline(threeWorkingDays('day-after'), start, HMR, calendar).date).toBe(dayAfter);
  });
  it('uses the day-after convention for the anonymous unlawful act in every profile (HMR 5.1 covers consideration and redirect only)', () => {
    expect(computeDeadline('anonymous-unlawful-act', '2025-12-30', HMR, calendar).date).toBe('2026-01-14');
  });
  it('counts the comparison of a statement (HMR 6.3, 6.5) in working days from the day after its receipt', () => {
    expect(computeDeadline('statement-comparison', '2025-12-30', HMR, calendar).date).toBe('2026-01-14');
    // Friday 20.11.2026 → Monday, Tuesday, Wednesday.
    expect(computeDeadline('statement-comparison', '2026-11-20', KCSON, calendar).date).toBe('2026-11-25');
    expect(deadlineRules(HMR).get('statement-comparison')).toMatchObject({ from: 'receipt', unit: 'working', amount: 3, source: expect.stringContaining('HMR 6.3, 6.5') });
  });
});

describe('statutory deadlines around the holidays of 2024–2026', () => {
  it.each(rows)('%s: %s from %s → HMR %s, KCSON %s', (_label, rule, start, hmr, kcson) => {
    expect(computeDeadline(rule, start, HMR, calendar).date).toBe(hmr);
    expect(computeDeadline(rule, start, KCSON, calendar).date).toBe(kcson);
  });

  it('explains the issue example step by step with the legal ground', () => {
    const steps = computeDeadline('consideration', '2025-12-05', HMR, calendar).steps.map((s) => s.text);
    expect(steps).toEqual([
      'Зарегистрировано 05.12.2025 (день 1).',
      '30-й день — 03.01.2026, нерабочий праздничный день (Новогодние каникулы).',
      'Срок переносится на 12.01.2026 — первый рабочий день после нерабочих дней.',
      'Срок: 12.01.2026. Основание: 59-ФЗ ст. 12 ч. 1. Порядок исчисления: HMR 5.1; HMR 5.3.',
    ]);
    expect(computeDeadline('consideration', '2025-12-05', KCSON, calendar).steps[0]?.text).toBe('Зарегистрировано 05.12.2025; срок исчисляется со следующего дня — 06.12.2025 (день 1).');
  });

  it('extends from the day after the original deadline, by at most 30 days (DL-2, HMR 5.5)', () => {
    const e = extendDeadline('2026-01-12', 30, HMR, calendar);
    expect(e.date).toBe('2026-02-11');
    expect(e.steps[0]?.text).toBe('Первоначальный срок рассмотрения истекает 12.01.2026; срок исчисляется со следующего дня — 13.01.2026 (день 1).');
    expect(extendDeadline('2025-04-10', 30, HMR, calendar).date).toBe('2025-05-12');
    expect(extendDeadline('2025-04-10', 10, KCSON, calendar).date).toBe('2025-04-21');
    expect(() => extendDeadline('2026-01-12', 31, HMR, calendar)).toThrow(/не более 30 дней/);
  });

  it('gives lead times before the deadline, moved back to a working day', () => {
    expect(computeDeadline('co-executor-materials', '2026-01-12', HMR, calendar).date).toBe('2025-12-30'); // 10 days, HMR 6.7
    expect(computeDeadline('co-executor-materials', '2026-01-12', KCSON, calendar).date).toBe('2025-12-22'); // 7 working days, KCSON 2.8.1
    expect(computeDeadline('co-executor-materials', '2026-01-12', profiles.KHV, calendar).date).toBe('2025-12-30'); // 7 days, KHV 3.5.6: 05.01 (holiday) → back to 30.12
    expect(computeDeadline('extension-request', '2026-01-12', HMR, calendar).date).toBe('2025-12-26'); // 3 working days before, HMR 5.4
  });

  it('applies the profile figures: hand-over, resolution, act to the author', () => {
    expect(computeDeadline('hand-over', '2026-11-20', HMR, calendar).date).toBe('2026-11-23'); // next working day, HMR 4.2
    expect(computeDeadline('hand-over', '2026-11-20', profiles.DUKI, calendar).date).toBe('2026-11-20'); // same day, DUKI 4.1
    expect(computeDeadline('resolution', '2026-11-20', profiles.DUKI, calendar).date).toBe('2026-11-24'); // 2 working days from registration, DUKI 5.7
    expect(computeDeadline('act-to-author', '2026-11-20', profiles.DUKI, calendar).date).toBe('2026-11-23'); // 2 days from the act → Sunday 22.11 → Monday
    expect(() => computeDeadline('act-to-author', '2026-11-20', profiles.KHV, calendar)).toThrow(/не применяется в профиле KHV/);
  });

  it('warns when a deadline falls in an unconfirmed year', () => {
    const d = computeDeadline('consideration', '2026-12-20', HMR, calendar);
    expect(d.unconfirmedYears).toEqual([2027]);
    expect(d.steps.at(-1)?.text).toMatch(/на 2027 г\. не подтверждён/);
    expect(computeDeadline('consideration', '2026-11-20', HMR, calendar).unconfirmedYears).toEqual([]);
  });
});

describe('internet-reception cut-off (REG-1, HMR 3.5)', () => {
  const at = (iso: string) => internetRegistrationDay(new Date(iso), 'Asia/Yekaterinburg', '16:00', calendar).day;
  const day = (iso: string) => computeDeadline('consideration', iso, HMR, calendar).startDay;
  it('registers before 16:00 local time the same working day, later the next working day', () => {
    expect(at('2026-11-20T10:59:00Z')).toBe(day('2026-11-20')); // 15:59 in Khanty-Mansiysk, Friday
    expect(at('2026-11-20T11:00:00Z')).toBe(day('2026-11-23')); // 16:00 → Monday
    expect(at('2026-11-21T08:00:00Z')).toBe(day('2026-11-23')); // Saturday
    expect(at('2025-12-30T12:00:00Z')).toBe(day('2026-01-12')); // 17:00 on 30.12.2025 → after the holidays
    expect(at('2026-11-19T20:00:00Z')).toBe(day('2026-11-20')); // 01:00 on 20.11 local, though still 19.11 in UTC
  });
  it('explains the decision', () => {
    const r = internetRegistrationDay(new Date('2026-11-20T11:30:00Z'), 'Asia/Yekaterinburg', '16:00', calendar);
    expect(r.text).toBe('Поступило через интернет-приёмную 20.11.2026 в 16:30 (местное время) — после 16:00; регистрируется в следующий рабочий день: 23.11.2026 (HMR 3.5).');
  });
});
