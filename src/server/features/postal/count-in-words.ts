const ones = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const teens = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const tens = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const hundreds = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

/**
 * The number of items in words (ф. 103: «общее количество прописью»), masculine like
 * «отправлений … один»: 1–999 999; larger numbers stay in figures.
 */
export function countInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return String(n);
  if (n === 0) return 'ноль';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (thousands > 0) {
    const t = threeDigits(thousands, true);
    const last = thousands % 100;
    const unit = last >= 11 && last <= 14 ? 'тысяч' : thousands % 10 === 1 ? 'тысяча' : [2, 3, 4].includes(thousands % 10) ? 'тысячи' : 'тысяч';
    parts.push(t, unit);
  }
  if (rest > 0) parts.push(threeDigits(rest, false));
  return parts.filter(Boolean).join(' ');
}

function threeDigits(n: number, feminine: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  const words = [hundreds[h]!];
  if (t === 1) words.push(teens[o]!);
  else {
    words.push(tens[t]!);
    words.push(feminine && o === 1 ? 'одна' : feminine && o === 2 ? 'две' : ones[o]!);
  }
  return words.filter(Boolean).join(' ');
}
