import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB, TotkKind } from '../platform/db/schema';
import totk from '../../domain/classifier/totk.json';
import type { RegisterAppealInput } from '../features/registry/schemas';

/** The two ТОТК questions tests use, with their ancestors, from the shipped classifier. */
export const TOTK_TRANSPORT = '0002.0007.0074.0320'; // Проезд льготных категорий граждан
export const TOTK_PENSIONS = '0002.0007.0071.0284'; // Своевременность и качество пенсионного обеспечения

const shipped = totk as { code: string; name: string; level: number; kind: TotkKind; parent: string | null }[];

/** The server loads the whole classifier on start; this keeps tests independent of that. */
export async function ensureTestTotk(db: Kysely<DB>) {
  const wanted = new Set<string>();
  for (const code of [TOTK_TRANSPORT, TOTK_PENSIONS]) {
    for (let c: string | null = code; c; c = shipped.find((x) => x.code === c)?.parent ?? null) wanted.add(c);
  }
  const entries = shipped.filter((x) => wanted.has(x.code)).sort((a, b) => a.level - b.level);
  for (const [i, t] of entries.entries()) {
    await db
      .insertInto('totk')
      .values({ code: t.code, name: t.name, level: t.level, kind: t.kind, parent: t.parent, position: i, search: sql<string>`to_tsvector('ru', ${t.name})` })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

/** Factory: a valid postal appeal from one citizen; override what the test is about. */
export function buildAppealInput(overrides: Partial<RegisterAppealInput> = {}): RegisterAppealInput {
  return {
    receivedAt: '2026-11-19T06:00:00Z',
    form: 'written',
    channel: 'post',
    type: 'statement',
    addressee: 'Глава Ханты-Мансийского района',
    forwarded: null,
    pages: 2,
    annotation: 'О ремонте дороги к дому',
    text: '',
    collective: false,
    authors: [
      {
        kind: 'person', surname: 'Иванов', firstName: 'Иван', patronymic: 'Петрович', organisationName: null,
        postalAddress: '628002, г. Ханты-Мансийск, ул. Гагарина, д. 10, кв. 5', email: '', phone: '+7 (3467) 33-44-55',
        territory: 'г. Ханты-Мансийск', socialStatus: 'пенсионер', benefitCategory: '', gender: 'm', role: 'author', receivesAnswer: true,
      },
    ],
    authorityDocument: null,
    questions: [{ totkCode: TOTK_TRANSPORT, annotation: 'Проезд' }],
    multiplicity: 'primary',
    previousAppealId: null,
    controlType: 'internal',
    controlOfficialId: null,
    ...overrides,
  };
}
