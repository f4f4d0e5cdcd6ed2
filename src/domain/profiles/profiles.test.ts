import { describe, expect, it } from 'vitest';
import { getProfile, isProfileCode, priorityCategoryLabels, profileCodes, profiles } from './index';
import type { OrganisationField, Profile, ProfileCode } from './index';

type Leaf = { path: string; value: unknown; source: unknown };

const isParamShape = (x: unknown): x is { value: unknown; source: unknown } =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && 'value' in x && 'source' in x;

/** Walks the params tree; every leaf must be a Param, every inner node a plain group. */
function collectLeaves(node: unknown, path: string, out: Leaf[] = []): Leaf[] {
  if (isParamShape(node)) {
    out.push({ path, value: node.value, source: node.source });
    return out;
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new Error(`${path}: not a Param and not a group`);
  }
  for (const [key, child] of Object.entries(node)) collectLeaves(child, path ? `${path}.${key}` : key, out);
  return out;
}

const CLAUSE = /^(LAB|HMR|KCSON|KHV|DUKI|59-ФЗ|ТК|ПП|Указ)/;
const all = profileCodes.map((code) => [code, profiles[code]] as const);

describe('profile registry', () => {
  it('has exactly one profile per code, keyed by its own code', () => {
    expect(Object.keys(profiles).sort()).toEqual([...profileCodes].sort());
    for (const [code, profile] of all) expect(profile.code).toBe(code);
  });

  it('getProfile / isProfileCode', () => {
    expect(getProfile('HMR')?.code).toBe('HMR');
    expect(getProfile('hmr')).toBeUndefined();
    expect(getProfile('XYZ')).toBeUndefined();
    expect(isProfileCode('DUKI')).toBe(true);
    expect(isProfileCode('toString')).toBe(false);
    expect(isProfileCode(42)).toBe(false);
  });

  it('every profile has the same parameter tree', () => {
    const paths = (p: Profile) => collectLeaves(p.params, '').map((l) => l.path).sort();
    const reference = paths(profiles.HMR);
    for (const [, profile] of all) expect(paths(profile)).toEqual(reference);
  });
});

describe.each(all)('profile %s', (code, profile) => {
  it('every parameter is a Param with a value and a source citing a clause of its own seed or the law', () => {
    const leaves = collectLeaves(profile.params, '');
    expect(leaves.length).toBeGreaterThan(30);
    for (const leaf of leaves) {
      expect(leaf.value, leaf.path).not.toBeUndefined();
      expect(typeof leaf.source, leaf.path).toBe('string');
      const source = leaf.source as string;
      expect(source, leaf.path).toMatch(CLAUSE);
      // Silence is said with the profile's own code: 'KHV: в Регламенте не установлено; …'
      expect(source.includes(code), `${leaf.path}: ${source}`).toBe(true);
    }
  });

  it('durations, times and days are well-formed', () => {
    const { params } = profile;
    expect(params.registration.internetCutoff.value).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    const durations = [
      params.routing.resolutionDeadline.value,
      params.routing.wrongCompetence.value.deadline,
      params.routing.drafterNamingDeadline.value,
      params.routing.coExecutorLeadTime.value,
      params.extension.requestLeadTime.value,
      params.control.remindersHorizon.value,
      params.reception.writtenAnswerDeadline.value,
    ];
    for (const d of durations) {
      expect(Number.isInteger(d.amount) && d.amount > 0).toBe(true);
      expect(['calendar', 'working']).toContain(d.unit);
    }
    for (const day of [params.reports.ssstuMonthlyByDay.value, params.reports.quarterlyByDay.value]) {
      expect(day >= 1 && day <= 28).toBe(true);
    }
    expect(params.reception.maxDurationMinutes.value).toBeGreaterThan(0);
    expect(params.reception.priorityCategories.value.length).toBeGreaterThan(0);
    for (const c of params.reception.priorityCategories.value) expect(priorityCategoryLabels[c]).toBeTruthy();
    expect(params.extension.whoMayExtend.value.length).toBeGreaterThan(0);
    expect(params.control.whoRemovesFromControl.value.length).toBeGreaterThan(0);
    const { schedule } = params.reception.bookingHours.value;
    expect(schedule.length).toBeGreaterThan(0);
    for (const day of schedule) {
      for (const r of day.ranges) expect(r.from < r.to).toBe(true);
    }
    // a copy to the author has a deadline exactly when it is sent
    const act = params.intake.mailOpeningAct;
    expect(act.copyToAuthorDeadline.value === null).toBe(!act.copyToAuthor.value);
    expect(act.copies.value).toBeGreaterThanOrEqual(2);
    const originals = params.intake.originals.value;
    expect(originals.deadline === null).toBe(originals.handling !== 'return-within-deadline');
  });

  it('organisation fields are filled unless flagged for confirmation', () => {
    const org = profile.organisation;
    const flagged = new Set<OrganisationField>(org.needsConfirmation ?? []);
    for (const value of [org.fullName, org.shortName, org.headTitle, org.postalAddress, profile.title, profile.seed]) {
      expect(value.trim()).not.toBe('');
    }
    if (!flagged.has('phones')) expect(org.phones.length).toBeGreaterThan(0);
    if (!flagged.has('email')) expect(org.email).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
    if (!flagged.has('site')) expect(org.site).toMatch(/^https?:\/\//);
    expect(org.workingHours.length).toBeGreaterThan(0);
    for (const phone of org.phones) {
      expect(phone.label.trim()).not.toBe('');
      expect(phone.number).toMatch(/\d/);
    }
    expect(profile.procedureLinks.some((l) => l.reference.includes('59-ФЗ'))).toBe(true);
  });

  it('structure: units and positions refer to existing units, one head', () => {
    const { units, positions } = profile.structure;
    const unitKeys = new Set(units.map((u) => u.key));
    const positionKeys = new Set(positions.map((p) => p.key));
    expect(units.length).toBeGreaterThan(0);
    expect(unitKeys.size).toBe(units.length);
    expect(positionKeys.size).toBe(positions.length);
    expect(positions.filter((p) => p.isHead)).toHaveLength(1);
    expect(positions.some((p) => p.role === 'registrar')).toBe(true);
    for (const u of units) if (u.parentKey !== undefined) expect(unitKeys.has(u.parentKey), u.key).toBe(true);
    for (const p of positions) {
      if (p.unitKey !== undefined) expect(unitKeys.has(p.unitKey), p.key).toBe(true);
      for (const s of p.supervises ?? []) expect(unitKeys.has(s), `${p.key} supervises ${s}`).toBe(true);
    }
    for (const s of profile.receptionSchedule ?? []) expect(positionKeys.has(s.positionKey)).toBe(true);
  });
});

describe('time zones', () => {
  const expected: Record<ProfileCode, [string, number]> = {
    LAB: ['Asia/Yekaterinburg', 5],
    HMR: ['Asia/Yekaterinburg', 5],
    KCSON: ['Asia/Yekaterinburg', 5],
    KHV: ['Asia/Vladivostok', 10],
    DUKI: ['Asia/Vladivostok', 10],
  };
  it.each(all)('%s', (code, profile) => {
    expect([profile.organisation.timeZone, profile.organisation.utcOffsetHours]).toEqual(expected[code]);
    // the IANA zone really has that offset (no DST in Russia since 2014)
    const name = new Intl.DateTimeFormat('en-US', { timeZone: profile.organisation.timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date('2026-01-15T12:00:00Z'))
      .find((part) => part.type === 'timeZoneName')?.value;
    expect(name).toBe(`GMT+${expected[code][1]}`);
  });
});

describe('seed differences', () => {
  const v = (code: ProfileCode) => profiles[code].params;

  it('ROU-3: co-executor lead time', () => {
    expect(v('HMR').routing.coExecutorLeadTime.value).toEqual({ amount: 10, unit: 'calendar' });
    expect(v('KCSON').routing.coExecutorLeadTime.value).toEqual({ amount: 7, unit: 'working' });
    expect(v('KHV').routing.coExecutorLeadTime.value).toEqual({ amount: 7, unit: 'calendar' });
    expect(v('DUKI').routing.coExecutorLeadTime.value).toEqual({ amount: 7, unit: 'calendar' });
  });

  it('REG-1 and DL-1: HMR cut-off 16:00, HMR counts the registration day as day 1', () => {
    expect(v('HMR').registration.internetCutoff.value).toBe('16:00');
    expect(v('HMR').days.firstDay.value).toBe('registration-day-is-day-1');
    for (const code of ['LAB', 'KCSON', 'KHV', 'DUKI'] as const) expect(v(code).days.firstDay.value).toBe('day-after');
  });

  it('INT-4: act copies HMR 2 (copy to the author in 3 working days) vs DUKI 3 (in 2 days)', () => {
    expect(v('HMR').intake.mailOpeningAct.copies.value).toBe(2);
    expect(v('HMR').intake.mailOpeningAct.copyToAuthorDeadline.value).toEqual({ amount: 3, unit: 'working' });
    expect(v('DUKI').intake.mailOpeningAct.copies.value).toBe(3);
    expect(v('DUKI').intake.mailOpeningAct.copyToAuthorDeadline.value).toEqual({ amount: 2, unit: 'calendar' });
    expect(v('KHV').intake.mailOpeningAct.copyToAuthor.value).toBe(false);
  });

  it('INT-6: originals', () => {
    expect(v('HMR').intake.originals.value).toEqual({ handling: 'return-within-deadline', deadline: { amount: 3, unit: 'working' } });
    expect(v('KCSON').intake.originals.value.handling).toBe('return-with-answer');
    expect(v('KHV').intake.originals.value.handling).toBe('keep-unless-requested');
    expect(v('DUKI').intake.originals.value.handling).toBe('keep-unless-requested');
  });

  it('ROU-1, ROU-4, ROU-6: routing', () => {
    expect(v('HMR').routing.handOverToAuthorised.value).toBe('next-working-day');
    expect(v('DUKI').routing.handOverToAuthorised.value).toBe('same-day');
    expect(v('KCSON').routing.handOverToAuthorised.value).toBe('same-day');
    expect(v('HMR').routing.wrongCompetence.value).toEqual({
      mode: 'propose-another-executor',
      deadline: { amount: 2, unit: 'working' },
      needsAgreementOfProposed: true,
    });
    expect(v('DUKI').routing.wrongCompetence.value.mode).toBe('return-to-registrar');
    expect(v('DUKI').routing.wrongCompetence.value.deadline).toEqual({ amount: 1, unit: 'calendar' });
    expect(v('HMR').routing.deputyHandOver.value).toBe('next-working-day');
    expect(v('DUKI').routing.resolutionDeadline.value).toEqual({ amount: 2, unit: 'working', from: 'registration' });
  });

  it('REG-5: KHV numbers repeats as 123/2', () => {
    expect(v('KHV').registration.repeatNumbering.value).toBe('first-number-slash-count');
    expect(v('HMR').registration.repeatNumbering.value).toBe('new-number-linked');
  });

  it('SPC-7: HMR explains within 7 days, DUKI does not answer', () => {
    expect(v('HMR').specialCases.notAnAppeal.value).toBe('explain-requirements');
    expect(v('HMR').specialCases.notAnAppealNoticeDeadline.value).toEqual({ amount: 7, unit: 'calendar' });
    expect(v('DUKI').specialCases.notAnAppeal.value).toBe('no-answer');
    expect(v('DUKI').specialCases.notAnAppealNoticeDeadline.value).toBeNull();
  });

  it('REC-2, REC-3, REC-5: reception', () => {
    expect(v('KCSON').reception.maxDurationMinutes.value).toBe(30);
    expect(v('DUKI').reception.maxDurationMinutes.value).toBe(20);
    expect(v('KHV').reception.bookingWindow.value).toBe('first-working-day-of-month');
    expect(v('DUKI').reception.bookingWindow.value).toBe('first-working-day-of-month');
    expect(v('DUKI').reception.priorityCategories.value).toContain('over-70');
    expect(v('KHV').reception.priorityCategories.value).toContain('pregnant');
    expect(v('KHV').reception.priorityCategories.value).not.toContain('over-70');
  });

  it('CTL-5, DL-2, CTL-2: control and extension', () => {
    expect(v('HMR').control.remindersHorizon.value).toEqual({ amount: 10, unit: 'calendar' });
    expect(v('DUKI').control.remindersHorizon.value).toEqual({ amount: 5, unit: 'calendar' });
    expect(v('DUKI').control.receptionInstructionReminders.value).toBe('monthly-first-working-day');
    expect(v('KHV').control.receptionInstructionReminders.value).toBe('weekly-first-working-day');
    expect(v('HMR').extension.whoMayExtend.value).toEqual(['responsible-executor']);
    expect(v('KHV').extension.whoMayExtend.value).toEqual(['head']);
    expect(v('KHV').extension.agreeWithControllingBody.value).toBe(true);
  });

  it('RPT-1..3: HMR report calendar', () => {
    expect(v('HMR').reports.ssstuMonthlyByDay.value).toBe(5);
    expect(v('HMR').reports.quarterlyByDay.value).toBe(20);
    expect(v('HMR').reports.disciplineReportByDay.value).toBe(25);
  });
});
