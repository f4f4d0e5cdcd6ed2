import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { Clock } from './clock';
import type { Actor } from './actor';
import type { Config } from './config';

/** What every use case receives: the database, the clock, who acts, and the request id for events. */
export type Ctx = {
  db: Kysely<DB>;
  clock: Clock;
  actor: Actor | null;
  requestId: string;
  config: Pick<Config, 'profile' | 'publicUrl'>;
};

/** The same context for a use case that must have an actor (every staff endpoint). */
export type StaffCtx = Ctx & { actor: Actor };
