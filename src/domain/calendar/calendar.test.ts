import { describe, expect, it } from 'vitest';
import { buildYear, dayNumber, exportYearXml, isoDate, parseIsoDate, parseYearXml, ProductionCalendar, shippedCalendars, toYmd, weekday } from '.';

const calendar = new ProductionCalendar(shippedCalendars);
const n = (iso: string) => parseIsoDate(iso)!;
const nonWorking = (from: string, to: string) => {
  for (let d = n(from); d <= n(to); d++) expect(calendar.isWorkingDay(d), isoDate(d)).toBe(false);
};

describe('day numbers', () => {
  it('round-trip every day of 1990–2060 and know the weekday', () => {
    for (let d = dayNumber(1990, 1, 1); d <= dayNumber(2060, 12, 31); d++) {
      const { y, m, d: dd } = toYmd(d);
      expect(dayNumber(y, m, dd)).toBe(d);
    }
    expect(weekday(n('2026-11-21'))).toBe(5); // Saturday
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
  });
});

describe('production calendars 2023–2027 (LAW.md)', () => {
  it('2026: 1–11 January are non-working, 12 January is the first working day', () => {
    nonWorking('2026-01-01', '2026-01-11');
    expect(calendar.isWorkingDay(n('2026-01-12'))).toBe(true);
    expect(calendar.kindOf(n('2026-12-31'))).toBe('day-off');
  });

  it('2025: 1–8 January, 1–4 May, 8–11 May, 12–15 June, 2–4 November are non-working', () => {
    nonWorking('2025-01-01', '2025-01-08');
    nonWorking('2025-05-01', '2025-05-04');
    nonWorking('2025-05-08', '2025-05-11');
    nonWorking('2025-06-12', '2025-06-15');
    nonWorking('2025-11-02', '2025-11-04');
    expect(calendar.isWorkingDay(n('2025-11-01'))).toBe(true);
    expect(calendar.isShortened(n('2025-11-01'))).toBe(true);
    expect(calendar.isWorkingDay(n('2025-02-24'))).toBe(true); // 23.02 was moved by the decree to 08.05
  });

  it('2024 and 2023 follow their decrees', () => {
    expect(calendar.kindOf(n('2024-04-27'))).toBe('working');
    expect(calendar.kindOf(n('2024-12-28'))).toBe('working');
    expect(calendar.isShortened(n('2024-11-02'))).toBe(true);
    nonWorking('2024-12-29', '2025-01-08');
    nonWorking('2023-02-23', '2023-02-26');
    nonWorking('2023-11-04', '2023-11-06');
    expect(calendar.isConfirmed(2023)).toBe(true);
  });

  it('2027 ships unconfirmed, with ст. 112 transfers only', () => {
    expect(calendar.isConfirmed(2027)).toBe(false);
    expect(calendar.kindOf(n('2027-05-03'))).toBe('day-off'); // 1 May is a Saturday
    expect(calendar.kindOf(n('2027-05-10'))).toBe('day-off'); // 9 May is a Sunday
    expect(calendar.kindOf(n('2027-06-14'))).toBe('day-off'); // 12 June is a Saturday
    expect(calendar.isShortened(n('2027-02-22'))).toBe(true);
  });

  it('counts working days in a month (Минтруд: January 2026 — 15, November 2025 — 19)', () => {
    expect(calendar.workingDaysInMonth(2026, 1)).toBe(15);
    expect(calendar.workingDaysInMonth(2025, 11)).toBe(19);
  });

  it('adds and subtracts working days and refuses dates outside its range in Russian', () => {
    expect(isoDate(calendar.addWorkingDays(n('2025-12-30'), 1))).toBe('2026-01-12');
    expect(isoDate(calendar.subtractWorkingDays(n('2026-01-12'), 1))).toBe('2025-12-30');
    expect(isoDate(calendar.subtractWorkingDays(n('2026-01-10'), 1))).toBe('2025-12-30');
    expect(() => calendar.isWorkingDay(n('2050-01-01'))).toThrow(/вне диапазона производственного календаря/);
  });
});

describe('XML exchange format', () => {
  it('exports and imports a year unchanged', () => {
    for (const year of shippedCalendars) {
      const parsed = parseYearXml(exportYearXml(year, '2026-11-21'));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.year).toBe(year.year);
      expect(parsed.days.map((d) => [d.date, d.kind])).toEqual(year.days.map((d) => [d.date, d.kind]));
    }
  });

  it('reads a file in the common format', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<calendar year="2027" lang="ru" date="2026.09.01">
<days>
<day d="01.01" t="1" h="1"/>
<day d="11.05" t="1" f="11.13"/>
<day d="05.03" t="1" f="05.01"/>
<day d="05.10" t="1" f="05.09"/>
<day d="06.14" t="1" f="06.12"/>
<day d="11.13" t="3" f="11.05"/>
<day d="11.03" t="2"/>
</days>
</calendar>`;
    const parsed = parseYearXml(xml);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const byDate = new Map(parsed.days.map((d) => [d.date, d.kind]));
    expect(byDate.get('2027-11-05')).toBe('day-off');
    expect(byDate.get('2027-11-13')).toBe('working');
    expect(byDate.get('2027-11-03')).toBe('shortened');
    expect(byDate.get('2027-01-07')).toBe('holiday'); // ст. 112 holidays are kept even when a file omits them
  });

  it('names every bad line in Russian', () => {
    const xml = ['<calendar year="2026">', '<day d="02.30" t="1"/>', '<day d="03.10" t="3"/>', '<day d="13.01" t="1"/>', '<day d="03.11" t="5"/>', '<day d="06.01" t="2"/>', '<day d="06.01" t="2"/>', '</calendar>'].join('\n');
    const parsed = parseYearXml(xml);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      'Строка 2: даты 30.02.2026 не существует.',
      'Строка 3: t="3" (рабочий выходной день) указан для 10.03, а это будний день.',
      'Строка 4: даты 01.13.2026 не существует.',
      'Строка 5: неизвестный тип дня t="5" (допустимы 1 — выходной, 2 — сокращённый, 3 — рабочий).',
      'Строка 7: дата 01.06 указана повторно.',
    ]);
    expect(parseYearXml('<html>not a calendar</html>')).toEqual({ ok: false, errors: ['Не найден элемент <calendar year="ГГГГ">: файл не является производственным календарём.'] });
  });

  it('refuses a partial file that lost the transfers of weekend holidays', () => {
    const parsed = parseYearXml('<calendar year="2026">\n<day d="01.09" t="1"/>\n</calendar>');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatch(/^В 2026 году на выходные приходятся праздники 08\.03, 09\.05, но выходных дней по переносу в файле 1 из 2 необходимых/);
  });

  it('builds a year without a decree from ст. 112 alone', () => {
    const y = buildYear(2028);
    expect(y.confirmed).toBe(false);
    expect(y.source).toMatch(/не подтверждено/);
  });
});
