import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Alert, Box, Button, Center, Group, Loader, Modal, ScrollArea, Select, Stack, Text, Tree, useTree, type RenderTreeNodePayload, type TreeNodeData } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { api, ApiError } from '../api/client';
import { ancestorCodes, formatTotk } from '../../domain/classifier/types';
import type { TotkEntryView, TotkItemView, TotkNodeView } from '../../server/features/classifier/schemas';

export type { TotkItemView };

type Props = {
  /** The chosen ТОТК code (a question or a refinement), or null. */
  value: string | null;
  onChange: (code: string | null, entry: TotkItemView | null) => void;
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
};

const SEARCH_LIMIT = 20;

const pathText = (path: readonly { name: string }[]) => path.map((p) => p.name).join(' › ');

/**
 * «Questions» of registration (ADM-6): a ТОТК question chosen by typing — words in any form
 * («пенсии» finds «пенсионного обеспечения»), a typo or a code — or picked in the classifier's tree.
 * Only questions and refinements can be chosen; sections, themes and groups are headings.
 */
export function TotkPicker({ value, onChange, label = 'Вопрос по классификатору ТОТК', description, error, required, disabled }: Props) {
  const [selected, setSelected] = useState<TotkItemView | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [options, setOptions] = useState<TotkItemView[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [treeOpened, setTreeOpened] = useState(false);

  // A saved card knows only the code: load the entry to show its name and path.
  const selectedCode = selected?.code ?? null;
  useEffect(() => {
    if (value === null || value === selectedCode) return;
    let cancelled = false;
    api<TotkEntryView>('GET', `/api/classifier/${encodeURIComponent(value)}`)
      .then((entry) => {
        if (!cancelled) setSelected(entry);
      })
      .catch(() => {
        if (!cancelled) setSelected(null);
      });
    return () => {
      cancelled = true;
    };
  }, [value, selectedCode]);

  useEffect(() => {
    const q = debounced.trim();
    // The input shows the chosen entry: that text is not a search.
    if (q.length < 2 || (selected && q === formatTotk(selected))) {
      setOptions([]);
      setState('idle');
      return;
    }
    let cancelled = false;
    setState('loading');
    const query = new URLSearchParams({ q, limit: String(SEARCH_LIMIT), selectable: 'true' });
    api<TotkItemView[]>('GET', `/api/classifier/search?${query.toString()}`)
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
    // selected is read, not followed: choosing an entry must not start a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const byCode = useMemo(() => {
    const map = new Map(options.map((e) => [e.code, e]));
    if (selected && value === selected.code) map.set(selected.code, selected);
    return map;
  }, [options, selected, value]);
  const data = [...byCode.values()].map((e) => ({ value: e.code, label: formatTotk(e) }));

  const choose = (entry: TotkItemView | null) => {
    setSelected(entry);
    onChange(entry?.code ?? null, entry);
  };

  const typed = search.trim();
  const nothingFound =
    state === 'loading'
      ? 'Поиск…'
      : state === 'failed'
        ? 'Не удалось выполнить поиск. Повторите ввод.'
        : typed.length < 2 || (selected && typed === formatTotk(selected))
          ? 'Введите не менее двух знаков: слово из наименования вопроса или код'
          : 'Ничего не найдено. Попробуйте другое слово или выберите из классификатора.';

  return (
    <Stack gap={4}>
      <Select
        label={label}
        description={selected && value === selected.code ? pathText(selected.path) : description}
        placeholder="Начните вводить вопрос или код ТОТК"
        required={required}
        disabled={disabled}
        error={error}
        searchable
        clearable
        data={data}
        value={value !== null && byCode.has(value) ? value : null}
        // The server has already matched word forms, typos and codes: show its ranking as is.
        filter={({ options: found }) => found}
        nothingFoundMessage={nothingFound}
        onSearchChange={setSearch}
        onChange={(code) => choose(code === null ? null : (byCode.get(code) ?? null))}
        renderOption={({ option }) => {
          const entry = byCode.get(option.value);
          return (
            <Stack gap={0}>
              <Text size="sm">
                <Text span size="sm" fw={600}>
                  {option.value}
                </Text>{' '}
                {entry?.name}
              </Text>
              {entry && (
                <Text size="xs" c="dimmed">
                  {pathText(entry.path)}
                </Text>
              )}
            </Stack>
          );
        }}
        maxDropdownHeight={360}
        comboboxProps={{ withinPortal: true }}
      />
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={() => setTreeOpened(true)} disabled={disabled}>
          Выбрать из классификатора
        </Button>
      </Group>
      <Modal opened={treeOpened} onClose={() => setTreeOpened(false)} title="Классификатор ТОТК" size="xl" closeButtonProps={{ 'aria-label': 'Закрыть' }}>
        <TotkTree
          value={value}
          onCancel={() => setTreeOpened(false)}
          onPick={(entry) => {
            choose(entry);
            setTreeOpened(false);
          }}
        />
      </Modal>
    </Stack>
  );
}

const loadChildren = (parent: string) => api<TotkNodeView[]>('GET', `/api/classifier/children?parent=${encodeURIComponent(parent)}`);

/**
 * The tree, loaded level by level as it is opened. Arrows move (→ opens, ← closes), Space opens
 * and closes, Enter or a double click chooses; moving onto a question selects it.
 */
function TotkTree({ value, onPick, onCancel }: { value: string | null; onPick: (entry: TotkItemView) => void; onCancel: () => void }) {
  /** Loaded levels: '' — the sections, otherwise a parent's code. */
  const [levels, setLevels] = useState<Record<string, TotkNodeView[]>>({});
  const [failed, setFailed] = useState<string>();
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const [picked, setPicked] = useState<string | null>(value);
  const box = useRef<HTMLDivElement>(null);
  const opening = useRef(value);

  // Open at the current choice: the sections and every level down to it, at once.
  useEffect(() => {
    const parents = ['', ...(opening.current ? ancestorCodes(opening.current) : [])];
    let cancelled = false;
    Promise.all(parents.map(loadChildren))
      .then((lists) => {
        if (cancelled) return;
        setLevels(Object.fromEntries(parents.map((p, i) => [p, lists[i] ?? []])));
        setExpanded(Object.fromEntries(parents.filter(Boolean).map((p) => [p, true])));
      })
      .catch((e: unknown) => {
        if (!cancelled) setFailed(e instanceof ApiError ? e.message : 'Не удалось загрузить классификатор.');
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const nodes = useMemo(() => new Map(Object.values(levels).flatMap((list) => list.map((n) => [n.code, n] as const))), [levels]);
  const data = useMemo(() => {
    const build = (list: TotkNodeView[]): TreeNodeData[] =>
      list.map((n) => {
        const children = levels[n.code];
        return { value: n.code, label: n.name, hasChildren: n.hasChildren, ...(children ? { children: build(children) } : {}) };
      });
    return build(levels[''] ?? []);
  }, [levels]);

  const onLoadChildren = useCallback(async (code: string) => {
    const list = await loadChildren(code);
    setLevels((l) => ({ ...l, [code]: list }));
  }, []);
  const tree = useTree({ expandedState: expanded, onExpandedStateChange: setExpanded, selectedState: picked ? [picked] : [], onLoadChildren });

  // Once the tree is there, the keyboard is in it: on the current choice (in the middle of the
  // list) or on the first section.
  const loaded = data.length > 0;
  useEffect(() => {
    if (!loaded) return;
    const items = box.current?.querySelectorAll<HTMLElement>('[role=treeitem]');
    const target = [...(items ?? [])].find((el) => el.dataset.value === opening.current) ?? items?.[0];
    if (!target) return;
    target.setAttribute('data-focus-ring', 'true');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  }, [loaded]);

  const asItem = (n: TotkNodeView): TotkItemView => ({
    code: n.code,
    name: n.name,
    kind: n.kind,
    level: n.level,
    selectable: n.selectable,
    path: ancestorCodes(n.code).map((c) => ({ code: c, name: nodes.get(c)?.name ?? '' })),
  });
  const nodeOf = (target: EventTarget) => {
    const el = target instanceof HTMLElement ? target.closest<HTMLElement>('[role=treeitem]') : null;
    return el?.dataset.value ? nodes.get(el.dataset.value) : undefined;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    const n = nodeOf(e.target);
    if (!n) return;
    e.preventDefault();
    if (n.selectable) onPick(asItem(n));
    else if (n.hasChildren) tree.toggleExpanded(n.code);
  };
  const onFocus = (e: FocusEvent) => {
    const n = nodeOf(e.target);
    if (n?.selectable) setPicked(n.code);
  };
  const pickedNode = picked ? nodes.get(picked) : undefined;

  const renderNode = ({ node, expanded: open, hasChildren, elementProps, isLoading, loadError }: RenderTreeNodePayload) => {
    const n = nodes.get(node.value);
    if (!n) return null;
    return (
      <Group
        gap={6}
        wrap="nowrap"
        align="flex-start"
        {...elementProps}
        onClick={(e) => {
          elementProps.onClick(e);
          if (n.selectable) setPicked(n.code);
        }}
        onDoubleClick={() => n.selectable && onPick(asItem(n))}
        style={{ ...elementProps.style, cursor: 'pointer', paddingBlock: 2 }}
      >
        <Box w={16} aria-hidden style={{ flex: 'none', textAlign: 'center' }}>
          {isLoading ? <Loader size={12} /> : hasChildren ? (open ? '▾' : '▸') : ''}
        </Box>
        <Text size="sm" c="dimmed" style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}>
          {n.code}
        </Text>
        <Text size="sm" fw={n.selectable ? 400 : 600}>
          {n.name}
          {loadError && (
            <Text span size="xs" c="red">
              {' '}
              — не загрузилось, откройте ещё раз
            </Text>
          )}
        </Text>
      </Group>
    );
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Выберите вопрос или уточнение. Стрелки — перемещение, → и ← — раскрыть и свернуть, Enter — выбрать.
      </Text>
      {failed ? (
        <Alert color="red" role="alert">
          {failed}
        </Alert>
      ) : data.length === 0 ? (
        <Center py="xl">
          <Loader aria-label="Загрузка" />
        </Center>
      ) : (
        <ScrollArea.Autosize mah="60vh" type="auto">
          <Box ref={box} onKeyDown={onKeyDown} onFocus={onFocus}>
            <Tree data={data} tree={tree} levelOffset="lg" renderNode={renderNode} aria-label="Классификатор ТОТК" />
          </Box>
        </ScrollArea.Autosize>
      )}
      <Group justify="space-between" wrap="nowrap" align="center">
        <Text size="sm" aria-live="polite">
          {pickedNode ? `Выбрано: ${formatTotk(pickedNode)}` : 'Ничего не выбрано'}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button disabled={!pickedNode} onClick={() => pickedNode && onPick(asItem(pickedNode))}>
            Выбрать
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
