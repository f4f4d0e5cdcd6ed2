import type { ComboboxItem, ComboboxItemGroup, ComboboxLikeRenderOptionInput } from '@mantine/core';
import { Text } from '@mantine/core';
import type { Position, Unit } from './types';
import { unitTree } from './use-structure';

type Item = ComboboxItem<number>;

/**
 * Active units in tree order for a Select or MultiSelect, sub-units indented in the list;
 * an inactive unit stays listed when it is already chosen (`keep`).
 */
export function unitSelectData(units: readonly Unit[], opts: { exclude?: Set<number>; keep?: readonly (number | null)[] } = {}) {
  const rows = unitTree(units).filter(({ unit }) => !opts.exclude?.has(unit.id) && (unit.active || opts.keep?.includes(unit.id)));
  const depth = new Map(rows.map((r) => [r.unit.id, r.depth]));
  const data: Item[] = rows.map(({ unit }) => ({ value: unit.id, label: unit.active ? unit.name : `${unit.name} (не действует)` }));
  const renderOption = ({ option }: ComboboxLikeRenderOptionInput<Item>) => (
    <Text size="sm" pl={(depth.get(option.value) ?? 0) * 16}>
      {option.label}
    </Text>
  );
  return { data, renderOption };
}

/** Active positions grouped by their unit; an inactive position stays listed when chosen. */
export function positionSelectData(positions: readonly Position[], units: readonly Unit[], keep: number | null = null): ComboboxItemGroup<Item>[] {
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const groups = new Map<string, Item[]>();
  for (const p of [...positions].sort((a, b) => a.name.localeCompare(b.name, 'ru'))) {
    if (!p.active && p.id !== keep) continue;
    const group = (p.unitId !== null ? unitName.get(p.unitId) : undefined) ?? 'Без подразделения';
    groups.set(group, [...(groups.get(group) ?? []), { value: p.id, label: p.active ? p.name : `${p.name} (не действует)` }]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'ru')).map(([group, items]) => ({ group, items }));
}
