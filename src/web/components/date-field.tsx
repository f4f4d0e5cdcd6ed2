import { DateInput, type DateInputProps } from '@mantine/dates';

/** 'ДД.ММ.ГГГГ' typed by hand → 'YYYY-MM-DD'; null when it is not a real date. */
export function parseRuDate(input: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(input);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A date typed as ДД.ММ.ГГГГ or picked from the calendar; the value is 'YYYY-MM-DD'. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="DD.MM.YYYY" placeholder="ДД.ММ.ГГГГ" dateParser={parseRuDate} clearable={false} {...props} />;
}
