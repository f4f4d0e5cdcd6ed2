import { Alert, Button, List, Popover, Stack, Text } from '@mantine/core';
import { parseIsoDate, ruDate, weekday } from '../../domain/calendar';

export type ExplanationStepView = { kind: 'start' | 'counted' | 'roll' | 'result' | 'warning'; date: string | null; text: string };

const weekdays = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];

/** «12.01.2026 (понедельник)» */
export function formatDeadline(date: string): string {
  const n = parseIsoDate(date);
  return n === null ? date : `${ruDate(n)} (${weekdays[weekday(n)]})`;
}

/** The steps of a computed deadline, as the engine explains them (issue «deadline engine»). */
export function DeadlineExplanation({ steps }: { steps: ExplanationStepView[] }) {
  const warnings = steps.filter((s) => s.kind === 'warning');
  return (
    <Stack gap="xs">
      <List type="ordered" spacing={4} size="sm" aria-label="Как рассчитан срок">
        {steps
          .filter((s) => s.kind !== 'warning')
          .map((s, i) => (
            <List.Item key={i} fw={s.kind === 'result' ? 600 : undefined}>
              {s.text}
            </List.Item>
          ))}
      </List>
      {warnings.map((w, i) => (
        <Alert key={i} color="yellow" role="status" p="xs">
          <Text size="sm">{w.text}</Text>
        </Alert>
      ))}
    </Stack>
  );
}

/** A deadline wherever it is shown: the date, and on request the explanation of how it was computed. */
export function DeadlineDate({ date, steps, label = 'Как рассчитан срок' }: { date: string; steps: ExplanationStepView[]; label?: string }) {
  const unconfirmed = steps.some((s) => s.kind === 'warning');
  return (
    <Popover width={420} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <Button variant="subtle" size="compact-sm" aria-label={`${formatDeadline(date)}. ${label}`}>
          {formatDeadline(date)}
          {unconfirmed ? ' *' : ''}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb="xs">
          {label}
        </Text>
        <DeadlineExplanation steps={steps} />
      </Popover.Dropdown>
    </Popover>
  );
}
