import petrovich from 'petrovich';

/**
 * Names in official letters (REG-9, ADM-4): «Иванову Ивану Петровичу», «Иванову И. П.»,
 * «Уважаемый Иван Петрович!». A typed wrapper over petrovich with the gender explicit.
 *
 * Rules of the wrapper (a wrong ending in a letter to a citizen is worse than none):
 * - the gender is the one recorded for the author; when absent it is taken from the patronymic
 *   (…вич/…ич, …оглы/…улы → m; …вна/…чна, …кызы/…гызы → f); otherwise it stays unknown and the
 *   names are left as written (neutral forms), the salutation reads «Уважаемый(ая) …!»;
 * - each part of a hyphenated or multi-word name is inflected on its own (Салтыкову-Щедрину,
 *   Римской-Корсаковой); particles (Тер-, фон, де, ибн, оглы…) stay as written;
 * - a word with any letter outside Cyrillic (Müller, O'Brien) is left as written;
 * - a name written in capitals stays in capitals (ИВАНОВУ).
 */
export type Gender = 'm' | 'f';

export type PersonNameInput = {
  surname: string | null | undefined;
  firstName: string | null | undefined;
  patronymic: string | null | undefined;
  gender?: Gender | null | undefined;
};

type NameKind = 'first' | 'middle' | 'last';
type Case = 'nominative' | 'dative';

/** Turkic patronymics (Гусейн оглы, Рашид кызы) are written with a separate word and never inflected. */
const turkicMale = /(^|[\s-])(оглы|огли|улы|уулу)$/i;
const turkicFemale = /(^|[\s-])(кызы|гызы|кизи)$/i;

/** Parts of a surname that do not decline: Тер-Петросян, фон Визин, де Голль, ибн Сина. */
const particles = new Set(['тер', 'фон', 'ван', 'дер', 'де', 'ди', 'да', 'дю', 'ла', 'ле', 'аль', 'эль', 'ибн', 'бен', 'бин', 'оглы', 'кызы', 'мак', 'сен', 'сан']);

const cyrillicWord = /^[А-Яа-яЁё]+$/;

const clean = (s: string | null | undefined): string => (s ?? '').trim().replace(/\s+/g, ' ');

/** The gender from the patronymic, or null when it does not tell. */
export function genderFromPatronymic(patronymic: string | null | undefined): Gender | null {
  const p = clean(patronymic).toLowerCase();
  if (!p) return null;
  if (turkicMale.test(p)) return 'm';
  if (turkicFemale.test(p)) return 'f';
  if (/[а-яё]ич$/.test(p)) return 'm';
  if (/[а-яё](вна|чна)$/.test(p)) return 'f';
  return null;
}

/** The gender recorded for the person, else the one the patronymic shows, else null. */
export function resolveGender(p: PersonNameInput): Gender | null {
  return p.gender ?? genderFromPatronymic(p.patronymic);
}

function inflectWord(word: string, kind: NameKind, gender: Gender, gcase: Case): string {
  if (gcase === 'nominative' || !cyrillicWord.test(word) || particles.has(word.toLowerCase())) return word;
  let result: string;
  try {
    result = petrovich[gender === 'm' ? 'male' : 'female'][kind][gcase](word);
  } catch {
    return word;
  }
  if (!cyrillicWord.test(result)) return word;
  const upper = word.length > 1 && word === word.toUpperCase();
  return upper ? result.toUpperCase() : result;
}

/** Inflects a name part word by word, keeping the hyphens and spaces between them. */
function inflectPart(value: string, kind: NameKind, gender: Gender, gcase: Case): string {
  if (kind === 'middle' && (turkicMale.test(value) || turkicFemale.test(value))) return value;
  return value
    .split(/(\s+|-)/)
    .map((piece) => (piece === '-' || /^\s+$/.test(piece) || piece === '' ? piece : inflectWord(piece, kind, gender, gcase)))
    .join('');
}

type Parts = { surname: string; firstName: string; patronymic: string; gender: Gender | null };

function parts(p: PersonNameInput): Parts {
  return { surname: clean(p.surname), firstName: clean(p.firstName), patronymic: clean(p.patronymic), gender: resolveGender(p) };
}

function dativeParts(p: Parts): Parts {
  if (!p.gender) return p; // unknown gender: as written rather than a guessed ending
  return {
    surname: p.surname && inflectPart(p.surname, 'last', p.gender, 'dative'),
    firstName: p.firstName && inflectPart(p.firstName, 'first', p.gender, 'dative'),
    patronymic: p.patronymic && inflectPart(p.patronymic, 'middle', p.gender, 'dative'),
    gender: p.gender,
  };
}

function initial(name: string): string {
  const letter = name.charAt(0);
  return letter ? `${letter.toUpperCase()}.` : '';
}

/** «Иванову Ивану Петровичу», «Петровой Марии Ивановне»; unknown gender — as written. */
export function dativeFullName(p: PersonNameInput): string {
  const d = dativeParts(parts(p));
  return [d.surname, d.firstName, d.patronymic].filter(Boolean).join(' ');
}

/** «Иванову И. П.» — the addressee line of a letter (ГОСТ Р 7.0.97-2016, реквизит «адресат»). */
export function dativeShort(p: PersonNameInput): string {
  const d = dativeParts(parts(p));
  const initials = [initial(d.firstName), initial(d.patronymic)].filter(Boolean).join(' ');
  if (!d.surname) return [d.firstName, d.patronymic].filter(Boolean).join(' ');
  return initials ? `${d.surname} ${initials}` : d.surname;
}

/**
 * «Уважаемый Иван Петрович!», «Уважаемая Мария Ивановна!», «Уважаемый(ая) Иван Петрович!» when the
 * gender is unknown (HMR прил. 3: «Уважаемый(ая) …!»). Without a patronymic: name and surname
 * («Уважаемый Джон Смит!»); without a first name: «Уважаемый господин Иванов!».
 */
export function salutation(p: PersonNameInput): string {
  const n = parts(p);
  const word = n.gender === 'm' ? 'Уважаемый' : n.gender === 'f' ? 'Уважаемая' : 'Уважаемый(ая)';
  if (n.firstName && n.patronymic) return `${word} ${n.firstName} ${n.patronymic}!`;
  if (n.firstName) return `${word} ${[n.firstName, n.surname].filter(Boolean).join(' ')}!`;
  if (n.surname && n.gender) return `${word} ${n.gender === 'm' ? 'господин' : 'госпожа'} ${n.surname}!`;
  return n.gender === 'f' ? 'Уважаемая заявительница!' : `${word} заявитель!`;
}
