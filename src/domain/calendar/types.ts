/**
 * A production calendar (производственный календарь) lists only the days that differ from the
 * plain week (Monday–Friday working, Saturday–Sunday off):
 * - holiday   — нерабочий праздничный день (ТК РФ ст. 112 ч. 1);
 * - day-off   — выходной день, перенесённый на рабочий (ст. 112 ч. 2, 5; постановление Правительства);
 * - working   — рабочий день в субботу или воскресенье (перенос);
 * - shortened — рабочий предпраздничный день, сокращённый на час (ст. 95).
 */
export type DayKind = 'holiday' | 'day-off' | 'working' | 'shortened';

export type SpecialDay = { date: string; kind: DayKind; note: string };

export type CalendarYearData = {
  year: number;
  /** Confirmed against the Government's decree by an administrator (or shipped confirmed with its citation). */
  confirmed: boolean;
  /** The decree or the rule the year rests on. */
  source: string;
  days: SpecialDay[];
};

export const dayKindLabels: Record<DayKind, string> = {
  holiday: 'нерабочий праздничный день',
  'day-off': 'выходной день (перенос)',
  working: 'рабочий день (перенос выходного)',
  shortened: 'предпраздничный рабочий день (сокращён на 1 час)',
};
