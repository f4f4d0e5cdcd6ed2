import { describe, expect, it } from 'vitest';
import { bodyFromForm, emptyAuthor, emptyForm, formErrorPaths, formFromCard, genderFromPatronymic, type AppealCard } from './form-model';
import { describeChanges, describeSnapshotChanges } from '../appeal/card-changes';

const ZONE = 'Asia/Yekaterinburg'; // UTC+5

const card: AppealCard = {
  id: 7, number: '7', status: 'registered', receivedAt: '2026-11-19T05:00:00.000Z', receivedDate: '2026-11-19', registeredAt: '2026-11-20T06:00:00.000Z', registrationDate: '2026-11-20',
  registrationDeadline: '2026-11-23', considerationDeadline: '2026-12-21', form: 'written', channel: 'post', type: 'complaint', registeredAs: 'appeal', collective: false,
  addressee: 'Глава района', forwarded: { bodyId: 3, bodyName: 'Прокуратура', letterDate: '2026-11-18', letterNumber: '7-12', isControl: true }, pages: 2,
  annotation: 'О ремонте дороги', text: '', multiplicity: 'primary', previous: null, controlType: 'internal', controlOfficialId: null, authorityDocument: null, warnings: [], annulledReason: null,
  authors: [{ id: 5, kind: 'person', name: 'Иванов Иван Петрович', surname: 'Иванов', firstName: 'Иван', patronymic: 'Петрович', organisationName: null, postalAddress: 'ул. Мира, 1', email: '', phone: '', territory: '', socialStatus: 'Пенсионер', benefitCategory: '', gender: 'm', role: 'author', receivesAnswer: true }],
  questions: [{ position: 1, totkCode: '0002.0007.0074.0320', totkName: 'Проезд льготных категорий граждан', annotation: 'Проезд' }],
  links: [],
};

describe('the registration card form model', () => {
  it('sends the wall-clock receipt time of the organisation as an instant, skips untouched author rows and names the answer recipient', () => {
    const v = emptyForm(new Date('2026-11-20T06:00:00Z'), ZONE);
    expect([v.receivedDate, v.receivedTime]).toEqual(['2026-11-20', '11:00']);
    v.receivedTime = '10:00';
    v.authors = [emptyAuthor(), { ...emptyAuthor(), surname: '  Смирнова ', firstName: 'Анна', postalAddress: 'ул. Мира, 5' }, { ...emptyAuthor('representative'), surname: 'Петров' }];
    const { body, authorRows } = bodyFromForm(v, ZONE);
    expect(body.receivedAt).toBe('2026-11-20T05:00:00.000Z');
    expect(authorRows).toEqual([1, 2]);
    expect(body.authors.map((a) => [a.surname, a.receivesAnswer])).toEqual([['  Смирнова ', true], ['Петров', false]]); // as typed; the server trims
    expect(body.forwarded).toBeNull();
    expect(body.authorityDocument).toBeNull();
  });

  it('maps the server’s body paths back to the form rows', () => {
    expect(formErrorPaths({ 'authors.0.surname': 'Не более 100 символов.', 'questions.1.totkCode': 'Нет такого кода.', authors: 'Уже зарегистрировано: № 5.' }, [1, 2])).toEqual({
      'authors.1.surname': 'Не более 100 символов.',
      'questions.1.totkCode': 'Нет такого кода.',
      authors: 'Уже зарегистрировано: № 5.',
    });
  });

  it('keeps no social status or benefit category for a collective appeal (REG-3)', () => {
    const v = { ...formFromCard(card, ZONE), collective: true };
    expect(bodyFromForm(v, ZONE).body.authors[0]).toMatchObject({ socialStatus: '', benefitCategory: '' });
  });

  it('opens a card for correction unchanged, and names what a correction changes', () => {
    const before = formFromCard(card, ZONE);
    expect(before.receivedTime).toBe('10:00');
    const { body } = bodyFromForm(before, ZONE);
    expect(body).toMatchObject({ receivedAt: '2026-11-19T05:00:00.000Z', forwarded: { bodyId: 3, letterDate: '2026-11-18', letterNumber: '7-12', isControl: true }, pages: 2, authors: [{ id: 5, socialStatus: 'Пенсионер' }] });
    expect(describeChanges(before, formFromCard(card, ZONE))).toEqual([]);
    expect(describeChanges(before, { ...before, annotation: 'О ремонте дороги и освещении' })).toEqual([{ field: 'Аннотация', before: 'О ремонте дороги', after: 'О ремонте дороги и освещении' }]);
    const { id: _id, ...snapshot } = card;
    expect(describeSnapshotChanges(snapshot, { ...snapshot, type: 'statement' }, ZONE)).toEqual([{ field: 'Вид обращения', before: 'Жалоба', after: 'Заявление' }]);
    expect(describeSnapshotChanges(null, { status: 'annulled' }, ZONE)).toEqual([]);
  });

  it('reads the gender for the letters from the patronymic', () => {
    expect(['Петрович', 'Сергеевна', 'Ильинична', 'Мамед оглы', ''].map(genderFromPatronymic)).toEqual(['m', 'f', 'f', 'm', null]);
  });
});
