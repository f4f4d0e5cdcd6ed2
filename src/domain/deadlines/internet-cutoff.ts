import { dayNumber, ruDate, type DayNumber } from '../calendar/days';
import type { ProductionCalendar } from '../calendar/production-calendar';
import { localDateTime } from '../time/local-date';

export type CutoffResult = { day: DayNumber; receivedDay: DayNumber; receivedTime: string; beforeCutoff: boolean; text: string };

/**
 * REG-1, HMR 3.5: an internet-reception appeal received on a working day before the cut-off
 * (16:00 local time) is registered the same day; later, or on a non-working day — the next
 * working day. `receivedAt` is the moment; `timeZone` the organisation's (ХМАО UTC+5 etc.).
 */
export function internetRegistrationDay(receivedAt: Date, timeZone: string, cutoff: string, calendar: ProductionCalendar, source = 'HMR 3.5'): CutoffResult {
  const local = localDateTime(receivedAt, timeZone);
  const receivedDay = dayNumber(local.year, local.month, local.day);
  const receivedTime = local.time;
  const beforeCutoff = receivedTime < cutoff;
  const working = calendar.isWorkingDay(receivedDay);
  const day = working && beforeCutoff ? receivedDay : calendar.nextWorkingDay(receivedDay + 1);
  const why = !working ? 'в нерабочий день' : beforeCutoff ? `до ${cutoff}` : `после ${cutoff}`;
  const text = `Поступило через интернет-приёмную ${ruDate(receivedDay)} в ${receivedTime} (местное время) — ${why}; регистрируется ${day === receivedDay ? 'в тот же день' : 'в следующий рабочий день'}: ${ruDate(day)} (${source}).`;
  return { day, receivedDay, receivedTime, beforeCutoff, text };
}
