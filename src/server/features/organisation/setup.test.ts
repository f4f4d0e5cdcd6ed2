import { describe, expect, it } from 'vitest';
import { profileCodes, profiles } from '../../../domain/profiles';
import { createTestApp } from '../../testing/test-app';
import { demoUsers, readDemoPasswords } from './seed-demo';
import { verifyPassword } from '../../platform/auth/passwords';
import { setupOrganisation } from './setup-organisation';

/** First start with every profile: the organisation, its structure and the demo staff in it. */
describe.each(profileCodes)('first start with profile %s', (code) => {
  it('creates the organisation and structure from the profile, and demo staff on their positions', async () => {
    const t = await createTestApp('pglite', { profile: code, demo: true });
    try {
      const db = t.database.db;
      const org = await db.selectFrom('organisation').selectAll().executeTakeFirstOrThrow();
      expect(org.full_name).toBe(profiles[code].organisation.fullName);
      expect(org.time_zone).toBe(profiles[code].organisation.timeZone);
      expect((await db.selectFrom('units').select('id').execute()).length).toBe(profiles[code].structure.units.length);

      const staff = await db
        .selectFrom('users as u')
        .innerJoin('officials as o', 'o.id', 'u.official_id')
        .leftJoin('positions as p', 'p.id', 'o.position_id')
        .select(['u.login', 'p.name as position', 'p.is_head'])
        .execute();
      expect(staff.map((s) => s.login).sort()).toEqual(demoUsers.map((d) => d.login).sort());
      for (const s of staff) expect(s.position, s.login).not.toBeNull();
      expect(staff.find((s) => s.login === 'head')?.is_head).toBe(true);

      // Demo passwords are generated for this install, different for each user, and kept for the banner.
      const passwords = readDemoPasswords(t.deps.config.dataDir);
      expect(Object.keys(passwords).sort()).toEqual(demoUsers.map((d) => d.login).sort());
      expect(new Set(Object.values(passwords)).size).toBe(demoUsers.length);
      const admin = await db.selectFrom('users').select('password_hash').where('login', '=', 'admin').executeTakeFirstOrThrow();
      expect(await verifyPassword(admin.password_hash, passwords.admin!)).toBe(true);

      // A second start changes nothing.
      expect((await setupOrganisation(db, profiles[code], new Date())).created).toBe(false);
      expect((await db.selectFrom('organisation').select('id').execute()).length).toBe(1);
    } finally {
      await t.close();
    }
  });
});
