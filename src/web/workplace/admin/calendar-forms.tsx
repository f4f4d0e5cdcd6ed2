import { FormActions } from './table-cells';
import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { capitalise, choicesFor, currentChoice, lookLabels, ruLongDate, weekdayNames, type CalendarDay, type CalendarYearView, type DayChoice } from './calendar-days';
import { useForm } from './use-form';

type DayFormProps = { year: number; day: CalendarDay; onCancel: () => void; onSaved: (view: CalendarYearView, kind: DayChoice) => void };

/** ADM-5: one day's kind, changed with its ground (recorded in the event log). */
export function CalendarDayForm({ year, day, onCancel, onSaved }: DayFormProps) {
  const form = useForm<{ kind: DayChoice; reason: string }>({ kind: currentChoice(day), reason: '' });
  const { values, set, error } = form;

  const submit = form.submit(async (v) => {
    const view = await api<CalendarYearView>('PUT', `/api/admin/calendar/${year}/days/${day.date}`, { kind: v.kind, reason: v.reason });
    onSaved(view, v.kind);
  });

  const current = (
    <Stack gap={4}>
      <Text size="sm">
        {capitalise(weekdayNames[day.weekday]!)}. Сейчас: <b>{lookLabels[day.look]}</b>
      </Text>
      {day.note && (
        <Text size="sm" c="dimmed">
          {day.note}
        </Text>
      )}
    </Stack>
  );

  if (day.statutory) {
    return (
      <Stack>
        {current}
        <Alert color="gray" title="День не изменяется">
          Нерабочие праздничные дни установлены частью первой статьи 112 Трудового кодекса Российской Федерации; сделать такой день рабочим нельзя.
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onCancel} data-autofocus>
            Закрыть
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Изменение дня ${ruLongDate(day, year)}`}>
      <Stack>
        {current}
        <Radio.Group label="Вид дня" required value={values.kind} error={error('kind')} onChange={(v) => set('kind', v as DayChoice)}>
          <Stack gap="xs" mt={4}>
            {choicesFor(day).map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} description={c.description} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Основание изменения"
          description="Например: постановление Правительства РФ от … № … «О переносе выходных дней»"
          required
          autosize
          minRows={2}
          value={values.reason}
          error={error('reason')}
          onChange={(e) => set('reason', e.currentTarget.value)}
          data-autofocus
        />
        <FormActions busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

type ConfirmProps = { year: number; onCancel: () => void; onConfirmed: (view: CalendarYearView) => void };

/** ADM-5: the administrator has checked the year against the Government's decree on transfers. */
export function CalendarConfirmForm({ year, onCancel, onConfirmed }: ConfirmProps) {
  const form = useForm({ source: '' });
  const submit = form.submit(async (v) => {
    onConfirmed(await api<CalendarYearView>('POST', `/api/admin/calendar/${year}/confirm`, { source: v.source }));
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Подтверждение календаря на ${year} год`}>
      <Stack>
        <Text size="sm">
          Подтверждая год, вы удостоверяете, что календарь сверен с постановлением Правительства Российской Федерации о переносе выходных дней в {year} году. Сроки рассмотрения обращений исчисляются по этому календарю.
        </Text>
        <Textarea
          label="Основание (постановление Правительства)"
          description={`Например: Постановление Правительства РФ от … № … «О переносе выходных дней в ${year} году»`}
          required
          autosize
          minRows={2}
          value={form.values.source}
          error={form.error('source')}
          onChange={(e) => form.set('source', e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button type="submit" loading={form.busy}>
            Подтвердить
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
