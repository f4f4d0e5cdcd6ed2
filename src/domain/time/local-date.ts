/**
 * ARCHITECTURE principle 4: dates are calendar dates in the organisation's time zone.
 * Returns 'YYYY-MM-DD' for the moment `at` as seen in `timeZone` (IANA name from the profile).
 */
export function localDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY', the form of Russian official documents. */
export function formatDateRu(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}
