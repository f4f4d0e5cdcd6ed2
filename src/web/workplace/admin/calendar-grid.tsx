import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { Box, SimpleGrid, Text, Title, UnstyledButton } from '@mantine/core';
import { dayName, isoOf, isNonWorking, lookLabels, monthDays, monthNames, shiftDate, shiftMonth, weekdayNames, weekdayShort, type CalendarDay, type CalendarYearView, type DayLook } from './calendar-days';

/**
 * How each kind looks. WCAG 1.4.1: never by colour alone — every special kind has its letter and
 * its border style, and non-working days have bold red digits (1.4.3: #a51d1d is ≥ 5:1 on every
 * background used here).
 */
const looks: Record<DayLook, { background: string; border: string; marker: string }> = {
  holiday: { background: 'var(--mantine-color-red-1)', border: '2px solid var(--mantine-color-red-7)', marker: 'П' },
  'day-off': { background: 'var(--mantine-color-red-0)', border: '2px dashed var(--mantine-color-red-7)', marker: 'В' },
  working: { background: 'var(--mantine-color-blue-1)', border: '2px solid var(--mantine-color-blue-8)', marker: 'Р' },
  shortened: { background: 'var(--mantine-color-yellow-1)', border: '2px dotted var(--mantine-color-dark-4)', marker: 'С' },
  weekend: { background: 'var(--mantine-color-gray-1)', border: '2px solid transparent', marker: '' },
  weekday: { background: 'transparent', border: '2px solid transparent', marker: '' },
};

const nonWorkingText = '#a51d1d';

function lookStyle(look: DayLook): CSSProperties {
  const l = looks[look];
  return {
    background: l.background,
    border: l.border,
    color: isNonWorking(look) ? nonWorkingText : 'var(--mantine-color-text)',
    fontWeight: isNonWorking(look) ? 700 : 400,
    borderRadius: 4,
    width: '100%',
    minWidth: 30,
    height: 32,
    position: 'relative',
    textAlign: 'center',
    fontSize: 14,
    fontVariantNumeric: 'tabular-nums',
  };
}

/** The letter of a special kind, in the corner; outside the button so its visible text is just the number (WCAG 2.5.3). */
function Marker({ look }: { look: DayLook }) {
  const marker = looks[look].marker;
  if (!marker) return null;
  return (
    <span aria-hidden style={{ position: 'absolute', top: 1, right: 3, fontSize: 10, lineHeight: 1, fontWeight: 700, color: 'var(--mantine-color-text)', pointerEvents: 'none' }}>
      {marker}
    </span>
  );
}

/** The key of the legend: a sample of each look with its meaning. */
export function CalendarLegend() {
  const order: DayLook[] = ['weekday', 'weekend', 'holiday', 'day-off', 'working', 'shortened'];
  return (
    <Box component="ul" aria-label="Условные обозначения" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '8px 20px' }}>
      {order.map((look) => (
        <li key={look} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <span aria-hidden style={{ ...lookStyle(look), display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 32 }}>
            15
            <Marker look={look} />
          </span>
          <Text size="sm" component="span">
            {looks[look].marker && `${looks[look].marker} — `}
            {lookLabels[look]}
          </Text>
        </li>
      ))}
    </Box>
  );
}

type GridProps = { view: CalendarYearView; today: string; onPick: (day: CalendarDay) => void };

/**
 * Twelve months, weeks from Monday. One day is in the tab order (roving focus): the arrows move by
 * a day or a week, Page Up / Page Down by a month, Home / End to the week's ends; Enter or Space opens it.
 */
export function CalendarGrid({ view, today, onPick }: GridProps) {
  const first = isoOf(view.year, 1, 1);
  const last = isoOf(view.year, 12, 31);
  const [active, setActive] = useState(() => (today.startsWith(`${view.year}-`) ? today : first));
  const root = useRef<HTMLDivElement>(null);
  const current = active.startsWith(`${view.year}-`) ? active : first;

  function move(to: string) {
    const date = to < first ? first : to > last ? last : to;
    setActive(date);
    root.current?.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, day: CalendarDay) {
    const steps: Record<string, () => string> = {
      ArrowLeft: () => shiftDate(day.date, -1),
      ArrowRight: () => shiftDate(day.date, 1),
      ArrowUp: () => shiftDate(day.date, -7),
      ArrowDown: () => shiftDate(day.date, 7),
      Home: () => shiftDate(day.date, -day.weekday),
      End: () => shiftDate(day.date, 6 - day.weekday),
      PageUp: () => shiftMonth(day.date, -1),
      PageDown: () => shiftMonth(day.date, 1),
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    move(step());
  }

  return (
    <div ref={root} role="group" aria-label={`Дни ${view.year} года`} aria-describedby="calendar-keys">
      <Text id="calendar-keys" size="sm" c="dimmed" mb="sm">
        Чтобы изменить день, нажмите на него. С клавиатуры: стрелки — на день или неделю, Page Up и Page Down — на месяц, Enter или Пробел — открыть день. Сегодняшний день обведён рамкой.
      </Text>
      <SimpleGrid type="container" cols={{ base: 1, '520px': 2, '780px': 3, '1060px': 4 }} spacing="lg" verticalSpacing="lg">
        {monthNames.map((name, i) => (
          <MonthTable key={name} view={view} month={i + 1} today={today} active={current} onFocusDay={setActive} onKeyDown={onKeyDown} onPick={onPick} />
        ))}
      </SimpleGrid>
    </div>
  );
}

type MonthProps = {
  view: CalendarYearView;
  month: number;
  today: string;
  active: string;
  onFocusDay: (date: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>, day: CalendarDay) => void;
  onPick: (day: CalendarDay) => void;
};

function MonthTable({ view, month, today, active, onFocusDay, onKeyDown, onPick }: MonthProps) {
  const days = monthDays(view, month);
  const cells: (CalendarDay | null)[] = [...Array<null>(days[0]!.weekday).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const titleId = `calendar-month-${month}`;
  const name = monthNames[month - 1]!;
  return (
    <section aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {name}
      </Title>
      <Text size="sm" mb={4}>
        рабочих дней: {view.workingDaysByMonth[month - 1] ?? '—'}
      </Text>
      <table style={{ borderCollapse: 'separate', borderSpacing: 2, width: '100%', tableLayout: 'fixed' }} aria-labelledby={titleId}>
        <thead>
          <tr>
            {weekdayShort.map((w, i) => (
              <th key={w} scope="col" abbr={weekdayNames[i]} style={{ fontSize: 12, fontWeight: 600, color: i >= 5 ? nonWorkingText : 'var(--mantine-color-text)', paddingBottom: 2 }}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => (
                <td key={day?.date ?? `empty-${w}-${i}`} style={{ padding: 0, position: 'relative' }}>
                  {day && (
                    <UnstyledButton
                      data-date={day.date}
                      tabIndex={day.date === active ? 0 : -1}
                      aria-label={dayName(day, view.year)}
                      aria-current={day.date === today ? 'date' : undefined}
                      title={dayName(day, view.year)}
                      style={{ ...lookStyle(day.look), ...(day.date === today ? { boxShadow: '0 0 0 2px var(--mantine-color-dark-6)' } : {}) }}
                      onFocus={() => onFocusDay(day.date)}
                      onKeyDown={(e) => onKeyDown(e, day)}
                      onClick={() => {
                        onFocusDay(day.date);
                        onPick(day);
                      }}
                    >
                      {day.day}
                    </UnstyledButton>
                  )}
                  {day && <Marker look={day.look} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
