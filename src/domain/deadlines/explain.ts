import { isoDate as iso, ruDate, weekday, type DayNumber } from '../calendar/days';
import type { ProductionCalendar } from '../calendar/production-calendar';
import { startEventLabels } from './rules';
import type { Deadline } from './compute';

export type ExplanationStep = {
  kind: 'start' | 'counted' | 'roll' | 'result' | 'warning';
  date: string | null;
  text: string;
};

const weekdayNames = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];

/** «нерабочий праздничный день (Новогодние каникулы)», «выходной день (суббота)», «рабочий день». */
export function describeDay(n: DayNumber, calendar: ProductionCalendar): string {
  const kind = calendar.kindOf(n);
  const note = calendar.noteOf(n);
  switch (kind) {
    case 'holiday':
      return `нерабочий праздничный день (${note ?? 'ст. 112 ТК РФ'})`;
    case 'day-off':
      return `выходной день — ${lowerFirst(note ?? 'перенос выходного дня')}`;
    case 'weekend':
      return `выходной день (${weekdayNames[weekday(n)]})`;
    case 'working':
      return `рабочий день (${weekdayNames[weekday(n)]}, перенос выходного дня)`;
    case 'shortened':
      return 'рабочий предпраздничный день';
    case 'weekday':
      return `рабочий день (${weekdayNames[weekday(n)]})`;
  }
}

/** The steps a person can read, each with the date it establishes; the last gives the deadline. */
export function explain(d: Deadline, calendar: ProductionCalendar): ExplanationStep[] {
  const r = d.rule;
  const steps: ExplanationStep[] = [];
  const start = `${startEventLabels[r.from]} ${ruDate(d.startDay)}`;

  if (r.direction === 'before') {
    steps.push({ kind: 'start', date: iso(d.startDay), text: `${start}.` });
    const unit = r.unit === 'working' ? plural(d.amount, 'рабочий день', 'рабочих дня', 'рабочих дней') : plural(d.amount, 'день', 'дня', 'дней');
    steps.push({ kind: 'counted', date: iso(d.countedDay), text: `За ${d.amount} ${unit} до него — ${ruDate(d.countedDay)}, ${describeDay(d.countedDay, calendar)}.` });
    if (d.rolled) steps.push({ kind: 'roll', date: iso(d.day), text: `Срок переносится на предыдущий рабочий день — ${ruDate(d.day)}: документ должен поступить не позднее этого дня.` });
  } else if (r.unit === 'working') {
    const startCounts = d.firstCountedDay === d.startDay;
    steps.push({
      kind: 'start',
      date: iso(d.startDay),
      text: d.amount === 0 ? `${start}.` : startCounts ? `${start} — рабочий день 1 (первым днём срока считается день события).` : `${start}; рабочие дни считаются со следующего дня.`,
    });
    const skipped = nonWorkingBetween(d.startDay, d.day, calendar);
    const skippedText = skipped.length ? ` Нерабочие дни не учитываются: ${skipped.slice(0, 6).map(ruDate).join(', ')}${skipped.length > 6 ? ` и ещё ${skipped.length - 6}` : ''}.` : '';
    steps.push({
      kind: 'counted',
      date: iso(d.day),
      text: d.amount === 0 ? `Срок — в тот же рабочий день: ${ruDate(d.day)}, ${describeDay(d.day, calendar)}.` : `${d.amount}-й рабочий день — ${ruDate(d.day)}.${skippedText}`,
    });
  } else {
    steps.push({
      kind: 'start',
      date: iso(d.startDay),
      text: d.firstCountedDay === d.startDay ? `${start} (день 1).` : `${start}; срок исчисляется со следующего дня — ${ruDate(d.firstCountedDay)} (день 1).`,
    });
    steps.push({ kind: 'counted', date: iso(d.countedDay), text: `${d.amount}-й день — ${ruDate(d.countedDay)}, ${describeDay(d.countedDay, calendar)}.` });
    if (d.rolled) steps.push({ kind: 'roll', date: iso(d.day), text: `Срок переносится на ${ruDate(d.day)} — первый рабочий день после нерабочих дней.` });
  }
  steps.push({ kind: 'result', date: iso(d.day), text: `Срок: ${ruDate(d.day)}. Основание: ${r.source}${r.countingSource && r.direction === 'after' ? `. Порядок исчисления: ${r.countingSource}` : ''}.` });
  const unconfirmed = d.unconfirmedYears;
  if (unconfirmed.length) {
    steps.push({ kind: 'warning', date: null, text: `Производственный календарь на ${unconfirmed.join(', ')} г. не подтверждён администратором: дата может измениться после утверждения переноса выходных дней.` });
  }
  return steps;
}

function nonWorkingBetween(a: DayNumber, b: DayNumber, calendar: ProductionCalendar): DayNumber[] {
  const out: DayNumber[] = [];
  for (let n = a + 1; n < b; n++) if (!calendar.isWorkingDay(n)) out.push(n);
  return out;
}

function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
