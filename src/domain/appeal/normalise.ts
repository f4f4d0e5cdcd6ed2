/**
 * REG-5: matching an author across appeals must tolerate case, ё/е, punctuation and word order.
 * These functions give the normalised forms stored beside the author (names stay as written).
 */
export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** «Иванов Иван Петрович» and «ИВАНОВ  иван пётр.» → the same words in one order. */
export function normaliseName(parts: (string | null | undefined)[]): string {
  return normaliseText(parts.filter(Boolean).join(' ')).split(' ').filter(Boolean).sort().join(' ');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The last ten digits: +7 (3467) 35-28-00, 8 3467 352800 and 3467352800 are one number. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 10 ? digits.slice(-10) : digits;
}

/** Words that say what kind of place it is, not which (REG-5): dropped when addresses are compared. */
export const addressNoise = new Set(['г', 'город', 'ул', 'улица', 'д', 'дом', 'кв', 'квартира', 'пр', 'проспект', 'пер', 'переулок', 'обл', 'область', 'р', 'н', 'район', 'п', 'пос', 'поселок', 'с', 'село', 'корп', 'корпус', 'стр', 'строение', 'мкр', 'микрорайон', 'ао', 'автономный', 'округ', 'край', 'россия', 'рф']);

/** «628002, г. Ханты-Мансийск, ул. Гагарина, д. 214, кв. 5» → words that identify the place, without postcode noise words. */
export function normaliseAddress(address: string): string {
  return normaliseText(address)
    .split(' ')
    .filter((w) => w && !addressNoise.has(w) && !/^\d{6}$/.test(w))
    .join(' ');
}
