import { describe, expect, it } from 'vitest';
import { ancestorCodes, breadcrumb, checkEdition, describeProblem, formatTotk, isSelectable, parentOf } from './index';
import { shippedTotkEdition } from './shipped';

describe('ТОТК edition', () => {
  it('accepts the shipped edition: 2108 entries in the source order, parents first', () => {
    const check = checkEdition(shippedTotkEdition.entries);
    if (!check.ok) throw new Error(check.problems.map(describeProblem).join('\n'));
    expect(check.entries).toHaveLength(2108);
    const counts = Object.fromEntries(['section', 'theme', 'group', 'question', 'refinement'].map((k) => [k, check.entries.filter((e) => e.kind === k).length]));
    expect(counts).toEqual({ section: 5, theme: 21, group: 206, question: 1225, refinement: 651 });
    const seen = new Set<string>();
    for (const e of check.entries) {
      if (e.parent) expect(seen.has(e.parent)).toBe(true);
      seen.add(e.code);
    }
  });

  it('derives level, kind and parent from the code when they are omitted', () => {
    const check = checkEdition([{ code: '0001.0002', name: ' Тематика  ' }, { code: '0001', name: 'Раздел' }]);
    expect(check).toEqual({
      ok: true,
      entries: [
        { code: '0001.0002', name: 'Тематика', level: 2, kind: 'theme', parent: '0001' },
        { code: '0001', name: 'Раздел', level: 1, kind: 'section', parent: null },
      ],
    });
  });

  it('names every problem in Russian, one line per entry', () => {
    const check = checkEdition([
      { code: '0001', name: 'Раздел', level: 1, kind: 'section', parent: null },
      { code: '0001', name: 'Повтор' },
      { code: '0001.0001', name: 'Тематика', level: 3, kind: 'group' },
      { code: '0009.0001', name: 'Сирота' },
      { code: '1.2', name: 'Плохой код' },
      { code: '0001.0002', name: '   ' },
      { code: '0001.0003', name: 'Чужой родитель', parent: '0002' },
    ]);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map(describeProblem)).toEqual([
      'Запись 2 (0001): Код 0001 уже встречался в записи 1.',
      'Запись 3 (0001.0001): Уровень 3 не соответствует коду (у кода 0001.0001 уровень 2); вид «group» не соответствует уровню 2 (должен быть «theme» — тематика).',
      'Запись 4 (0009.0001): Родительской записи 0009 нет в редакции.',
      'Запись 5: Код «1.2» не соответствует формату ТОТК (от одной до пяти групп по четыре цифры через точку, например 0002.0007.0074.0320).',
      'Запись 6 (0001.0002): Не указано наименование.',
      'Запись 7 (0001.0003): Родитель «0002» не соответствует коду (должен быть 0001).',
    ]);
    expect(checkEdition([])).toMatchObject({ ok: false });
  });

  it('gives the path of a code and what an appeal question may take', () => {
    expect(ancestorCodes('0002.0007.0074.0320')).toEqual(['0002', '0002.0007', '0002.0007.0074']);
    expect(parentOf('0002')).toBeNull();
    const names = new Map(shippedTotkEdition.entries.map((e) => [e.code, e.name]));
    expect(breadcrumb('0002.0007.0074.0320', (c) => names.get(c)).map((p) => p.name)).toEqual(['Социальная сфера', 'Социальное обеспечение и социальное страхование', names.get('0002.0007.0074')]);
    expect(formatTotk({ code: '0002.0007.0074.0320', name: names.get('0002.0007.0074.0320')! })).toBe('0002.0007.0074.0320 Проезд льготных категорий граждан');
    expect(['section', 'theme', 'group', 'question', 'refinement'].filter((k) => isSelectable(k as 'section'))).toEqual(['question', 'refinement']);
  });
});
