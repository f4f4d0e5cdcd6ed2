import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';

/** Ordered; a landed migration is never edited — add a new file instead. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
};
