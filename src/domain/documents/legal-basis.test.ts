import { describe, expect, it } from 'vitest';
import { getProfile } from '../profiles';
import { law59Instrumental, legalBasisInstrumental } from './legal-basis';

describe('{основание} from the profile', () => {
  it('cites 59-FZ and the HMR procedure with its approving act, as in HMR прил. 3', () => {
    expect(legalBasisInstrumental(getProfile('HMR')!.procedureLinks)).toBe(
      `${law59Instrumental}, Порядком рассмотрения обращений граждан, объединений граждан, в том числе юридических лиц, поступающих главе Ханты-Мансийского района, в администрацию Ханты-Мансийского района, заместителям главы Ханты-Мансийского района, утверждённым распоряжением администрации Ханты-Мансийского района от 27.07.2022 № 919-р`,
    );
  });

  it('cites a procedure without a named act by its title, and leaves a repealed one out', () => {
    expect(legalBasisInstrumental(getProfile('DUKI')!.procedureLinks)).toBe(`${law59Instrumental}, Порядком рассмотрения обращений граждан и организаций, поступивших в администрацию Дукинского сельского поселения`);
    expect(legalBasisInstrumental(getProfile('KHV')!.procedureLinks)).toBe(law59Instrumental);
    expect(legalBasisInstrumental(getProfile('KCSON')!.procedureLinks)).toMatch(/, утверждённым приказом учреждения «Об утверждении Порядка/);
  });
});
