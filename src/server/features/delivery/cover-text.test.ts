import { describe, expect, it } from 'vitest';
import { coverText, type CoverSources } from './cover-text';

const base: CoverSources = {
  kind: 'registration-notice',
  kindTitle: 'Уведомление о регистрации обращения',
  fileName: 'Уведомление о регистрации № 12 от 20.11.2026 (Иванов).docx',
  appeal: { number: '12', registrationDate: '2026-11-20' },
  recipient: { kind: 'person', surname: 'Иванов', firstName: 'Иван', patronymic: 'Петрович', gender: null },
  organisation: { fullName: 'Администрация Ханты-Мансийского района', postalAddress: 'ул. Гагарина, д. 214, г. Ханты-Мансийск, 628002', phones: [{ number: '8 (3467) 35-28-73' }], email: 'office@hmrn.ru', site: 'http://hmrn.ru' },
  plainEmail: 'reply-with-legal-channels',
};

describe('the covering text of a document sent by e-mail (ANS-7)', () => {
  it('greets the author, says what is sent on which appeal, names the legal channels (547-FZ) and signs with the organisation\'s details', () => {
    const { subject, text } = coverText(base);
    expect(subject).toBe('Обращение № 12 от 20.11.2026: уведомление о регистрации обращения');
    expect(text).toBe(
      [
        'Уважаемый Иван Петрович!',
        'Администрация Ханты-Мансийского района направляет Вам уведомление о регистрации Вашего обращения № 12 от 20.11.2026. Документ приложен к настоящему письму (файл «Уведомление о регистрации № 12 от 20.11.2026 (Иванов).docx»).',
        'Обращаем внимание: ответ на это письмо по электронной почте не является обращением в форме электронного документа (статья 4 Федерального закона от 02.05.2006 № 59-ФЗ в редакции Федерального закона от 28.12.2024 № 547-ФЗ). Направить обращение можно через Единый портал государственных и муниципальных услуг (функций) или официальный сайт http://hmrn.ru, а также почтой по адресу: ул. Гагарина, д. 214, г. Ханты-Мансийск, 628002.',
        'Письмо сформировано автоматически.',
        'С уважением,\nАдминистрация Ханты-Мансийского района\nул. Гагарина, д. 214, г. Ханты-Мансийск, 628002\nтел. 8 (3467) 35-28-73\noffice@hmrn.ru\nhttp://hmrn.ru',
      ].join('\n\n') + '\n',
    );
  });

  it('does not explain the channels where a plain e-mail is considered as an appeal, and leaves out missing details', () => {
    const { text } = coverText({ ...base, plainEmail: 'consider-as-appeal', organisation: { ...base.organisation, phones: [], site: '' } });
    expect(text).not.toContain('547-ФЗ');
    expect(text).toContain('С уважением,\nАдминистрация Ханты-Мансийского района\nул. Гагарина, д. 214, г. Ханты-Мансийск, 628002\noffice@hmrn.ru\n');
  });

  it('addresses an organisation as «Уважаемый заявитель!», and a body without a salutation or the citizen\'s channels', () => {
    expect(coverText({ ...base, recipient: { kind: 'organisation', surname: null, firstName: null, patronymic: null, gender: null } }).text).toMatch(/^Уважаемый заявитель!\n\n/);
    const toBody = coverText({ ...base, kind: 'redirect-cover-letter', kindTitle: 'Сопроводительное письмо о направлении обращения по компетенции', recipient: null });
    expect(toBody.text).toMatch(/^Администрация Ханты-Мансийского района направляет сопроводительное письмо о направлении по компетенции обращения № 12 от 20.11.2026\./);
    expect(toBody.text).not.toContain('547-ФЗ');
    const unknownKind = coverText({ ...base, kind: 'some-letter', kindTitle: 'Письмо о чём-то', recipient: null });
    expect(unknownKind.text).toMatch(/направляет письмо о чём-то по обращению № 12 от 20\.11\.2026\./);
    expect(unknownKind.subject).toBe('Обращение № 12 от 20.11.2026: письмо о чём-то');
  });
});
