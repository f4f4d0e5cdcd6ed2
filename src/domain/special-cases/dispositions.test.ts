import { describe, expect, it } from 'vitest';
import { profiles } from '../profiles';
import { deadlineRules } from '../deadlines/rules';
import { templateKinds } from '../documents/template-kinds';
import { defaultTemplateTexts } from '../documents/default-texts';
import { placeholderNamesFor } from '../documents/placeholders';
import { shippedTotkEdition } from '../classifier/shipped';
import { transition } from '../appeal/lifecycle';
import { dispositionCatalogue, dispositionCodes, dispositionOf, looksAnonymous, mayChoose, preconditionObstacle, proceduralTotk, questionResultOf, sstuStatusFor } from './dispositions';

const person = { kind: 'person' as const, role: 'author', surname: 'Иванов', postalAddress: '628002, г. Ханты-Мансийск, ул. Гагарина, д. 10', email: '' };

describe('special-case dispositions (issue 6, 59-ФЗ ст. 11)', () => {
  it('has every code once in every profile, each with a ground, roles with their clause and a lifecycle step', () => {
    for (const profile of Object.values(profiles)) {
      const list = dispositionCatalogue(profile);
      // SPC-7 (HMR 7.6 абз. 2): courtesy letters are a case only where the profile passes them on.
      const courtesy = profile.params.specialCases.courtesyLetters.value === 'forward-for-information-and-notify';
      expect(list.map((d) => d.code)).toEqual(dispositionCodes.filter((c) => c !== 'courtesy-letter' || courtesy));
      for (const d of list) {
        expect(d.legalGround, d.code).toMatch(/59-ФЗ|KCSON|HMR|DUKI/);
        expect(d.roles.value.length, d.code).toBeGreaterThan(0);
        expect(d.roles.source, d.code).not.toBe('');
        expect(transition('registered', d.lifecycleAction).ok).toBe(true);
        // The engine has the rule in this profile.
        if (d.deadlineRule) expect(deadlineRules(profile).has(d.deadlineRule), `${profile.code} ${d.code}`).toBe(true);
        // A notice has a template kind with a default text that may use the explanation field.
        if (d.notice) {
          expect(templateKinds.some((k) => k.kind === d.notice!.kind)).toBe(true);
          expect(defaultTemplateTexts[d.notice.kind]).toBeDefined();
          expect(placeholderNamesFor(d.notice.kind)).toContain('пояснение');
          expect(d.deadlineRule, d.code).not.toBeNull();
        }
      }
    }
  });

  it('names the procedural ТОТК questions exactly as the shipped classifier does', () => {
    for (const q of Object.values(proceduralTotk)) {
      const entry = shippedTotkEdition.entries.find((e) => e.code === q.code);
      expect(entry?.name, q.code).toBe(q.name);
      expect(entry?.kind).toBe('question');
    }
  });

  it('sets the ССТУ status, the ТОТК question and the term per case', () => {
    const hmr = profiles.HMR;
    const row = (code: (typeof dispositionCodes)[number]) => {
      const d = dispositionOf(hmr, code);
      return [d.spc, d.sstuStatus, d.totk?.code ?? null, d.deadlineRule, d.notice?.kind ?? null, d.lifecycleAction];
    };
    expect(row('anonymous')).toEqual(['SPC-1', 'LeftWithoutAnswer', '0001.0002.0027.0127', null, null, 'special-case']);
    expect(row('anonymous-unlawful-act')).toEqual(['SPC-1', 'Transferred', '0001.0002.0027.0127', 'anonymous-unlawful-act', 'anonymous-forwarding-letter', 'special-case-forward']);
    expect(row('court-decision')).toEqual(['SPC-2', 'Answered', null, 'special-case-notice', 'court-decision-return', 'special-case']);
    expect(row('abuse-of-right')).toEqual(['SPC-3', 'Answered', '0001.0002.0027.0128', 'consideration', 'abuse-of-right-notice', 'special-case']);
    expect(row('unreadable')).toEqual(['SPC-4', 'Answered', '0001.0002.0027.0129', 'special-case-notice', 'unreadable-notice', 'special-case']);
    expect(row('substance-undetermined')).toEqual(['SPC-4', 'Answered', '0001.0002.0027.0158', 'special-case-notice', 'substance-undetermined-notice', 'special-case']);
    expect(row('state-secret')).toEqual(['SPC-6', 'Answered', null, 'special-case-notice', 'state-secret-notice', 'special-case']);
    expect(row('not-an-appeal')).toEqual(['SPC-7', 'Answered', '0001.0002.0027.0158', 'not-an-appeal-notice', 'not-an-appeal-notice', 'special-case']);
    expect(row('representative-unconfirmed')).toEqual(['SPC-13', 'Answered', null, 'consideration', 'representative-authority-notice', 'special-case']);
    // 59-ФЗ ст. 11 ч. 5, HMR 7.7, DUKI 5.15 name no term: the 7 days of the other ст. 11 notices.
    expect(row('correspondence-terminated')).toEqual(['SPC-5', 'Answered', '0001.0002.0027.0130', 'special-case-notice', 'correspondence-termination-notice', 'special-case']);
    expect(row('correspondence-terminated-notice')).toEqual(['SPC-5', 'Answered', '0001.0002.0027.0130', 'special-case-notice', 'correspondence-terminated-reminder', 'special-case']);
    expect(row('published-answer-link')).toEqual(['SPC-11', 'Answered', '0001.0002.0027.0135', 'special-case-notice', 'published-answer-notice', 'special-case']);
    expect(questionResultOf).toEqual({ Answered: 'answered-to-author', LeftWithoutAnswer: 'left-without-answer', Transferred: 'redirected' });
  });

  it('follows the profile for a non-appeal: HMR explains within 7 days (7.6), DUKI gives no answer (5.19)', () => {
    const hmr = dispositionOf(profiles.HMR, 'not-an-appeal');
    expect(hmr).toMatchObject({ notice: { kind: 'not-an-appeal-notice' }, deadlineRule: 'not-an-appeal-notice', sstuStatus: 'Answered' });
    expect(hmr.legalGround).toContain('HMR 7.6');
    const duki = dispositionOf(profiles.DUKI, 'not-an-appeal');
    expect(duki).toMatchObject({ notice: null, deadlineRule: null, sstuStatus: 'LeftWithoutAnswer', totk: proceduralTotk.notAnAppeal });
    expect(duki.legalGround).toContain('DUKI 5.19');
  });

  it('passes a courtesy letter to an official for information where the profile says so (HMR 7.6 абз. 2), not in DUKI (5.19)', () => {
    const hmr = dispositionOf(profiles.HMR, 'courtesy-letter');
    expect(hmr).toMatchObject({ spc: 'SPC-7', notice: { kind: 'courtesy-letter-notice', to: 'author', when: 'if-address' }, deadlineRule: 'special-case-notice', sstuStatus: 'Answered', sstuStatusWithoutNotice: 'LeftWithoutAnswer', totk: null, lifecycleAction: 'special-case', needsOfficial: true });
    expect(hmr.legalGround).toBe('59-ФЗ ст. 4; HMR 7.6 абз. 2');
    expect(hmr.roles.value).toEqual(['registrar', 'head']);
    expect(hmr.roles.source).toContain('для ознакомления');
    expect(placeholderNamesFor('courtesy-letter-notice')).toEqual(expect.arrayContaining(['должностное_лицо', 'пояснение']));
    expect(placeholderNamesFor('not-an-appeal-notice')).not.toContain('должностное_лицо');
    for (const code of ['KCSON', 'LAB'] as const) expect(dispositionCatalogue(profiles[code]).some((d) => d.code === 'courtesy-letter')).toBe(true);
    for (const code of ['DUKI', 'KHV'] as const) {
      expect(dispositionCatalogue(profiles[code]).some((d) => d.code === 'courtesy-letter'), code).toBe(false);
      expect(() => dispositionOf(profiles[code], 'courtesy-letter')).toThrow();
    }
    // DUKI 5.19: the not-an-appeal behaviour stays.
    expect(dispositionOf(profiles.DUKI, 'not-an-appeal')).toMatchObject({ notice: null, sstuStatus: 'LeftWithoutAnswer' });
  });

  it('gives an unreadable appeal without a readable address «оставлено без ответа» (59-ФЗ ст. 11 ч. 4)', () => {
    const d = dispositionOf(profiles.HMR, 'unreadable');
    expect(sstuStatusFor(d, true)).toBe('Answered');
    expect(sstuStatusFor(d, false)).toBe('LeftWithoutAnswer');
    expect(sstuStatusFor(dispositionOf(profiles.HMR, 'state-secret'), true)).toBe('Answered');
  });

  it('lets only the persons the procedure names choose', () => {
    const hmr = profiles.HMR;
    expect(mayChoose(dispositionOf(hmr, 'anonymous'), ['registrar'])).toBe(true);
    expect(mayChoose(dispositionOf(hmr, 'anonymous'), ['executor'])).toBe(false);
    expect(mayChoose(dispositionOf(hmr, 'state-secret'), ['registrar'])).toBe(false);
    expect(mayChoose(dispositionOf(hmr, 'state-secret'), ['deputy'])).toBe(true);
    expect(dispositionCatalogue(hmr).filter((d) => mayChoose(d, ['executor']))).toEqual([]);
  });

  it('recognises an anonymous appeal and a representative complaint (59-ФЗ ст. 11 ч. 1; KCSON 3.1)', () => {
    expect(looksAnonymous('written', [person])).toBe(false);
    expect(looksAnonymous('written', [{ ...person, surname: ' ' }])).toBe(true);
    expect(looksAnonymous('written', [{ ...person, postalAddress: '' }])).toBe(true);
    expect(looksAnonymous('electronic', [{ ...person, postalAddress: '', email: 'a@example.ru' }])).toBe(false);
    expect(looksAnonymous('written', [{ ...person, role: 'representative' }])).toBe(true);
    const anonymous = dispositionOf(profiles.HMR, 'anonymous');
    expect(preconditionObstacle(anonymous, { type: 'statement', form: 'written', authors: [person] })).toContain('не является анонимным');
    expect(preconditionObstacle(anonymous, { type: 'statement', form: 'written', authors: [{ ...person, surname: null }] })).toBeNull();
    const rep = dispositionOf(profiles.KCSON, 'representative-unconfirmed');
    expect(preconditionObstacle(rep, { type: 'statement', form: 'written', authors: [person, { ...person, role: 'representative' }] })).toContain('только к жалобе');
    expect(preconditionObstacle(rep, { type: 'complaint', form: 'written', authors: [person] })).toContain('не указан представитель');
    expect(preconditionObstacle(rep, { type: 'complaint', form: 'written', authors: [person, { ...person, role: 'representative' }] })).toBeNull();
  });

  it('sends the address of a published answer only when one exists, and then does not return a court-decision complaint (59-ФЗ ст. 11 ч. 5.1; HMR 7.10)', () => {
    const link = dispositionOf(profiles.HMR, 'published-answer-link');
    const court = dispositionOf(profiles.HMR, 'court-decision');
    const appeal = { type: 'complaint', form: 'written', authors: [person] };
    expect(preconditionObstacle(link, appeal)).toContain('не опубликован');
    expect(preconditionObstacle(link, appeal, undefined, [{ totkCodes: [] }])).toBeNull();
    expect(preconditionObstacle(court, appeal)).toBeNull();
    expect(preconditionObstacle(court, appeal, undefined, [{ totkCodes: [] }])).toContain('не возвращается');
    // Per question, as ст. 11 ч. 5: a question without a published answer needs an answer on the merits.
    const two = { ...appeal, questions: [{ totkCode: '0002.0007.0074.0320' }, { totkCode: '0005.0005.0056.1122' }, { totkCode: '0001.0002.0027.0135' }] };
    expect(preconditionObstacle(link, two, undefined, [{ totkCodes: ['0002.0007.0074.0320'] }])).toContain('На вопросы обращения 0005.0005.0056.1122 ответ на официальном сайте не опубликован');
    // One notice, one address: answers spread over two pages do not make one answer to the appeal.
    expect(preconditionObstacle(link, two, undefined, [{ totkCodes: ['0002.0007.0074.0320'] }, { totkCodes: ['0005.0005.0056.1122'] }])).toContain('опубликованы на разных страницах');
    expect(preconditionObstacle(link, two, undefined, [{ totkCodes: ['0002.0007.0074.0320'] }, { totkCodes: ['0002.0007.0074.0320', '0005.0005.0056.1122'] }])).toBeNull();
    expect(link.roles.value).toEqual(['registrar', 'head']);
  });

  it('terminates correspondence only on a question answered on the merits twice or more, and reminds only of a terminated one (SPC-5)', () => {
    const terminate = dispositionOf(profiles.HMR, 'correspondence-terminated');
    const remind = dispositionOf(profiles.HMR, 'correspondence-terminated-notice');
    const appeal = { type: 'statement', form: 'written', authors: [person] };
    const code = '0002.0007.0074.0320';
    expect(mayChoose(terminate, ['head'])).toBe(true);
    expect(mayChoose(terminate, ['registrar'])).toBe(false);
    expect(mayChoose(remind, ['executor'])).toBe(false);
    expect(preconditionObstacle(terminate, appeal)).toContain('не давались ответы по существу');
    expect(preconditionObstacle(terminate, appeal, { repeated: [code], terminated: [] })).toBeNull();
    expect(preconditionObstacle(terminate, appeal, { repeated: [code], terminated: [code] })).toContain('уже прекращена');
    expect(preconditionObstacle(remind, appeal, { repeated: [code], terminated: [] })).toContain('нет вопросов этого обращения');
    expect(preconditionObstacle(remind, appeal, { repeated: [], terminated: [code] })).toBeNull();
    // Per question (ст. 11 ч. 5): a new question in the same appeal needs an answer on the merits.
    const two = { ...appeal, questions: [{ totkCode: code }, { totkCode: '0005.0005.0056.1122' }, { totkCode: '0001.0002.0027.0130' }] };
    expect(preconditionObstacle(terminate, two, { repeated: [code], terminated: [] })).toContain('0005.0005.0056.1122 автору по существу неоднократно не разъяснялись');
    expect(preconditionObstacle(terminate, two, { repeated: [code, '0005.0005.0056.1122'], terminated: [] })).toBeNull();
    expect(preconditionObstacle(remind, two, { repeated: [], terminated: [code] })).toContain('По вопросам обращения 0005.0005.0056.1122 переписка с автором не прекращалась');
    expect(preconditionObstacle(remind, two, { repeated: [], terminated: [code, '0005.0005.0056.1122'] })).toBeNull();
  });
});
