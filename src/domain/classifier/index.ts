export * from './types';
export { checkEdition, describeProblem, TOTK_NAME_MAX, type EditionCheck, type EditionProblem } from './edition';
