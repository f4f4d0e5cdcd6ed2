/**
 * ТОТК — Типовой общероссийский тематический классификатор обращений (ADM-6).
 * Five levels, each a four-digit segment of the code:
 *   раздел 0002 → тематика 0002.0007 → тема 0002.0007.0074 → вопрос 0002.0007.0074.0320
 *   → уточнение 0002.0007.0074.0320.0001.
 */
export type TotkKind = 'section' | 'theme' | 'group' | 'question' | 'refinement';

/** The kind of each level, level 1 first. */
export const totkKindsByLevel: readonly TotkKind[] = ['section', 'theme', 'group', 'question', 'refinement'];

export const totkKindLabels: Record<TotkKind, string> = {
  section: 'раздел',
  theme: 'тематика',
  group: 'тема',
  question: 'вопрос',
  refinement: 'уточнение',
};

export type TotkEntry = {
  code: string;
  name: string;
  level: number;
  kind: TotkKind;
  parent: string | null;
};

/** An entry as an edition file gives it: level, kind and parent may be left to the code. */
export type TotkEntryInput = {
  code: string;
  name: string;
  level?: number | null;
  kind?: string | null;
  parent?: string | null;
};

export type TotkPathItem = { code: string; name: string };

/**
 * An appeal's question is classified by a question or by its refinement; sections, themes and
 * groups are headings only (ТОТК: «вопрос» is the unit of accounting in the reports).
 */
export function isSelectable(kind: TotkKind): boolean {
  return kind === 'question' || kind === 'refinement';
}

export const TOTK_CODE_PATTERN = /^\d{4}(\.\d{4}){0,4}$/;

export function isTotkCode(code: string): boolean {
  return TOTK_CODE_PATTERN.test(code);
}

/** The level of a code: the number of its four-digit segments. */
export function levelOf(code: string): number {
  return code.split('.').length;
}

/** The parent's code (the code without its last segment); null for a section. */
export function parentOf(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/** The codes of every ancestor, the section first: 0002.0007.0074.0320 → [0002, 0002.0007, 0002.0007.0074]. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** The breadcrumb of an entry: its ancestors with their names, the section first. */
export function breadcrumb(code: string, nameOf: (code: string) => string | undefined): TotkPathItem[] {
  return ancestorCodes(code).flatMap((c) => {
    const name = nameOf(c);
    return name === undefined ? [] : [{ code: c, name }];
  });
}

/** «0002.0007.0074.0320 Проезд льготных категорий граждан» — how an entry is shown in a case. */
export function formatTotk(entry: { code: string; name: string }): string {
  return `${entry.code} ${entry.name}`;
}
