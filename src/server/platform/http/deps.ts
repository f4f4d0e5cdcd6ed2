import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Clock } from '../clock';
import type { Config } from '../config';

export type AppDeps = {
  db: Kysely<DB>;
  dbKind: 'pglite' | 'postgres';
  clock: Clock;
  config: Config;
  /** The organisation's IANA time zone (from its profile, editable by the administrator). */
  timeZone: () => string;
  setTimeZone: (tz: string) => void;
  publicOrigin: string;
};
