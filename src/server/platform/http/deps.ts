import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Profile } from '../../../domain/profiles';
import type { CalendarStore } from '../../features/calendar/store';
import type { FileStorage } from '../storage/file-storage';
import type { JobQueue } from '../jobs/job-queue';
import type { MailTransport } from '../mail/mail-transport';

export type AppDeps = {
  db: Kysely<DB>;
  dbKind: 'pglite' | 'postgres';
  clock: Clock;
  config: Config;
  /** The organisation's IANA time zone (from its profile, editable by the administrator). */
  timeZone: () => string;
  setTimeZone: (tz: string) => void;
  publicOrigin: string;
  /** The organisation's profile (its procedure's parameters). */
  profile: () => Profile;
  /** The production calendar as stored (ADM-5). */
  calendar: CalendarStore;
  /** Where attachments' bytes are kept (local disk, or object storage in a cluster). */
  storage: FileStorage;
  /** Durable background jobs (notices, mail, reminders), enqueued in the transaction that needs them. */
  jobs: JobQueue;
  /** Outgoing e-mail (ANS-7) through the configured SMTP server; null while none is configured. */
  mail: MailTransport | null;
};
