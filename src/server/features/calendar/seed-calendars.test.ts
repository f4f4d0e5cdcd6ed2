import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildYear, shippedCalendars } from '../../../domain/calendar';
import { testDatabaseKinds } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ensureShippedCalendars } from './seed-calendars';

describe.each(testDatabaseKinds)('shipped calendars reach existing installs on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('replaces an untouched unconfirmed year with the confirmed one a release ships, never an edited one', async () => {
    const db = t.database.db;
    const confirmed2027 = { ...buildYear(2027, { source: 'ПП РФ (проверка)', confirmed: true, transfers: [['01-02', '11-05']] }) };
    const next = [...shippedCalendars.filter((y) => y.year !== 2027), confirmed2027];
    expect(await ensureShippedCalendars(db, new Date(), next)).toEqual([2027]);
    const row = await db.selectFrom('calendar_years').selectAll().where('year', '=', 2027).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ confirmed: true, source: 'ПП РФ (проверка)' });
    expect((await db.selectFrom('calendar_days').select('kind').where('date', '=', '2027-11-05').executeTakeFirstOrThrow()).kind).toBe('day-off');
    expect(await ensureShippedCalendars(db, new Date(), next)).toEqual([]);

    // An administrator's year (here: 2028 imported and edited) is never replaced by a release.
    await db.insertInto('calendar_years').values({ year: 2028, confirmed: false, source: 'Импорт', updated_at: new Date() }).execute();
    await db.insertInto('events').values({ occurred_at: new Date(), actor_user_id: null, acting_for_user_id: null, entity_type: 'calendar', entity_id: '2028', action: 'calendar.day_changed', before: null, after: null, legal_ground: 'x', request_id: null }).execute();
    expect(await ensureShippedCalendars(db, new Date(), [...next, buildYear(2028, { source: 'ПП 2028', confirmed: true, transfers: [] })])).toEqual([]);
  });
});
