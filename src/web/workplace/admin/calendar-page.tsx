import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery, type QueryState } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { useSession } from '../../session/session';
import { FIRST_YEAR, LAST_YEAR, lookLabels, ruLongDate, type CalendarDay, type CalendarYearSummary, type CalendarYearView, type DayChoice } from './calendar-days';
import { CalendarGrid, CalendarLegend } from './calendar-grid';
import { CalendarConfirmForm, CalendarDayForm } from './calendar-forms';
import { CalendarFiles } from './calendar-files';
import { useDialog } from './use-dialog';

/** ADM-5: the production calendar the statutory deadlines are counted by — checked, corrected and confirmed here. */
export function CalendarPage() {
  const session = useSession();
  const today = todayIn(session.session?.organisation?.timeZone);
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const years = useQuery<CalendarYearSummary[]>('/api/calendar/years');
  const loaded = useQuery<CalendarYearView>(`/api/calendar/${year}`);
  // While another year loads, the previous year's grid is not shown under the new title.
  const view: QueryState<CalendarYearView> = { ...loaded, data: loaded.data?.year === year ? loaded.data : undefined };
  const dayDialog = useDialog<CalendarDay>();
  const picked = dayDialog.target;
  const [confirming, setConfirming] = useState(false);

  function refresh() {
    loaded.reload();
    years.reload();
    // The shell warns about unconfirmed years from the session: confirming or importing changes that.
    void session.refresh();
  }

  function daySaved(day: CalendarDay, kind: DayChoice) {
    dayDialog.close();
    const what = kind === 'normal' ? (day.weekday >= 5 ? lookLabels.weekend : lookLabels.weekday) : lookLabels[kind];
    showSuccess(`${ruLongDate(day, year)} — ${what}. Календарь обновлён.`);
    loaded.reload();
  }

  function confirmed(v: CalendarYearView) {
    setConfirming(false);
    showSuccess(`Календарь на ${v.year} год подтверждён.`);
    refresh();
  }

  function imported(v: CalendarYearView) {
    setYear(v.year);
    showSuccess(`Календарь на ${v.year} год загружен из файла. Проверьте его и подтвердите год.`);
    refresh();
  }

  const yearOptions = [...new Set([...(years.data ?? []).map((y) => y.year), year])].sort((a, b) => a - b).map((y) => ({ value: y, label: String(y) }));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" gap="md">
        <Title order={2} size="h3">
          Производственный календарь на {year} год
        </Title>
        <Group gap="xs" role="group" aria-label="Выбор года">
          <ActionIcon variant="default" size="lg" aria-label="Предыдущий год" title="Предыдущий год" disabled={year <= FIRST_YEAR} onClick={() => setYear((y) => Math.max(FIRST_YEAR, y - 1))}>
            <span aria-hidden>‹</span>
          </ActionIcon>
          <SegmentedControl<number> aria-label="Год" data={yearOptions} value={year} onChange={setYear} />
          <ActionIcon variant="default" size="lg" aria-label="Следующий год" title="Следующий год" disabled={year >= LAST_YEAR} onClick={() => setYear((y) => Math.min(LAST_YEAR, y + 1))}>
            <span aria-hidden>›</span>
          </ActionIcon>
        </Group>
      </Group>
      <LoadState query={view}>
        {(v) => (
          <Stack>
            <CalendarStatus view={v} onConfirm={() => setConfirming(true)} />
            <CalendarFiles year={v.year} onImported={imported} />
            <CalendarLegend />
            <CalendarGrid key={v.year} view={v} today={today} onPick={dayDialog.open} />
          </Stack>
        )}
      </LoadState>
      <Modal opened={dayDialog.opened} onClose={dayDialog.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={picked ? ruLongDate(picked, year) : ''} size="lg">
        {picked && <CalendarDayForm key={dayDialog.key} year={year} day={picked} onCancel={dayDialog.close} onSaved={(_, kind) => daySaved(picked, kind)} />}
      </Modal>
      <Modal opened={confirming} onClose={() => setConfirming(false)} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={`Подтверждение календаря на ${year} год`} size="lg">
        {confirming && <CalendarConfirmForm year={year} onCancel={() => setConfirming(false)} onConfirmed={confirmed} />}
      </Modal>
    </Stack>
  );
}

/** Confirmed with its decree, or a warning that deadlines rest on an unchecked year. */
function CalendarStatus({ view, onConfirm }: { view: CalendarYearView; onConfirm: () => void }) {
  if (view.confirmed) {
    return (
      <Text size="sm">
        <b>Подтверждён:</b> {view.source}
      </Text>
    );
  }
  return (
    <Alert color="yellow" title={`Календарь на ${view.year} год не подтверждён`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          Сроки рассмотрения обращений исчисляются по этому календарю, но он не сверен с постановлением Правительства Российской Федерации о переносе выходных дней. Сверьте дни с постановлением, при необходимости измените их и подтвердите год.
        </Text>
        <Text size="sm">
          <b>Основание:</b> {view.source || 'статья 112 Трудового кодекса Российской Федерации, постановление о переносе выходных дней не внесено'}
        </Text>
        <Button size="sm" onClick={onConfirm}>
          Подтвердить год
        </Button>
      </Stack>
    </Alert>
  );
}

/** Today in the organisation's time zone (the calendar and the deadlines are local dates). */
function todayIn(timeZone: string | undefined): string {
  const format = (tz: string | undefined) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  try {
    return format(timeZone);
  } catch {
    return format(undefined);
  }
}
