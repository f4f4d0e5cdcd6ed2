/**
 * ANS-7: how a letter reaches its recipient. An appeal from the Unified portal (ЕПГУ) is answered
 * to the portal account; an electronic appeal (or one by e-mail) — to the e-mail it gave; a written
 * one — by post. When the preferred address is missing the other one is used; with no address at
 * all nothing can be sent (59-FZ art. 11 ч. 1: no answer without a postal or e-mail address).
 */
export type DeliveryRoute = 'email' | 'post' | 'epgu';

export type Delivery = { route: DeliveryRoute; address: string };

export function deliveryRoute(appeal: { form: string; channel: string }, to: { postalAddress: string; email: string }): Delivery | null {
  const postal = to.postalAddress.trim();
  const email = to.email.trim();
  if (appeal.channel === 'epgu') return { route: 'epgu', address: email || postal };
  const electronic = appeal.form === 'electronic' || appeal.channel === 'email';
  if (electronic && email) return { route: 'email', address: email };
  if (postal) return { route: 'post', address: postal };
  if (email) return { route: 'email', address: email };
  return null;
}

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): on the author's request a copy goes by the other route as well — by
 * post after an e-mail or a portal answer, by e-mail after a postal one — when that address is known.
 */
export function otherDelivery(main: Delivery, to: { postalAddress: string; email: string }): Delivery | null {
  const postal = to.postalAddress.trim();
  const email = to.email.trim();
  if (main.route !== 'post' && postal) return { route: 'post', address: postal };
  if (main.route === 'post' && email) return { route: 'email', address: email };
  return null;
}

export const routeLabels: Record<DeliveryRoute | 'in-person' | 'case', string> = {
  email: 'Электронная почта',
  post: 'Почта (печать и отправка)',
  epgu: 'Личный кабинет на Госуслугах',
  'in-person': 'Лично',
  // INT-4: the copy of an act that stays with the appeal.
  case: 'В дело',
};

export const outgoingStatusLabels: Record<'queued' | 'sent' | 'printed' | 'delivered' | 'failed' | 'cancelled' | 'filed', string> = {
  queued: 'Ожидает отправки',
  sent: 'Отправлено',
  printed: 'Передано на отправку',
  delivered: 'Доставлено',
  failed: 'Ошибка отправки',
  cancelled: 'Отменено',
  filed: 'Приобщён к обращению',
};
