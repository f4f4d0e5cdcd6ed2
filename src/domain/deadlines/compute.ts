import { isoDate, parseIsoDate, type DayNumber } from '../calendar/days';
import type { ProductionCalendar } from '../calendar/production-calendar';
import type { Profile } from '../profiles';
import { deadlineRules, type DeadlineRule, type RuleId } from './rules';
import { explain, type ExplanationStep } from './explain';

export class DeadlineError extends Error {}

/**
 * One computed deadline. The date is computed at once; the explanation (steps a person can read)
 * is produced on demand from the same numbers, so it always reproduces the date.
 */
export class Deadline {
  constructor(
    readonly rule: DeadlineRule,
    readonly amount: number,
    /** The start event's day. */
    readonly startDay: DayNumber,
    /** Day 1 of the count (calendar rules). */
    readonly firstCountedDay: DayNumber,
    /** The N-th day before any roll. */
    readonly countedDay: DayNumber,
    /** The deadline. */
    readonly day: DayNumber,
    private readonly calendar: ProductionCalendar,
  ) {}

  get date(): string {
    return isoDate(this.day);
  }

  get rolled(): boolean {
    return this.day !== this.countedDay;
  }

  /** Years the computation touched whose production calendar is not confirmed. */
  get unconfirmedYears(): number[] {
    return this.calendar.unconfirmedYearsBetween(this.startDay, this.day);
  }

  get steps(): ExplanationStep[] {
    return explain(this, this.calendar);
  }
}

export type ComputeOptions = {
  /** A shorter (DL-5) or chosen amount, e.g. an extension of 20 days; never above the rule's maximum. */
  amount?: number;
};

/**
 * computeDeadline(rule, start, profile, calendar): the statutory date and its explanation.
 * `start` is the start event's calendar date 'YYYY-MM-DD' (in the organisation's time zone) or a day number.
 */
export function computeDeadline(rule: DeadlineRule | RuleId, start: string | DayNumber, profile: Profile, calendar: ProductionCalendar, options: ComputeOptions = {}): Deadline {
  const r = typeof rule === 'string' ? deadlineRules(profile).get(rule) : rule;
  if (!r) throw new DeadlineError(`Правило срока «${String(rule)}» не применяется в профиле ${profile.code}`);
  const startDay = typeof start === 'number' ? start : parseIsoDate(start);
  if (startDay === null) throw new DeadlineError(`Неверная дата: ${String(start)}`);
  const amount = options.amount ?? r.amount;
  if (!Number.isInteger(amount) || amount < 0) throw new DeadlineError('Срок должен быть целым неотрицательным числом дней.');
  if (r.maxAmount !== undefined && amount > r.maxAmount) {
    throw new DeadlineError(`${r.title}: не более ${r.maxAmount} дней (${r.source.split(';')[0]}).`);
  }

  if (r.direction === 'before') {
    if (r.unit === 'working') {
      const day = calendar.subtractWorkingDays(startDay, amount);
      return new Deadline(r, amount, startDay, startDay, day, day, calendar);
    }
    const counted = startDay - amount;
    const day = r.roll === 'backward' ? calendar.previousWorkingDay(counted) : counted;
    return new Deadline(r, amount, startDay, startDay, counted, day, calendar);
  }

  if (r.unit === 'working') {
    // The start day is day 1 only under HMR 5.1 and only when it is a working day.
    const startCounts = r.firstDay === 'registration-day-is-day-1' && calendar.isWorkingDay(startDay);
    const day = amount === 0 ? calendar.nextWorkingDay(startDay) : calendar.addWorkingDays(startDay, startCounts ? amount - 1 : amount);
    return new Deadline(r, amount, startDay, startCounts ? startDay : startDay + 1, day, day, calendar);
  }

  const firstCounted = r.firstDay === 'registration-day-is-day-1' ? startDay : startDay + 1;
  const counted = amount === 0 ? startDay : firstCounted + amount - 1;
  const day = r.roll === 'forward' ? calendar.nextWorkingDay(counted) : r.roll === 'backward' ? calendar.previousWorkingDay(counted) : counted;
  return new Deadline(r, amount, startDay, firstCounted, counted, day, calendar);
}

/**
 * DL-2: an extension recomputes from the original deadline; the explanation starts there.
 * `days` is the extension chosen by the head, at most 30 (59-FZ art. 12 ч. 2).
 */
export function extendDeadline(originalDeadline: string | DayNumber, days: number, profile: Profile, calendar: ProductionCalendar): Deadline {
  return computeDeadline('extension', originalDeadline, profile, calendar, { amount: days });
}
