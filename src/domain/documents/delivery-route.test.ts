import { describe, expect, it } from 'vitest';
import { deliveryRoute, otherDelivery } from './delivery-route';

const both = { postalAddress: '628002, г. Ханты-Мансийск, ул. Мира, д. 1', email: 'ivanov@example.ru' };

describe('delivery route (ANS-7)', () => {
  it('answers a written appeal by post and an electronic one by e-mail', () => {
    expect(deliveryRoute({ form: 'written', channel: 'post' }, both)).toEqual({ route: 'post', address: both.postalAddress });
    expect(deliveryRoute({ form: 'electronic', channel: 'internet-reception' }, both)).toEqual({ route: 'email', address: both.email });
    expect(deliveryRoute({ form: 'written', channel: 'email' }, both)).toEqual({ route: 'email', address: both.email });
  });

  it('answers a portal appeal to the portal account', () => {
    expect(deliveryRoute({ form: 'electronic', channel: 'epgu' }, { postalAddress: '', email: '' })).toEqual({ route: 'epgu', address: '' });
  });

  it('falls back to the other address, and gives nothing without any', () => {
    expect(deliveryRoute({ form: 'electronic', channel: 'internet-reception' }, { ...both, email: '' })).toEqual({ route: 'post', address: both.postalAddress });
    expect(deliveryRoute({ form: 'written', channel: 'post' }, { ...both, postalAddress: ' ' })).toEqual({ route: 'email', address: both.email });
    expect(deliveryRoute({ form: 'written', channel: 'post' }, { postalAddress: '', email: '' })).toBeNull();
  });

  it('offers the other route for a copy on request, only when that address is known (ANS-7)', () => {
    expect(otherDelivery({ route: 'email', address: both.email }, both)).toEqual({ route: 'post', address: both.postalAddress });
    expect(otherDelivery({ route: 'post', address: both.postalAddress }, both)).toEqual({ route: 'email', address: both.email });
    expect(otherDelivery({ route: 'epgu', address: '' }, both)).toEqual({ route: 'post', address: both.postalAddress });
    expect(otherDelivery({ route: 'email', address: both.email }, { ...both, postalAddress: '  ' })).toBeNull();
    expect(otherDelivery({ route: 'post', address: both.postalAddress }, { ...both, email: '' })).toBeNull();
  });
});
