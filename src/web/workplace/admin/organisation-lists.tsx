import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';

export type PhoneRow = { label: string; number: string };
export type HoursRow = { days: string; hours: string; break: string };

type ListProps<T> = { rows: T[]; onChange: (rows: T[]) => void; error: (key: string) => string | undefined };

function update<T>(rows: T[], i: number, patch: Partial<T>): T[] {
  return rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" size="lg" mt={26} aria-label={label} title={label} onClick={onClick}>
      <span aria-hidden>✕</span>
    </ActionIcon>
  );
}

/** The organisation's phones: each with what it is for («Приёмная») and the number. */
export function PhonesList({ rows, onChange, error }: ListProps<PhoneRow>) {
  return (
    <Fieldset legend="Телефоны">
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            Телефоны не указаны.
          </Text>
        )}
        {rows.map((r, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextInput label="Назначение" placeholder="Приёмная" style={{ flex: 1 }} value={r.label} error={error(`phones.${i}.label`)} onChange={(e) => onChange(update(rows, i, { label: e.currentTarget.value }))} />
            <TextInput label="Номер телефона" required placeholder="+7 (3467) 00-00-00" type="tel" style={{ flex: 1 }} value={r.number} error={error(`phones.${i}.number`)} onChange={(e) => onChange(update(rows, i, { number: e.currentTarget.value }))} />
            <RemoveButton label={`Удалить телефон ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...rows, { label: '', number: '' }])} disabled={rows.length >= 20}>
            Добавить телефон
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Working hours as rows: days, hours and the break, e.g. «понедельник — четверг», «9:00–18:00», «13:00–14:00». */
export function HoursList({ rows, onChange, error }: ListProps<HoursRow>) {
  return (
    <Fieldset legend="Режим работы">
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            Режим работы не указан.
          </Text>
        )}
        {rows.map((r, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextInput label="Дни" required placeholder="понедельник — четверг" style={{ flex: 2 }} value={r.days} error={error(`workingHours.${i}.days`)} onChange={(e) => onChange(update(rows, i, { days: e.currentTarget.value }))} />
            <TextInput label="Часы работы" required placeholder="9:00–18:00" style={{ flex: 1 }} value={r.hours} error={error(`workingHours.${i}.hours`)} onChange={(e) => onChange(update(rows, i, { hours: e.currentTarget.value }))} />
            <TextInput label="Перерыв" placeholder="13:00–14:00" style={{ flex: 1 }} value={r.break} error={error(`workingHours.${i}.break`)} onChange={(e) => onChange(update(rows, i, { break: e.currentTarget.value }))} />
            <RemoveButton label={`Удалить строку режима работы ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...rows, { days: '', hours: '', break: '' }])} disabled={rows.length >= 14}>
            Добавить строку
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
