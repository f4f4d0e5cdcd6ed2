import { describe, expect, it } from 'vitest';
import { REMOVED_MARK, depersonalise, describeFindings, findPersonalData } from './depersonalise';

const ivanov = { surname: 'Иванов', firstName: 'Иван', patronymic: 'Петрович', gender: 'm' as const, postalAddress: '628002, г. Ханты-Мансийск, ул. Гагарина, д. 214, кв. 5', email: 'ivanov@example.ru', phone: '+7 (912) 345-67-89' };
const petrova = { surname: 'Петрова', firstName: 'Мира', patronymic: 'Сергеевна', gender: null, postalAddress: 'с. Луговской, ул. Мира, д. 3', email: '', phone: '' };

describe('findPersonalData (59-ФЗ ст. 6 ч. 2; SEC-5)', () => {
  it.each([
    ['Иванов', 'Заявитель Иванов обратился'],
    ['Иванова', 'обращение гражданина Иванова'],
    ['Иванову', 'Иванову И. П. разъяснено'],
    ['Ивановым', 'представленное Ивановым заявление'],
    ['Иванове', 'об Иванове'],
    ['ИВАНОВУ', 'ИВАНОВУ ИВАНУ ПЕТРОВИЧУ'],
    ['Петровичу', 'Ивану Петровичу сообщаем'],
    ['Петровича', 'по просьбе Ивана Петровича'],
  ])('finds the surname or the patronymic in any case form: %s', (form, text) => {
    const found = findPersonalData(text, [ivanov]);
    expect(found.some((f) => f.kind === 'name' && f.text.includes(form))).toBe(true);
  });

  it('finds the female surname in its forms whatever the gender recorded', () => {
    for (const text of ['гражданке Петровой', 'от Петровой М. С.', 'Петрову Миру Сергеевну', 'Мире Сергеевне']) {
      expect(findPersonalData(text, [petrova]).length, text).toBeGreaterThan(0);
    }
  });

  it('does not take other words for the name', () => {
    for (const text of ['Ивановский район', 'дорога в Ивановку', 'ремонт по ул. Мира', 'Петровский сквер', 'иван-чай']) {
      expect(findPersonalData(text, [ivanov, { ...petrova, postalAddress: '' }]), text).toEqual([]);
    }
  });

  it('finds the address: the street with the house and the flat, the postcode, the whole line', () => {
    const text = 'По адресу: ул. Гагарина, д. 214, кв. 5 проведено обследование. Индекс 628002.';
    const found = findPersonalData(text, [ivanov]);
    expect(found.map((f) => f.kind)).toEqual(['address', 'address']);
    expect(found[0]!.text).toBe('ул. Гагарина, д. 214, кв. 5');
    expect(findPersonalData('дом Гагарина 214', [ivanov]).length).toBe(1);
    expect(findPersonalData('ремонт ул. Гагарина от д. 1 до д. 20', [ivanov])).toEqual([]);
  });

  it('finds the e-mail and the phone (by digits), not other numbers', () => {
    expect(findPersonalData('пишите на IVANOV@example.ru', [ivanov]).map((f) => f.kind)).toEqual(['email']);
    expect(findPersonalData('тел. 8 912 345 67 89', [ivanov]).map((f) => f.kind)).toEqual(['phone']);
    expect(findPersonalData('решение от 01.10.2026 по делу № 2-123/2026, сумма 1 500 000 рублей; тел. администрации 8 (3467) 35-28-00', [ivanov])).toEqual([]);
  });

  it('finds the registration number of the author’s appeal, with its date, not other numbers', () => {
    const withNumbers = { ...ivanov, appealNumbers: ['123', 'П-45/2026'] };
    expect(findPersonalData('на Ваше обращение № 123 от 01.02.2026 сообщаем', [withNumbers]).map((f) => [f.kind, f.text])).toEqual([['appeal-number', '№ 123 от 01.02.2026']]);
    expect(findPersonalData('по обращению №П-45/2026', [withNumbers]).map((f) => f.kind)).toEqual(['appeal-number']);
    expect(findPersonalData('по делу № 1234, приказ № 12', [withNumbers])).toEqual([]);
    expect(depersonalise('Ваше обращение № 123 от 01.02.2026 рассмотрено.', [withNumbers]).text).toBe(`Ваше обращение ${REMOVED_MARK} рассмотрено.`);
  });

  it('describes what was found', () => {
    expect(describeFindings(findPersonalData('Иванову И. П.', [ivanov]))).toBe('фамилия, имя, отчество автора: «Иванову И. П.»');
  });
});

describe('depersonalise (SPC-11)', () => {
  it('removes the salutation, the name, the address, e-mail and phones; keeps the substance', () => {
    const body = [
      'Уважаемый Иван Петрович!',
      'Ваше обращение о ремонте дороги по ул. Гагарина, д. 214, кв. 5 рассмотрено. Иванову И.П. сообщаем, что ремонт включён в план на 2027 год.',
      'Контакты заявителя: ivanov@example.ru, +7 (912) 345-67-89. Справки: priem@admhmao.ru, 8 (3467) 35-28-00.',
    ].join('\n');
    const { text, removed } = depersonalise(body, [ivanov]);
    expect(text).not.toMatch(/Уважаем|Иван|Иванов|Гагарина, д\. 214|кв\. 5|ivanov@|345-67-89|priem@|35-28-00/);
    expect(text).toContain('ремонт включён в план на 2027 год');
    expect(text).toContain(REMOVED_MARK);
    expect(removed.map((r) => r.kind)).toEqual(['salutation', 'address', 'name', 'email', 'phone', 'email', 'phone']);
    expect(findPersonalData(text, [ivanov])).toEqual([]);
  });

  it('leaves a text without personal data as it is', () => {
    const body = 'Работы по ремонту дороги по ул. Мира включены в план на 2027 год.';
    expect(depersonalise(body, [ivanov, petrova])).toEqual({ text: body, removed: [] });
  });
});
