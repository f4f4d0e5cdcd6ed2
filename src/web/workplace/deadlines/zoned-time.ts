/**
 * The moment that a wall-clock date and time mean in the organisation's time zone
 * (the registrar's computer may be elsewhere). 'YYYY-MM-DD', 'HH:MM', IANA zone → ISO instant.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const offset = offsetMs(new Date(guess), timeZone);
  return new Date(guess - offset).toISOString();
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - Math.floor(at.getTime() / 60_000) * 60_000;
}
