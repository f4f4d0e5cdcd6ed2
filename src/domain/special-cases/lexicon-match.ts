/**
 * Russian word matching for the special-case suggestions (issue 6): the text is cut into words,
 * each word is normalised (lower case, ё → е, Latin look-alikes inside a Cyrillic word read as
 * Cyrillic), and a term matches whole words — a stem with its endings — never a piece of a longer
 * word, so «суд» finds «суда», «судом», but not «посуда» or «судак».
 */

export type Token = { norm: string; start: number; end: number; sentence: number };

/**
 * A term: one or more word patterns, each matched against a whole normalised word, in this order,
 * with at most `gap` other words between neighbours («решение районного суда»: gap 1).
 * `reverse` also accepts the words in the opposite order («судебного решения» / «решение судебное»).
 */
export type Term = { words: RegExp[]; gap?: number; reverse?: boolean };

export type Match = { term: Term; quote: string; sentence: number; start: number };

// Latin letters that look like Cyrillic ones: «xуй» typed with a Latin x is still the same word.
const lookAlikes: Record<string, string> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };

export function normaliseWord(word: string): string {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  if (!/[а-я]/.test(lower) || !/[a-z]/.test(lower)) return lower;
  return [...lower].map((ch) => lookAlikes[ch] ?? ch).join('');
}

/** Words with their place in the text (to quote them as written) and their sentence. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let last = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    // A sentence ends at . ! ? ; or a line break between two words.
    if (/[.!?;\n]/.test(text.slice(last, m.index))) sentence += 1;
    out.push({ norm: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length, sentence });
    last = m.index + m[0].length;
  }
  return out;
}

function matchFrom(tokens: Token[], i: number, words: RegExp[], gap: number): number | null {
  let at = i;
  for (const w of words.slice(1)) {
    let next = -1;
    for (let j = at + 1; j <= Math.min(at + 1 + gap, tokens.length - 1); j++) {
      if (tokens[j]!.sentence !== tokens[at]!.sentence) break;
      if (w.test(tokens[j]!.norm)) {
        next = j;
        break;
      }
    }
    if (next < 0) return null;
    at = next;
  }
  return at;
}

/** Every occurrence of the terms in the text, quoted as written, in the order of the text. */
export function findTerms(text: string, terms: readonly Term[], tokens: Token[] = tokenise(text)): Match[] {
  const out: Match[] = [];
  // Each distinct word is tested once against a term's first pattern (a long text repeats its words).
  const distinct = [...new Set(tokens.map((t) => t.norm))];
  for (const term of terms) {
    const orders = (term.reverse ? [term.words, [...term.words].reverse()] : [term.words]).map((words) => ({ words, starts: new Set(distinct.filter((d) => words[0]!.test(d))) }));
    if (orders.every((o) => o.starts.size === 0)) continue;
    for (let i = 0; i < tokens.length; i++) {
      for (const { words, starts } of orders) {
        if (!starts.has(tokens[i]!.norm)) continue;
        const end = matchFrom(tokens, i, words, term.gap ?? 0);
        if (end === null) continue;
        out.push({ term, quote: text.slice(tokens[i]!.start, tokens[end]!.end), sentence: tokens[i]!.sentence, start: tokens[i]!.start });
        break;
      }
    }
  }
  // A phrase and a word inside it («решением суда», «суда»): the phrase is enough.
  // Sorted by start, the longer first: a match inside an earlier one ends no later than the furthest end so far.
  let furthest = -1;
  return out
    .sort((a, b) => a.start - b.start || b.quote.length - a.quote.length)
    .filter((m) => {
      const end = m.start + m.quote.length;
      if (end <= furthest) return false;
      furthest = end;
      return true;
    });
}

/** The distinct quotes, as the reason lists them: «„решением суда“, „приговор“». */
export function quoteList(matches: Match[], limit = 5): string {
  const quotes = [...new Set(matches.map((m) => m.quote.replace(/\s+/g, ' ')))];
  const shown = quotes.slice(0, limit).map((q) => `„${q}“`);
  return quotes.length > limit ? `${shown.join(', ')} и ещё ${quotes.length - limit}` : shown.join(', ');
}
