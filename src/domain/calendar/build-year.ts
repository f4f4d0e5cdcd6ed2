import { dayNumber, isoDate, parseIsoDate, toYmd, weekday, type DayNumber } from './days';
import { statutoryHolidays } from './holidays';
import type { CalendarYearData, DayKind } from './types';

export type Decree = {
  source: string;
  confirmed: boolean;
  /** [from, to] 'MM-DD': the day off `from` moves to the working day `to`. */
  transfers: [string, string][];
  /** Shortened pre-holiday working days 'MM-DD'; when omitted, derived by ТК РФ ст. 95. */
  shortened?: string[];
};

const ddmm = (n: DayNumber) => {
  const { m, d } = toYmd(n);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}`;
};

/**
 * Builds a year from ТК РФ ст. 112 and the Government's transfers. Without a decree only the law
 * applies (ч. 2: a holiday on a weekend moves to the next working day, except 1–8 January) and the
 * year is unconfirmed.
 */
export function buildYear(year: number, decree?: Decree): CalendarYearData {
  const kinds = new Map<DayNumber, { kind: DayKind; note: string }>();
  const at = (mmdd: string) => {
    const n = parseIsoDate(`${year}-${mmdd}`);
    if (n === null) throw new Error(`Неверная дата ${mmdd} в календаре ${year}`);
    return n;
  };
  const isWeekend = (n: DayNumber) => weekday(n) >= 5;

  for (const h of statutoryHolidays) kinds.set(dayNumber(year, h.m, h.d), { kind: 'holiday', note: h.name });

  const transferredFrom = new Set<DayNumber>();
  for (const [fromText, toText] of decree?.transfers ?? []) {
    const from = at(fromText);
    const to = at(toText);
    transferredFrom.add(from);
    kinds.set(to, { kind: 'day-off', note: `Перенос выходного дня с ${ddmm(from)} (${decree!.source})` });
    if (!kinds.has(from)) kinds.set(from, { kind: 'working', note: `Рабочий день: выходной перенесён на ${ddmm(to)} (${decree!.source})` });
  }

  // ТК РФ ст. 112 ч. 2: a holiday on a weekend (not 1–8 January) moves to the next working day.
  for (const h of statutoryHolidays) {
    if (h.m === 1) continue;
    const n = dayNumber(year, h.m, h.d);
    if (!isWeekend(n) || transferredFrom.has(n)) continue;
    let next = n + 1;
    while (isWeekend(next) || kinds.get(next)?.kind === 'holiday' || kinds.get(next)?.kind === 'day-off') next++;
    kinds.set(next, { kind: 'day-off', note: `Перенос выходного дня с ${ddmm(n)} (ст. 112 ТК РФ)` });
  }

  const shortenedNote = 'Предпраздничный день, продолжительность работы сокращается на 1 час (ст. 95 ТК РФ)';
  if (decree?.shortened) {
    for (const s of decree.shortened) {
      const n = at(s);
      const previous = kinds.get(n);
      kinds.set(n, { kind: 'shortened', note: previous?.kind === 'working' ? `${previous.note}; ${shortenedNote.toLowerCase()}` : shortenedNote });
    }
  } else {
    // ТК РФ ст. 95: the working day immediately before a non-working holiday is one hour shorter.
    const start = dayNumber(year, 1, 1);
    const end = dayNumber(year + 1, 1, 1);
    for (let n = start; n < end; n++) {
      const kind = kinds.get(n)?.kind;
      const working = kind === 'working' || (!isWeekend(n) && kind === undefined);
      if (working && kinds.get(n + 1)?.kind === 'holiday') kinds.set(n, { kind: 'shortened', note: shortenedNote });
    }
    // 31 December before the New Year holidays (next year's 1 January).
    const lastDay = end - 1;
    if (!isWeekend(lastDay) && !kinds.has(lastDay)) kinds.set(lastDay, { kind: 'shortened', note: shortenedNote });
  }

  return {
    year,
    confirmed: decree?.confirmed ?? false,
    source: decree?.source ?? 'Ст. 112 ТК РФ без постановления Правительства о переносе выходных дней (не подтверждено)',
    days: [...kinds.entries()].sort(([a], [b]) => a - b).map(([n, v]) => ({ date: isoDate(n), ...v })),
  };
}
