export type Multiplicity = 'primary' | 'repeat' | 'multiple';

export const multiplicityLabels: Record<Multiplicity, string> = { primary: 'первичное', repeat: 'повторное', multiple: 'неоднократное' };

/**
 * REG-5 (KCSON 2.6.3, HMR 3.6): from the same author on the same question — the second appeal is
 * повторное, the third and later неоднократное. A suggestion only: the registrar decides
 * (new questions or arguments make it primary).
 */
export function suggestMultiplicity(earlierOnSameQuestion: number): Multiplicity {
  if (earlierOnSameQuestion <= 0) return 'primary';
  return earlierOnSameQuestion === 1 ? 'repeat' : 'multiple';
}
