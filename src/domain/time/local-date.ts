/**
 * ARCHITECTURE principle 4: dates are calendar dates in the organisation's time zone.
 * Returns 'YYYY-MM-DD' for the moment `at` as seen in `timeZone` (IANA name from the profile).
 */
export function localDate(at: Date, timeZone: string): string {
  const parts = formatterOf(timeZone).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// Making a formatter costs far more than using one (it loads the zone's rules): one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();
/** The calendar date and the time of day (HH:MM) of the moment `at` in `timeZone`. */
export function localDateTime(at: Date, timeZone: string): { year: number; month: number; day: number; time: string } {
  let f = dateTimeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    dateTimeFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), time: `${get('hour')}:${get('minute')}` };
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY', the form of Russian official documents. */
export function formatDateRu(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}
