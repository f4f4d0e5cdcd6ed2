import { describe, expect, it } from 'vitest';
import { evaluationApplies, removalFromControlObstacles, transition, transitionTable } from './lifecycle';

describe('appeal lifecycle', () => {
  it('moves along the allowed transitions and says why not otherwise', () => {
    expect(transition('registered', 'hand-over')).toEqual({ ok: true, to: 'on-resolution' });
    expect(transition('on-resolution', 'resolve')).toEqual({ ok: true, to: 'in-work' });
    expect(transition('in-work', 'answer-sent')).toEqual({ ok: true, to: 'answered' });
    expect(transition('answered', 'remove-from-control')).toEqual({ ok: true, to: 'closed' });
    expect(transition('answered', 'keep-on-control')).toEqual({ ok: true, to: 'answered' });
    expect(transition('closed', 'annul')).toEqual({ ok: false, reason: 'Нельзя аннулировать: обращение в состоянии «Снято с контроля».' });
    expect(transition('annulled', 'resolve').ok).toBe(false);
    expect(transition('in-work', 'remove-from-control').ok).toBe(false);
  });

  it('ends the consideration by a special-case disposition (SPC-1…13, 59-ФЗ ст. 11)', () => {
    expect(transition('registered', 'special-case')).toEqual({ ok: true, to: 'closed' });
    expect(transition('in-work', 'special-case')).toEqual({ ok: true, to: 'closed' });
    expect(transition('on-resolution', 'special-case-forward')).toEqual({ ok: true, to: 'redirected' });
    expect(transition('answered', 'special-case')).toEqual({ ok: false, reason: 'Нельзя принять решение по особому случаю (ст. 11): обращение в состоянии «Ответ направлен».' });
    // SPC-1 forwarding leaves it «redirected»: the head removes it from control without an answer of ours.
    expect(removalFromControlObstacles({ status: 'redirected', questions: [{ position: 1, result: 'redirected' }], answerSent: false })).toEqual([]);
  });

  it('has no way out of a closed or annulled appeal', () => {
    const table = transitionTable();
    expect(table.filter((t) => t.from === 'closed' || t.from === 'annulled')).toEqual([]);
    expect(table.every((t) => t.to !== 'registered')).toBe(true);
  });

  it('lists what prevents removal from control (CTL-2)', () => {
    expect(removalFromControlObstacles({ status: 'answered', questions: [{ position: 1, result: 'explained' }], answerSent: true })).toEqual([]);
    expect(removalFromControlObstacles({ status: 'answered', questions: [{ position: 1, result: null }, { position: 2, result: null }], answerSent: false })).toEqual([
      'Не указан результат рассмотрения по вопросам № 1, 2.',
      'Ответ автору не направлен.',
    ]);
    // Redirected as a whole: no answer of ours is expected.
    expect(removalFromControlObstacles({ status: 'redirected', questions: [{ position: 1, result: 'redirected' }], answerSent: false })).toEqual([]);
  });

  it('returns a complaint nobody may consider as answered, and puts an answered appeal on additional control (ROU-8, CTL-1)', () => {
    expect(transition('on-resolution', 'complaint-returned')).toEqual({ ok: true, to: 'answered' });
    expect(transition('answered', 'complaint-returned')).toEqual({ ok: false, reason: 'Нельзя вернуть жалобу автору: обращение в состоянии «Ответ направлен».' });
    expect(transition('answered', 'additional-control')).toEqual({ ok: true, to: 'answered' });
    expect(transition('in-work', 'additional-control').ok).toBe(false);
    // DUKI 7.3: while the final solution is not reported, the appeal stays on control.
    expect(removalFromControlObstacles({ status: 'answered', questions: [{ position: 1, result: 'explained' }], answerSent: true, additionalControl: { controlDate: '2027-03-01', reported: false } })).toEqual([
      'Обращение на дополнительном контроле до 01.03.2027: не поступил доклад об окончательном решении вопроса.',
    ]);
    expect(removalFromControlObstacles({ status: 'answered', questions: [{ position: 1, result: 'explained' }], answerSent: true, additionalControl: { controlDate: '2027-03-01', reported: true } })).toEqual([]);
  });

  it('asks for the author’s evaluation only after a result on the merits (CTL-4)', () => {
    expect(evaluationApplies(['explained'])).toBe(true);
    expect(evaluationApplies(['left-without-answer', 'redirected'])).toBe(false);
    expect(evaluationApplies([null])).toBe(false);
  });
});
