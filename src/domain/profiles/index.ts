import { duki } from './duki';
import { hmr } from './hmr';
import { kcson } from './kcson';
import { khv } from './khv';
import { lab } from './lab';
import type { Profile, ProfileCode } from './types';

export type * from './types';
export {
  calendarDays,
  federalPriorityCategories,
  law59Link,
  priorityCategoryLabels,
  roleNameLabels,
  ukaz171Link,
  workingDays,
} from './common';

/** Profile codes in the order they are offered at set-up (REQUIREMENTS table). */
export const profileCodes = ['LAB', 'HMR', 'KCSON', 'KHV', 'DUKI'] as const satisfies readonly ProfileCode[];

export const profiles: Record<ProfileCode, Profile> = {
  LAB: lab,
  HMR: hmr,
  KCSON: kcson,
  KHV: khv,
  DUKI: duki,
};

export function isProfileCode(x: unknown): x is ProfileCode {
  return typeof x === 'string' && (profileCodes as readonly string[]).includes(x);
}

/** The profile for an exact code ('HMR'), or undefined. */
export function getProfile(code: string): Profile | undefined {
  return isProfileCode(code) ? profiles[code] : undefined;
}
