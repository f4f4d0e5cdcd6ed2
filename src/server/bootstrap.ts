import { join } from 'node:path';
import type { Config } from './platform/config';
import type { Clock } from './platform/clock';
import type { Database } from './platform/db/database';
import type { AppDeps } from './platform/http/deps';
import { migrateToLatest } from './platform/db/migrate';
import { getProfile } from '../domain/profiles';
import { setupOrganisation } from './features/organisation/setup-organisation';
import { seedDemo } from './features/organisation/seed-demo';
import { ensureShippedCalendars } from './features/calendar/seed-calendars';
import { ensureClassifier } from './features/classifier/seed-classifier';
import { CalendarStore } from './features/calendar/store';
import { localDiskStorage } from './platform/storage/local-disk';
import { ensureExternalBodies } from './features/external-bodies/seed-external-bodies';
import { ensureTemplates } from './features/admin/templates/ensure-templates';
import { JobQueue } from './platform/jobs/job-queue';
import { smtpTransport } from './platform/mail/smtp-transport';

export type Prepared = {
  deps: AppDeps;
  migrated: string[];
  organisationCreated: boolean;
  demoSeeded: boolean;
  /** Keeps this instance's copy of the organisation's time zone in step with the database (other instances may change it). */
  followOrganisation: (everyMs?: number) => () => void;
};

/** Start-up: migrations, the organisation from the profile (first start), demo staff when asked. */
export async function prepare(config: Config, database: Database, clock: Clock): Promise<Prepared> {
  const migrated = await migrateToLatest(database.db);
  const profile = getProfile(config.profile);
  if (!profile) throw new Error(`Профиль ${config.profile} не найден`);
  const now = clock.now();
  const org = await setupOrganisation(database.db, profile, now);
  const demoSeeded = config.demo ? await seedDemo(database.db, org.id, profile, now, config.dataDir) : false;
  await ensureShippedCalendars(database.db, now);
  await ensureClassifier(database.db, now);
  await ensureTemplates(database.db, now);
  const row = await database.db.selectFrom('organisation').select(['time_zone', 'profile_code']).executeTakeFirstOrThrow();
  // The organisation keeps the profile it was set up with, whatever PRIEMNAYA_PROFILE says later.
  const orgProfile = getProfile(row.profile_code) ?? profile;
  await ensureExternalBodies(database.db, orgProfile, now);
  let timeZone = row.time_zone;
  const deps: AppDeps = {
    db: database.db,
    dbKind: database.kind,
    clock,
    config,
    timeZone: () => timeZone,
    setTimeZone: (tz) => (timeZone = tz),
    publicOrigin: new URL(config.publicUrl).origin,
    profile: () => orgProfile,
    calendar: new CalendarStore(database.db),
    storage: localDiskStorage(join(config.dataDir, 'files')),
    jobs: new JobQueue(database.db, clock),
    mail: config.smtp ? smtpTransport(config.smtp) : null,
  };
  const followOrganisation = (everyMs = 60_000) => {
    const timer = setInterval(() => {
      database.db
        .selectFrom('organisation')
        .select('time_zone')
        .executeTakeFirst()
        .then((r) => {
          if (r) timeZone = r.time_zone;
        })
        .catch(() => {}); // a failed refresh keeps the last known zone; the next one retries
    }, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  };
  return { deps, migrated, organisationCreated: org.created, demoSeeded, followOrganisation };
}
