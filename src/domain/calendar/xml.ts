import { dayNumber, parseIsoDate, toYmd, weekday } from './days';
import { holidayName, statutoryHolidays } from './holidays';
import type { CalendarYearData, DayKind, SpecialDay } from './types';

/**
 * The common production-calendar exchange format (as published by xmlcalendar and used by
 * accounting systems): <calendar year="2026"><days><day d="MM.DD" t="1|2|3" [h="…"] [f="MM.DD"]/></days></calendar>.
 * t=1 — day off (holiday or transfer), t=2 — shortened working day, t=3 — working weekend day.
 */
const holidayIds = ['Новогодние каникулы', 'Рождество Христово', 'День защитника Отечества', 'Международный женский день', 'Праздник Весны и Труда', 'День Победы', 'День России', 'День народного единства'];

const t: Record<DayKind, string> = { holiday: '1', 'day-off': '1', shortened: '2', working: '3' };

export function exportYearXml(data: CalendarYearData, generatedOn: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<calendar year="${data.year}" lang="ru" date="${generatedOn.replaceAll('-', '.')}" confirmed="${data.confirmed ? 'true' : 'false'}" source="${escapeXml(data.source)}">`,
    '\t<holidays>',
    ...holidayIds.map((title, i) => `\t\t<holiday id="${i + 1}" title="${title}"/>`),
    '\t</holidays>',
    '\t<days>',
  ];
  for (const day of data.days) {
    const n = parseIsoDate(day.date);
    if (n === null) continue;
    const { m, d } = toYmd(n);
    const h = day.kind === 'holiday' ? holidayIds.indexOf(holidayName(data.year, n) ?? '') + 1 : 0;
    const from = /с (\d{2})\.(\d{2})/.exec(day.kind === 'day-off' ? day.note : '');
    lines.push(`\t\t<day d="${pad(m)}.${pad(d)}" t="${t[day.kind]}"${h > 0 ? ` h="${h}"` : ''}${from ? ` f="${from[2]}.${from[1]}"` : ''}/>`);
  }
  lines.push('\t</days>', '</calendar>', '');
  return lines.join('\n');
}

export type ParsedYear = { ok: true; year: number; days: SpecialDay[] } | { ok: false; errors: string[] };

/** Parses and validates a year; every bad line gets its own Russian message with the line number. */
export function parseYearXml(text: string): ParsedYear {
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  let year: number | null = null;
  const days = new Map<number, SpecialDay>();
  const pending: { line: number; attrs: Record<string, string> }[] = [];

  lines.forEach((raw, i) => {
    const line = i + 1;
    const calendarTag = /<calendar\b([^>]*)>/.exec(raw);
    if (calendarTag) {
      const y = attributes(calendarTag[1] ?? '').year;
      if (!y || !/^\d{4}$/.test(y)) errors.push(`Строка ${line}: в элементе <calendar> не указан год (атрибут year="ГГГГ").`);
      else year = Number(y);
    }
    for (const m of raw.matchAll(/<day\b([^>]*?)\/?>/g)) pending.push({ line, attrs: attributes(m[1] ?? '') });
  });
  if (year === null) {
    if (!errors.length) errors.push('Не найден элемент <calendar year="ГГГГ">: файл не является производственным календарём.');
    return { ok: false, errors };
  }
  if (year < 2000 || year > 2100) return { ok: false, errors: [`Год ${year} вне допустимого диапазона.`] };
  if (pending.length === 0) errors.push('В файле нет ни одного элемента <day>.');

  for (const { line, attrs } of pending) {
    const where = `Строка ${line}`;
    const dm = /^(\d{2})\.(\d{2})$/.exec(attrs.d ?? '');
    if (!dm) {
      errors.push(`${where}: дата указана неверно (d="${attrs.d ?? ''}"), ожидается d="ММ.ДД".`);
      continue;
    }
    const n = parseIsoDate(`${year}-${dm[1]}-${dm[2]}`);
    if (n === null) {
      errors.push(`${where}: даты ${dm[2]}.${dm[1]}.${year} не существует.`);
      continue;
    }
    if (days.has(n)) {
      errors.push(`${where}: дата ${dm[2]}.${dm[1]} указана повторно.`);
      continue;
    }
    const weekend = weekday(n) >= 5;
    const holiday = holidayName(year, n);
    let kind: DayKind;
    let note: string;
    switch (attrs.t) {
      case '1':
        kind = holiday ? 'holiday' : 'day-off';
        note = holiday ?? (attrs.f ? `Перенос выходного дня с ${attrs.f.split('.').reverse().join('.')} (импорт)` : 'Выходной день (импорт)');
        if (weekend && !holiday) continue; // already a day off
        break;
      case '2':
        if (holiday) {
          errors.push(`${where}: ${dm[2]}.${dm[1]} — нерабочий праздничный день, он не может быть сокращённым рабочим.`);
          continue;
        }
        kind = 'shortened';
        note = 'Предпраздничный день, продолжительность работы сокращается на 1 час (ст. 95 ТК РФ)';
        break;
      case '3':
        if (!weekend) {
          errors.push(`${where}: t="3" (рабочий выходной день) указан для ${dm[2]}.${dm[1]}, а это будний день.`);
          continue;
        }
        if (holiday) {
          errors.push(`${where}: ${dm[2]}.${dm[1]} — нерабочий праздничный день, он не может быть рабочим.`);
          continue;
        }
        kind = 'working';
        note = 'Рабочий день (перенос выходного, импорт)';
        break;
      default:
        errors.push(`${where}: неизвестный тип дня t="${attrs.t ?? ''}" (допустимы 1 — выходной, 2 — сокращённый, 3 — рабочий).`);
        continue;
    }
    days.set(n, { date: `${year}-${dm[1]}-${dm[2]}`, kind, note });
  }
  // Holidays of ст. 112 are non-working whatever a file says; a file that omits them still means them.
  for (const h of statutoryHolidays) {
    const n = dayNumber(year, h.m, h.d);
    if (!days.has(n)) days.set(n, { date: `${year}-${pad(h.m)}-${pad(h.d)}`, kind: 'holiday', note: h.name });
  }
  // ТК РФ ст. 112 ч. 2: every holiday (outside 1–8 January) that falls on a weekend gives a day off
  // elsewhere. A file without enough days off has lost transfers; refuse it rather than make
  // working days of days off. (Where the day went is the decree's choice, so only the count is checked.)
  const weekendHolidays = statutoryHolidays.filter((h) => h.m !== 1 && weekday(dayNumber(year!, h.m, h.d)) >= 5);
  const daysOff = [...days.values()].filter((d) => d.kind === 'day-off').length;
  if (errors.length === 0 && daysOff < weekendHolidays.length) {
    const list = weekendHolidays.map((h) => `${pad(h.d)}.${pad(h.m)}`).join(', ');
    errors.push(`В ${year} году на выходные приходятся праздники ${list}, но выходных дней по переносу в файле ${daysOff} из ${weekendHolidays.length} необходимых (ст. 112 ч. 2 ТК РФ). Файл неполный: проверьте, что в нём перечислены все дни года, отличающиеся от обычной недели.`);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, year, days: [...days.entries()].sort(([a], [b]) => a - b).map(([, v]) => v) };
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([a-zA-Z_:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

function escapeXml(s: string) {
  return s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
