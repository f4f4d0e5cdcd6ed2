import data from './totk.json';
import type { TotkEntryInput } from './types';

/**
 * The classifier shipped with the product: edition «v4» from a public copy (2108 entries, see
 * shared/data/totk/README.md). Two typos of the source are corrected in totk.json: «Арибтражное»
 * and the Latin «C» in «(ЗCГО и ПРУ)» under 0004.0015.0147.0892. The edition date is not
 * confirmed, so an administrator may load a newer edition (ADM-6).
 */
export const shippedTotkEdition: { title: string; entries: readonly TotkEntryInput[] } = {
  title: 'ТОТК, редакция v4 (поставляется с программой)',
  entries: data as readonly TotkEntryInput[],
};
