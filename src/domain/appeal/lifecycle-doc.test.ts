import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionLabels, transitionTable } from './lifecycle';

describe('docs/consideration.md', () => {
  it('draws exactly the transitions the code allows', () => {
    const doc = readFileSync(new URL('../../../docs/consideration.md', import.meta.url), 'utf8');
    const drawn = [...doc.matchAll(/^ {2}(\w+) --> (\w+) : (.+)$/gm)].filter((m) => m[1] !== '[*]').map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    const code = transitionTable().map((t) => `${t.from.replace('-', '_')} ${t.to.replace('-', '_')} ${actionLabels[t.action]}`);
    expect(drawn.filter((d) => !d.endsWith('зарегистрировать')).sort()).toEqual(code.sort());
  });
});
