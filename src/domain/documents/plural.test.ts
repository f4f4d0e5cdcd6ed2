import { describe, expect, it } from 'vitest';
import { appealsCount, pluralForm, withNumber } from './plural';

describe('a noun agreed with a number', () => {
  it.each([
    [0, '0 обращений'],
    [1, '1 обращение'],
    [2, '2 обращения'],
    [4, '4 обращения'],
    [5, '5 обращений'],
    [11, '11 обращений'],
    [12, '12 обращений'],
    [14, '14 обращений'],
    [21, '21 обращение'],
    [22, '22 обращения'],
    [101, '101 обращение'],
    [111, '111 обращений'],
    [1000, '1000 обращений'],
    [1001, '1001 обращение'],
    [1250, '1250 обращений'],
    [5002, '5002 обращения'],
  ])('%i → %s', (n, text) => {
    expect(appealsCount(n)).toBe(text);
  });

  it('takes any noun', () => {
    expect(withNumber(3, ['лист', 'листа', 'листов'])).toBe('3 листа');
    expect(pluralForm(113, ['день', 'дня', 'дней'])).toBe('дней');
  });
});
