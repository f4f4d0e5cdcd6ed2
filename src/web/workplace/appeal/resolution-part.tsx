import { Button, Fieldset, Group, MultiSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { QueryState } from '../../api/use-query';
import { DateField } from '../../components/date-field';
import { personLabel, type StaffPerson } from './consideration-model';

export type PartValues = { key: number; instruction: string; deadline: string | null; executorIds: number[]; responsibleId: number | null };

let nextKey = 1;
export const emptyPart = (): PartValues => ({ key: nextKey++, instruction: '', deadline: null, executorIds: [], responsibleId: null });

type Props = {
  index: number;
  count: number;
  values: PartValues;
  executors: QueryState<StaffPerson[]>;
  defaultDeadlineText: string;
  error: (key: 'instruction' | 'deadline' | 'executors') => string | undefined;
  onChange: (patch: Partial<PartValues>) => void;
  onRemove: () => void;
};

/** One part of a resolution (ROU-2): what is instructed, by when, to whom — the responsible executor first (ROU-3). */
export function PartFields({ index, count, values: p, executors, defaultDeadlineText, error, onChange, onRemove }: Props) {
  const n = index + 1;
  const people = executors.data ?? [];
  const responsible = p.responsibleId !== null && p.executorIds.includes(p.responsibleId) ? p.responsibleId : (p.executorIds[0] ?? null);
  const nameOf = (id: number) => people.find((x) => x.userId === id)?.name ?? `сотрудник (код ${id})`;
  return (
    <Fieldset legend={count > 1 ? `Поручение ${n}` : 'Поручение'} data-testid={`resolution-part-${index}`}>
      <Stack gap="sm">
        <Textarea
          label="Что поручается"
          required
          autosize
          minRows={2}
          maxLength={2000}
          placeholder="Например: рассмотреть, подготовить ответ заявителю"
          value={p.instruction}
          onChange={(e) => onChange({ instruction: e.currentTarget.value })}
          error={error('instruction')}
        />
        <MultiSelect<number>
          label="Исполнители"
          description="Первый выбранный — ответственный исполнитель, если не отмечен другой; соисполнители представляют ему материалы"
          required
          searchable
          hidePickedOptions
          placeholder={executors.error ? 'Список не загрузился' : executors.data ? (p.executorIds.length ? undefined : 'Выберите исполнителей') : 'Загрузка списка…'}
          nothingFoundMessage="Не найдено"
          data={people.map((x) => ({ value: x.userId, label: personLabel(x) }))}
          value={p.executorIds}
          onChange={(ids) => onChange({ executorIds: ids })}
          error={error('executors') ?? (executors.error ? `Список исполнителей не загрузился: ${executors.error.message}` : undefined)}
        />
        {p.executorIds.length > 1 && (
          <Radio.Group label="Ответственный исполнитель" description="Готовит ответ автору; остальные — соисполнители" value={String(responsible)} onChange={(v) => onChange({ responsibleId: Number(v) })}>
            <Stack gap={6} mt={6}>
              {p.executorIds.map((id) => (
                <Radio key={id} value={String(id)} label={nameOf(id)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group align="flex-end" justify="space-between">
          <DateField
            label="Срок исполнения"
            description={`Если не указан — ${defaultDeadlineText}`}
            clearable
            clearButtonProps={{ 'aria-label': `Очистить срок поручения ${n}` }}
            value={p.deadline}
            onChange={(d) => onChange({ deadline: d })}
            error={error('deadline')}
            w={300}
          />
          {count > 1 && (
            <Button variant="subtle" color="red" onClick={onRemove} aria-label={`Удалить поручение ${n}`}>
              Удалить поручение
            </Button>
          )}
        </Group>
        {p.executorIds.length === 1 && (
          <Text size="xs" c="dimmed">
            Единственный исполнитель — ответственный.
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
