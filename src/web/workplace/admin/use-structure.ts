import { useQuery } from '../../api/use-query';
import type { Position, Unit } from './types';

/** Units and positions for the Selects of the admin forms (readable by any staff member). */
export function useStructure() {
  const units = useQuery<Unit[]>('/api/structure/units');
  const positions = useQuery<Position[]>('/api/structure/positions');
  return { units, positions };
}

export type TreeRow = { unit: Unit; depth: number };

const byOrder = (a: Unit, b: Unit) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'ru');

/** Units in tree order (parent, then its sub-units), with their depth; orphans become roots. */
export function unitTree(units: readonly Unit[]): TreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const rows: TreeRow[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const u of [...(children.get(parent) ?? [])].sort(byOrder)) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      rows.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  // A broken chain (a cycle) would hide units: show them at the top level rather than lose them.
  for (const u of units) if (!seen.has(u.id)) rows.push({ unit: u, depth: 0 });
  return rows;
}

/** The unit and everything below it: a unit cannot be placed inside any of these. */
export function unitWithDescendants(units: readonly Unit[], id: number): Set<number> {
  const result = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && result.has(u.parentId) && !result.has(u.id)) {
        result.add(u.id);
        grew = true;
      }
    }
  }
  return result;
}

export function nameById<T extends { id: number; name: string }>(list: readonly T[] | undefined, id: number | null): string | null {
  if (id === null || !list) return null;
  return list.find((x) => x.id === id)?.name ?? null;
}
