import { isTotkCode, levelOf, parentOf, totkKindLabels, totkKindsByLevel, type TotkEntry, type TotkEntryInput, type TotkKind } from './types';

export type EditionProblem = { index: number; code: string; messages: string[] };

export type EditionCheck = { ok: true; entries: TotkEntry[] } | { ok: false; problems: EditionProblem[] };

export const TOTK_NAME_MAX = 1000;

/**
 * ADM-6: an edition of the classifier is checked as a whole before it replaces the stored one —
 * codes are unique and well formed, the level and the kind follow from the code, every parent
 * is in the same edition. Level, kind and parent may be omitted: they are derived from the code.
 * Entries come back in the edition's order (that order is the order of siblings in the tree).
 */
export function checkEdition(input: readonly TotkEntryInput[]): EditionCheck {
  const problems: EditionProblem[] = [];
  if (input.length === 0) return { ok: false, problems: [{ index: -1, code: '', messages: ['Редакция не содержит ни одной записи.'] }] };
  const codes = new Map<string, number>();
  for (const [i, e] of input.entries()) if (!codes.has(e.code)) codes.set(e.code, i);
  const entries: TotkEntry[] = [];
  for (const [i, e] of input.entries()) {
    const messages: string[] = [];
    const code = e.code;
    const name = e.name.trim().replace(/\s+/g, ' ');
    if (!isTotkCode(code)) {
      messages.push(`код «${code}» не соответствует формату ТОТК (от одной до пяти групп по четыре цифры через точку, например 0002.0007.0074.0320)`);
    } else {
      const first = codes.get(code);
      if (first !== undefined && first !== i) messages.push(`код ${code} уже встречался в записи ${first + 1}`);
      const level = levelOf(code);
      const kind = totkKindsByLevel[level - 1] as TotkKind;
      const parent = parentOf(code);
      if (e.level != null && e.level !== level) messages.push(`уровень ${e.level} не соответствует коду (у кода ${code} уровень ${level})`);
      if (e.kind != null && e.kind !== kind) messages.push(`вид «${e.kind}» не соответствует уровню ${level} (должен быть «${kind}» — ${totkKindLabels[kind]})`);
      if (e.parent !== undefined && (e.parent ?? null) !== parent) messages.push(`родитель «${e.parent ?? 'нет'}» не соответствует коду (должен быть ${parent ?? 'нет — это раздел'})`);
      if (parent !== null && !codes.has(parent)) messages.push(`родительской записи ${parent} нет в редакции`);
      if (messages.length === 0) entries.push({ code, name, level, kind, parent });
    }
    if (name.length === 0) messages.push('не указано наименование');
    if (name.length > TOTK_NAME_MAX) messages.push(`наименование длиннее ${TOTK_NAME_MAX} знаков`);
    if (messages.length > 0) problems.push({ index: i, code, messages });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

/** «Запись 13 (0002.0007): родительской записи 0002 нет в редакции.» */
export function describeProblem(p: EditionProblem): string {
  const text = p.messages.join('; ');
  if (p.index < 0) return text;
  const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  return `Запись ${p.index + 1}${p.code && isTotkCode(p.code) ? ` (${p.code})` : ''}: ${sentence}`;
}
