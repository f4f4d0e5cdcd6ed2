import petrovich from 'petrovich';
import { genderFromPatronymic, type Gender } from '../documents/inflect';

/**
 * SPC-11, SEC-5 (59-ФЗ ст. 6 ч. 2; ст. 10 ч. 4): an answer published on the official site for an
 * indefinite circle of persons carries no personal data of the author. Pure functions, no I/O.
 *
 * - `findPersonalData(text, persons)` — what of the authors' personal data the text still contains:
 *   the surname and the patronymic in any case form (petrovich's forms of both genders when the
 *   gender is unknown, and the surname's stem with a noun or adjective ending), the first name next
 *   to another part of the name or to initials (a first name alone is a common word too: «ул. Мира»),
 *   the postal address (its postcode; the street with the house number and the flat), the e-mail and
 *   the phone number (compared by digits). The server refuses a publication while anything is found.
 * - `depersonalise(text, persons)` — the text with all of that removed, and also the salutation
 *   «Уважаемый …!», any e-mail address and any full phone number; the executor edits the rest.
 */
export type PersonalDataSubject = {
  surname?: string | null;
  firstName?: string | null;
  patronymic?: string | null;
  gender?: Gender | null;
  postalAddress?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The registration numbers of the author's appeals: «№ 123 от 01.02.2026» identifies him as well (SEC-5). */
  appealNumbers?: readonly string[];
};

export type PersonalDataKind = 'name' | 'address' | 'email' | 'phone' | 'salutation' | 'appeal-number';

export type PersonalDataFinding = { kind: PersonalDataKind; text: string; start: number; end: number };

export const personalDataKindLabels: Record<PersonalDataKind, string> = {
  name: 'фамилия, имя, отчество автора',
  address: 'адрес автора',
  email: 'адрес электронной почты',
  phone: 'номер телефона',
  salutation: 'обращение к автору',
  'appeal-number': 'регистрационный номер обращения',
};

/** What replaces a removed name or address in the public text. */
export const REMOVED_MARK = '(персональные данные удалены)';

const cases = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
const norm = (s: string) => s.toLowerCase().replaceAll('ё', 'е');
const clean = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const eYo = (s: string) => escapeRe(s).replace(/[её]/gi, (c) => (c === c.toUpperCase() ? '[ЕЁ]' : '[её]'));

/** Noun and adjective endings a surname's stem takes (Иванов → Иванова, Ивановым; Толстой → Толстого). */
const surnameEndings = ['', 'а', 'у', 'е', 'ы', 'и', 'ю', 'я', 'ом', 'ым', 'ой', 'ою', 'ей', 'ем', 'ым', 'их', 'ых', 'ими', 'ыми', 'ам', 'ах', 'ами', 'ая', 'ую', 'ий', 'ый', 'ого', 'ему', 'ому', 'ое', 'ов', 'ев'];

function forms(word: string, kind: 'first' | 'middle' | 'last', genders: readonly Gender[]): Set<string> {
  const out = new Set<string>();
  for (const part of clean(word).split(/[\s-]+/).filter((p) => p.length >= 2)) {
    out.add(norm(part));
    for (const g of genders) {
      for (const c of cases) {
        try {
          out.add(norm(petrovich[g === 'm' ? 'male' : 'female'][kind][c](part)));
        } catch {
          // petrovich does not know the word: the written form (and the stem, for a surname) is enough
        }
      }
    }
  }
  return out;
}

function surnameStems(surname: string): string[] {
  return clean(surname)
    .split(/[\s-]+/)
    .map((p) => norm(p).replace(/(ый|ий|ой|ая|а|я|ь|й|о|е|ы|и)$/, ''))
    .filter((s) => s.length >= 3);
}

type Matcher = { surname: Set<string>; stems: string[]; patronymic: Set<string>; first: Set<string>; initials: string[] };

function nameMatcher(p: PersonalDataSubject): Matcher | null {
  const surname = clean(p.surname);
  const first = clean(p.firstName);
  const patronymic = clean(p.patronymic);
  if (!surname && !patronymic) return null;
  const g = p.gender ?? genderFromPatronymic(patronymic);
  const genders: Gender[] = g ? [g] : ['m', 'f'];
  return {
    surname: surname.length >= 2 ? forms(surname, 'last', genders) : new Set(),
    stems: surnameStems(surname),
    patronymic: patronymic.length >= 4 ? forms(patronymic, 'middle', genders) : new Set(),
    first: first.length >= 2 ? forms(first, 'first', genders) : new Set(),
    initials: [first, patronymic].filter(Boolean).map((x) => x.charAt(0).toUpperCase()),
  };
}

const capitalised = (w: string) => w.charAt(0) === w.charAt(0).toUpperCase() && w.charAt(0) !== w.charAt(0).toLowerCase();

function isSurname(m: Matcher, word: string): boolean {
  if (!capitalised(word)) return false;
  const w = norm(word);
  if (m.surname.has(w)) return true;
  return m.stems.some((s) => w.startsWith(s) && surnameEndings.includes(w.slice(s.length)));
}

/** The spans of the author's name: runs of name words, with the initials next to them («Иванов И. П.», «И.П. Иванову»). */
function nameSpans(text: string, m: Matcher): PersonalDataFinding[] {
  const words = [...text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].map((x) => ({ w: x[0], start: x.index, end: x.index + x[0].length }));
  const marks = words.map((x) => (isSurname(m, x.w) ? 'S' : capitalised(x.w) && m.patronymic.has(norm(x.w)) ? 'P' : capitalised(x.w) && m.first.has(norm(x.w)) ? 'F' : ''));
  // A first name counts only next to another part of the name (a first name alone may be a street: «ул. Мира»).
  const spaced = (a: number, b: number) => /^[\s,]*$/.test(text.slice(words[a]!.end, words[b]!.start));
  const out: PersonalDataFinding[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!marks[i]) continue;
    let j = i;
    while (j + 1 < words.length && marks[j + 1] && /^\s+$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    const run = marks.slice(i, j + 1);
    const alone = run.length === 1 && run[0] === 'F' && !(i > 0 && marks[i - 1] && spaced(i - 1, i));
    if (!alone) {
      let start = words[i]!.start;
      let end = words[j]!.end;
      const initials = m.initials.length ? `(?:[${m.initials.join('')}]\\.\\s*){1,2}` : null;
      if (initials) {
        const after = new RegExp(`^\\s*${initials}`, 'u').exec(text.slice(end));
        if (after) end += after[0].trimEnd().length;
        const before = new RegExp(`${initials}\\s*$`, 'u').exec(text.slice(Math.max(0, start - 12), start));
        if (before && !run.includes('F')) start -= before[0].length;
      }
      out.push({ kind: 'name', text: text.slice(start, end), start, end });
    }
    i = j;
  }
  return out;
}

const streetWord = '(?:ул(?:ица)?|пр(?:оспект|-кт|-т)?|пер(?:еулок)?|мкр|микрорайон|б-р|бульвар|ш(?:оссе)?|пл(?:ощадь)?|наб(?:ережная)?|проезд|тупик|пр-д)';

/** The postcode, and the street with the house (and the flat) of the author's postal address. */
function addressPatterns(address: string): RegExp[] {
  const a = clean(address);
  if (!a) return [];
  const out: RegExp[] = [];
  const postcode = /(?<!\d)\d{6}(?!\d)/.exec(a);
  if (postcode) out.push(new RegExp(`(?<!\\d)${postcode[0]}(?!\\d)`, 'gu'));
  const street = new RegExp(`(?:${streetWord}\\.?\\s+)?([\\p{L}][\\p{L}\\d .-]*?)\\s*,?\\s*(?:д(?:ом)?\\.?\\s*)(\\d+[а-яё]?(?:\\/\\d+)?)`, 'iu').exec(a);
  if (street) {
    const name = street[1]!.trim().replace(new RegExp(`^${streetWord}\\.?\\s+`, 'iu'), '');
    if (name.length >= 2) {
      const flat = /(?:кв(?:артира)?\.?\s*)(\d+)/iu.exec(a.slice(street.index + street[0].length));
      const flatRe = flat ? `(?:[\\s,]*(?:кв(?:артира)?\\.?\\s*)${flat[1]}(?!\\d))?` : '';
      out.push(new RegExp(`(?:${streetWord}\\.?\\s*)?${eYo(name)}[\\s,]*(?:д(?:ом)?\\.?\\s*)?${escapeRe(street[2]!)}(?![\\d])${flatRe}`, 'giu'));
    }
  }
  out.push(new RegExp(eYo(a).replace(/\s+/g, '\\s+').replace(/,/g, ',?'), 'giu'));
  return out;
}

const emailRe = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
const phoneRe = /(?<![\d/]|\d[.-])(?:\+7|8|7)?[\s(-]*\d{2,5}[\s)-]*\d{1,3}[\s-]*\d{2}[\s-]*\d{2}(?!\d|[/.-]\d)/gu;
const digits = (s: string) => s.replace(/\D/g, '');

function samePhone(candidate: string, phone: string): boolean {
  const a = digits(candidate);
  const b = digits(phone);
  if (a.length < 6 || b.length < 6) return false;
  const n = Math.min(a.length, b.length, 10);
  return a.slice(-n) === b.slice(-n);
}

function collect(re: RegExp, text: string, kind: PersonalDataKind, keep: (s: string) => boolean = () => true): PersonalDataFinding[] {
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))]
    .filter((x) => x[0].trim() && keep(x[0]))
    .map((x) => ({ kind, text: x[0], start: x.index, end: x.index + x[0].length }));
}

/** Keeps the longest of overlapping findings, in text order. */
function merge(found: PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalDataFinding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) out[out.length - 1] = { ...last, end: f.end, text: last.text + f.text.slice(last.end - f.start) };
      continue;
    }
    out.push(f);
  }
  return out;
}

/** The authors' personal data the text still contains (59-ФЗ ст. 6 ч. 2): the server refuses to publish it. */
export function findPersonalData(text: string, persons: readonly PersonalDataSubject[]): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const p of persons) {
    const m = nameMatcher(p);
    if (m) found.push(...nameSpans(text, m));
    for (const re of addressPatterns(p.postalAddress ?? '')) found.push(...collect(re, text, 'address'));
    const email = clean(p.email).toLowerCase();
    if (email) found.push(...collect(emailRe, text, 'email', (s) => s.toLowerCase() === email));
    if (digits(p.phone ?? '').length >= 6) found.push(...collect(phoneRe, text, 'phone', (s) => samePhone(s, p.phone ?? '')));
    for (const n of p.appealNumbers ?? []) {
      if (!n.trim()) continue;
      // «№ 123», «№123 от 01.02.2026» — the number after the sign, whole, with its date if given.
      const escaped = n.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      found.push(...collect(new RegExp(`№\\s*${escaped}(?![\\p{L}\\p{N}])(?:\\s+от\\s+\\d{2}\\.\\d{2}\\.\\d{4}(?:\\s*г\\.)?)?`, 'gu'), text, 'appeal-number'));
    }
  }
  return merge(found);
}

/** «Уважаемый Иван Петрович!», «Уважаемая …!», «Уважаемый(ая) …!» — the salutation to the author. */
const salutationRe = /Уважаем(?:ый|ая)(?:\s*\(ая\))?[^!\n]{0,80}!\s*/gu;

/**
 * SPC-11: the public text prefilled from the answer — the authors' personal data, the salutation,
 * e-mail addresses and full phone numbers removed. What was removed is returned for the warning.
 */
export function depersonalise(text: string, persons: readonly PersonalDataSubject[]): { text: string; removed: PersonalDataFinding[] } {
  const found = merge([
    ...findPersonalData(text, persons),
    ...collect(salutationRe, text, 'salutation'),
    ...collect(emailRe, text, 'email'),
    ...collect(phoneRe, text, 'phone', (s) => digits(s).length >= 10),
  ]);
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + (f.kind === 'salutation' ? '' : REMOVED_MARK);
    at = f.end;
  }
  out += text.slice(at);
  return { text: out.replace(/[ \t]{2,}/g, ' ').trim(), removed: found };
}

/** «фамилия, имя, отчество автора: „Иванову“; адрес автора: „ул. Гагарина, д. 214“» — for the refusal and the dialog's warning. */
export function describeFindings(found: readonly PersonalDataFinding[]): string {
  return found.map((f) => `${personalDataKindLabels[f.kind]}: «${f.text.trim()}»`).join('; ');
}
