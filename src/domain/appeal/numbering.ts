import type { NumberFormat, RepeatNumbering } from '../profiles';

/**
 * REG-2: the registration number from the profile's format ({prefix}, {seq}, {yyyy}, {yy});
 * REG-5 (KHV 3.3): a repeat appeal may take the first appeal's number with the count after a slash.
 */
export function formatAppealNumber(format: NumberFormat, seq: number, year: number): string {
  return format.pattern
    .replaceAll('{prefix}', format.prefix)
    .replaceAll('{seq}', String(seq))
    .replaceAll('{yyyy}', String(year))
    .replaceAll('{yy}', String(year).slice(-2));
}

export function repeatNumber(firstNumber: string, count: number): string {
  return `${firstNumber}/${count}`;
}

/** The counter scope: one sequence per year when the profile resets yearly, otherwise one for ever. */
export function numberScope(format: NumberFormat, year: number): string {
  return format.yearlyReset ? `appeals:${year}` : 'appeals';
}

export function usesSlashNumbering(mode: RepeatNumbering): boolean {
  return mode === 'first-number-slash-count';
}
