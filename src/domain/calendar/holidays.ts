import { dayNumber, type DayNumber } from './days';

/** ТК РФ ст. 112 ч. 1: нерабочие праздничные дни (month, day, name). */
export const statutoryHolidays: readonly { m: number; d: number; name: string }[] = [
  ...[1, 2, 3, 4, 5, 6, 8].map((d) => ({ m: 1, d, name: 'Новогодние каникулы' })),
  { m: 1, d: 7, name: 'Рождество Христово' },
  { m: 2, d: 23, name: 'День защитника Отечества' },
  { m: 3, d: 8, name: 'Международный женский день' },
  { m: 5, d: 1, name: 'Праздник Весны и Труда' },
  { m: 5, d: 9, name: 'День Победы' },
  { m: 6, d: 12, name: 'День России' },
  { m: 11, d: 4, name: 'День народного единства' },
];

export function holidayName(y: number, n: DayNumber): string | undefined {
  return statutoryHolidays.find((h) => dayNumber(y, h.m, h.d) === n)?.name;
}
