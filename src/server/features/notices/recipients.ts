import type { AppealCard } from '../registry/queries';

export type CardAuthor = AppealCard['authors'][number];

/**
 * REG-9: who gets the registration notice — every author marked «receives the answer» (for a
 * collective appeal, the signatory chosen at registration, REG-4); when nobody is marked, the first
 * author who is not a representative.
 */
export function noticeRecipients<A extends Pick<CardAuthor, 'receivesAnswer' | 'role'> = CardAuthor>(card: { authors: readonly A[] }): A[] {
  const marked = card.authors.filter((a) => a.receivesAnswer);
  if (marked.length > 0) return marked;
  const first = card.authors.find((a) => a.role !== 'representative');
  return first ? [first] : [];
}
