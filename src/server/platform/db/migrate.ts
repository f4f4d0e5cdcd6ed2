import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import type { DB } from './schema';
import { migrations } from '../../migrations';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export function migrator(db: Kysely<DB>) {
  return new Migrator({ db, provider });
}

/** Runs pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Миграция ${failed?.migrationName ?? ''} не выполнена: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export type MigrationState = { applied: number; pending: string[]; latest: string | null };

export async function migrationState(db: Kysely<DB>): Promise<MigrationState> {
  const list = await migrator(db).getMigrations();
  const applied = list.filter((m) => m.executedAt);
  return {
    applied: applied.length,
    pending: list.filter((m) => !m.executedAt).map((m) => m.name),
    latest: applied.at(-1)?.name ?? null,
  };
}
