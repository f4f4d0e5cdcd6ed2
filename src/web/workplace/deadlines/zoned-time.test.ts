import { describe, expect, it } from 'vitest';
import { zonedToInstant } from './zoned-time';
import { parseRuDate } from '../../components/date-field';

describe('wall-clock time in the organisation time zone', () => {
  it('turns 16:30 in Khanty-Mansiysk (UTC+5) and Khabarovsk (UTC+10) into the right instant', () => {
    expect(zonedToInstant('2026-11-20', '16:30', 'Asia/Yekaterinburg')).toBe('2026-11-20T11:30:00.000Z');
    expect(zonedToInstant('2026-11-20', '08:00', 'Asia/Vladivostok')).toBe('2026-11-19T22:00:00.000Z');
  });
  it('reads typed Russian dates and refuses impossible ones', () => {
    expect(parseRuDate('05.12.2025')).toBe('2025-12-05');
    expect(parseRuDate('5.1.2026')).toBe('2026-01-05');
    expect(parseRuDate('30.02.2026')).toBeNull();
    expect(parseRuDate('2026-01-05')).toBeNull();
  });
});
