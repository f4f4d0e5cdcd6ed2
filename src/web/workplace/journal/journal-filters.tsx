import { useEffect, useState, type FormEvent } from 'react';
import { Button, Card, Group, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { DateField } from '../../components/date-field';
import { TotkPicker } from '../../components/totk-picker';
import { ExternalBodySelect } from '../../components/external-body-select';
import { channelLabels, formLabels, typeLabels } from '../../../domain/appeal/labels';
import { multiplicityLabels } from '../../../domain/appeal/multiplicity';
import type { FilterDraft, FilterKey } from './journal-params';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label: label.charAt(0).toUpperCase() + label.slice(1) }));
const clearLabel = { 'aria-label': 'Очистить' };

/**
 * REG-10: the conditions of selection. They are edited here and applied by «Найти» (or Enter), so a
 * half-typed word does not reload the journal; the applied conditions live in the page address.
 */
export function JournalFilters({ applied, onApply }: { applied: FilterDraft; onApply: (draft: FilterDraft) => void }) {
  const [draft, setDraft] = useState(applied);
  // Back/forward, a saved filter or a shared link change the address: the form follows it.
  useEffect(() => setDraft(applied), [applied]);
  const set = (key: FilterKey) => (value: string | null) => setDraft((d) => ({ ...d, [key]: value ?? '' }));
  const empty = Object.fromEntries(Object.keys(applied).map((k) => [k, ''])) as FilterDraft;

  function submit(e: FormEvent) {
    e.preventDefault();
    onApply(draft);
  }

  return (
    <Card withBorder component="section" aria-labelledby="journal-filters-title" padding="md">
      <form onSubmit={submit} noValidate>
        <Title order={2} size="h5" id="journal-filters-title" mb="xs">
          Условия отбора
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
          <DateField label="Зарегистрировано с" value={draft.from || null} onChange={set('from')} clearable clearButtonProps={clearLabel} />
          <DateField label="Зарегистрировано по" value={draft.to || null} onChange={set('to')} clearable clearButtonProps={clearLabel} />
          <TextInput
            label="Поиск по тексту, аннотации и авторам"
            description="Слова в любой форме или номер обращения"
            type="search"
            value={draft.q}
            onChange={(e) => set('q')(e.currentTarget.value)}
          />
          <TextInput label="Автор" description="Фамилия, имя, отчество или организация" value={draft.author} onChange={(e) => set('author')(e.currentTarget.value)} />
          <Select label="Канал поступления" placeholder="Любой" clearable clearButtonProps={clearLabel} data={options(channelLabels)} value={draft.channel || null} onChange={set('channel')} />
          <Select label="Форма обращения" placeholder="Любая" clearable clearButtonProps={clearLabel} data={options(formLabels)} value={draft.form || null} onChange={set('form')} />
          <Select label="Вид обращения" placeholder="Любой" clearable clearButtonProps={clearLabel} data={options(typeLabels)} value={draft.type || null} onChange={set('type')} />
          <Select label="Кратность" placeholder="Любая" clearable clearButtonProps={clearLabel} data={options(multiplicityLabels)} value={draft.multiplicity || null} onChange={set('multiplicity')} />
          <Select
            label="Коллективные"
            placeholder="Все обращения"
            clearable
            clearButtonProps={clearLabel}
            data={[{ value: 'true', label: 'Только коллективные' }, { value: 'false', label: 'Без коллективных' }]}
            value={draft.collective || null}
            onChange={set('collective')}
          />
          <Select
            label="Просроченные"
            placeholder="Все обращения"
            clearable
            clearButtonProps={clearLabel}
            data={[{ value: 'true', label: 'Только просроченные' }, { value: 'false', label: 'Без просроченных' }]}
            value={draft.overdue || null}
            onChange={set('overdue')}
          />
          <Select
            label="Контроль"
            placeholder="Все обращения"
            clearable
            clearButtonProps={clearLabel}
            data={[{ value: 'true', label: 'На контроле' }, { value: 'false', label: 'Снятые с контроля' }]}
            value={draft.onControl || null}
            onChange={set('onControl')}
          />
          <ExternalBodySelect label="Поступило через" description="Орган, направивший обращение" value={draft.forwardedBy ? Number(draft.forwardedBy) : null} onChange={(id) => set('forwardedBy')(id === null ? '' : String(id))} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, lg: 2 }} mt="xs">
          <TotkPicker label="Тематика (ТОТК)" value={draft.totk || null} onChange={(code) => set('totk')(code)} />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">Найти</Button>
          <Button variant="default" onClick={() => onApply({ ...empty, sort: applied.sort })}>
            Сбросить условия
          </Button>
        </Group>
      </form>
    </Card>
  );
}
