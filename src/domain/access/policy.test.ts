import { describe, expect, it } from 'vitest';
import { can, permissionRoles, visibleSections } from './policy';
import { roles } from '../org/roles';

describe('access policy', () => {
  it('gives user and structure administration to the administrator only', () => {
    for (const role of roles) {
      expect(can([role], 'admin.users')).toBe(role === 'administrator');
      expect(can([role], 'admin.structure')).toBe(role === 'administrator');
    }
  });

  it('lets anybody with a role use the workplace, and nobody without one', () => {
    for (const role of roles) expect(can([role], 'workplace.use')).toBe(true);
    expect(can([], 'workplace.use')).toBe(false);
  });

  it('combines several roles of one person', () => {
    expect(can(['executor', 'administrator'], 'admin.users')).toBe(true);
    expect(visibleSections(['registrar', 'administrator']).map((s) => s.key)).toEqual(['registration', 'journal', 'postal', 'mass-actions', 'control', 'reception', 'reports', 'deadlines', 'admin']);
  });

  it('shows each role the sections of its work', () => {
    expect(visibleSections(['executor']).map((s) => s.title)).toEqual(['Мои поручения', 'Калькулятор сроков']);
    expect(visibleSections(['registrar']).map((s) => s.title)).not.toContain('Администрирование');
    expect(visibleSections(['administrator']).map((s) => s.title)).toEqual(['Почтовые отправления', 'Администрирование']);
    // ROU-12: the head and deputies see the executors' open work.
    expect(visibleSections(['head']).map((s) => s.key)).toEqual(['journal', 'resolution', 'assignments', 'executors', 'control', 'reception', 'reports', 'deadlines']);
    expect(visibleSections(['executor']).map((s) => s.key)).not.toContain('executors');
  });

  it('grants every permission to at least one role', () => {
    for (const allowed of Object.values(permissionRoles)) expect(allowed.length).toBeGreaterThan(0);
  });
});
