import { deliveryRoute, type Delivery } from '../../../domain/documents/delivery-route';
import type { AppealCard } from '../registry/queries';

type CardAuthor = AppealCard['authors'][number];

/**
 * INT-4, HMR 2.6: who gets the author's copy of the act — the author the appeal asks to answer
 * (marked «receives the answer»), otherwise, for a collective appeal, the first signatory in the list
 * who gave an address; a representative only when marked. Null when nobody has an address
 * (59-FZ art. 11 ч. 1: nothing can be sent without a postal or e-mail address).
 */
export function actCopyRecipient(card: Pick<AppealCard, 'authors' | 'form' | 'channel'>): { author: CardAuthor; delivery: Delivery } | null {
  const candidates = [...card.authors.filter((a) => a.receivesAnswer), ...card.authors.filter((a) => a.role !== 'representative')];
  for (const author of candidates) {
    const delivery = deliveryRoute(card, author);
    if (delivery) return { author, delivery };
  }
  return null;
}

/** «Иванов Иван Петрович (628002, г. Ханты-Мансийск, …)»; for several authors, the first and their number. */
export function authorLine(card: Pick<AppealCard, 'authors'>, main: CardAuthor | undefined): string {
  const authors = card.authors.filter((a) => a.role !== 'representative');
  const first = main ?? authors[0] ?? card.authors[0];
  if (!first) return 'не указан';
  const address = first.postalAddress.trim() || first.email.trim();
  const line = address ? `${first.name} (${address})` : first.name;
  return authors.length > 1 ? `${line} и другие, всего авторов: ${authors.length}` : line;
}
