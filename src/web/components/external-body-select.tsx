import { useEffect, useMemo, useState } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { api } from '../api/client';
import type { ExternalBody, ExternalBodyKind } from '../../server/features/external-bodies/schemas';

export type { ExternalBody, ExternalBodyKind };

/** ADM-3: the kinds of external bodies as the staff read them (the order is the order of the filters). */
export const externalBodyKindLabels: Record<ExternalBodyKind, string> = {
  federal: 'Федеральный орган',
  regional: 'Орган субъекта РФ',
  municipal: 'Орган местного самоуправления',
  court: 'Суд',
  police: 'Орган внутренних дел',
  prosecutor: 'Прокуратура',
  migration: 'Орган по вопросам миграции',
  other: 'Иная организация',
};

export const externalBodyKindOptions = (Object.keys(externalBodyKindLabels) as ExternalBodyKind[]).map((value) => ({ value, label: externalBodyKindLabels[value] }));

type Props = {
  value: number | null;
  onChange: (id: number | null, body: ExternalBody | null) => void;
  label?: string;
  description?: string;
  error?: string;
  required?: boolean;
};

const PICKER_LIMIT = 30;
/** Ids are serial, from 1: 0 marks the «nothing found» line. */
const NO_OPTION = 0;

/**
 * REG-3 «who sent it», redirects, documents requests: a body from the directory, searched on the server
 * by words of its name (case and ё/е do not matter). Only active bodies are offered; a saved card
 * keeps showing its body even after the administrator has switched it off.
 */
export function ExternalBodySelect({ value, onChange, label = 'Орган или организация', description, error, required }: Props) {
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [options, setOptions] = useState<ExternalBody[]>([]);
  const [selected, setSelected] = useState<ExternalBody | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');

  // A card opened for editing knows only the id: load the record to show its name.
  const selectedId = selected?.id ?? null;
  useEffect(() => {
    if (value === null || value === selectedId) return;
    let cancelled = false;
    api<ExternalBody[]>('GET', `/api/external-bodies?id=${value}`)
      .then((rows) => {
        if (!cancelled) setSelected(rows[0] ?? null);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [value, selectedId]);

  // Searching starts when the list is first opened, then follows the typed words.
  useEffect(() => {
    if (!opened) return;
    const q = debounced.trim();
    let cancelled = false;
    setState('loading');
    // The input shows the chosen body's name: offer the whole list rather than that one name.
    const query = new URLSearchParams({ active: 'true', limit: String(PICKER_LIMIT), ...(q && q !== selected?.name ? { q } : {}) });
    api<ExternalBody[]>('GET', `/api/external-bodies?${query.toString()}`)
      .then((rows) => {
        if (cancelled) return;
        setOptions(rows);
        setState('idle');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
    };
    // selected?.name is read, not followed: picking a body must not restart the search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, debounced]);

  const current = selected && value === selected.id ? selected : null;
  const byId = useMemo(() => {
    const map = new Map<number, ExternalBody>(options.map((b) => [b.id, b]));
    if (current) map.set(current.id, current);
    return map;
  }, [options, current]);
  // The chosen body stays in the list until other words are typed: then only what the server found is shown.
  const showCurrent = current !== null && !options.some((b) => b.id === current.id) && (search.trim() === '' || search === current.name);
  const found = [...(showCurrent ? [current] : []), ...options].map((b) => ({ value: b.id, label: b.name }));
  const nothingFound = state === 'loading' ? 'Поиск…' : state === 'failed' ? 'Не удалось загрузить справочник. Повторите поиск.' : 'Не найдено. Новые органы добавляет администратор в разделе «Органы и организации».';
  // The message is a disabled option rather than Mantine's nothingFoundMessage: an empty listbox is an ARIA error (axe aria-required-children).
  const data = found.length > 0 ? found : [{ value: NO_OPTION, label: nothingFound, disabled: true }];

  return (
    <Select<number>
      label={label}
      description={description}
      placeholder="Начните вводить наименование"
      required={required}
      error={error}
      searchable
      clearable
      data={data}
      value={current ? current.id : null}
      // The server has already matched the words (with ё = е): show what it found as is.
      filter={({ options: found }) => found}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      onChange={(id) => {
        const body = id === null ? null : (byId.get(id) ?? null);
        setSelected(body);
        onChange(id, body);
      }}
      renderOption={({ option }) => {
        const body = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {body && (
              <Text size="xs" c="dimmed">
                {externalBodyKindLabels[body.kind]}
                {body.postalAddress ? ` · ${body.postalAddress}` : ''}
              </Text>
            )}
          </Stack>
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
