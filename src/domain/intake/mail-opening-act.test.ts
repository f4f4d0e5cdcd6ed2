import { describe, expect, it } from 'vitest';
import { copiesDistribution, copiesPhrase, discrepancyKinds, discrepancyTexts, formatDiscrepancies, mailOpeningRefusal, originalsReminder } from './mail-opening-act';

describe('the mail-opening act (INT-4)', () => {
  it('numbers the findings, one a line, each ending with a full stop', () => {
    expect(formatDiscrepancies([
      { kind: 'missing-pages', description: ' отсутствует   лист 3 ' },
      { kind: 'valuables', description: 'денежная купюра 100 руб.' },
      { kind: 'originals', description: 'паспорт!' },
    ])).toBe('1. Отсутствуют листы обращения (приложения к нему): отсутствует лист 3.\n2. Обнаружены денежные средства, материальные ценности, иные предметы: денежная купюра 100 руб.\n3. Обнаружены оригиналы (подлинники) документов: паспорт!');
  });

  it('says the number of copies with the agreeing word', () => {
    expect([1, 2, 3, 5, 12].map(copiesPhrase)).toEqual(['1 (одном) экземпляре', '2 (двух) экземплярах', '3 (трёх) экземплярах', '5 (пяти) экземплярах', '12 экземплярах']);
  });

  it('says where the copies go, as each procedure has it', () => {
    // HMR 2.6
    expect(copiesDistribution(2, 'send')).toBe('Один экземпляр приобщается к обращению, второй направляется автору обращения (заявителю).');
    // DUKI 2.3
    expect(copiesDistribution(3, 'send')).toBe('Один экземпляр остаётся у сотрудника, вскрывшего почтовое отправление, второй приобщается к обращению, третий направляется автору обращения (заявителю).');
    // KHV 3.2.4
    expect(copiesDistribution(2, 'none')).toBe('Один экземпляр остаётся у сотрудника, вскрывшего почтовое отправление, второй приобщается к обращению.');
    expect(copiesDistribution(2, 'no-address')).toBe('Один экземпляр приобщается к обращению, второй подлежит направлению автору обращения (заявителю), но адрес для направления в обращении не указан.');
    expect(copiesDistribution(1, 'none')).toBe('Экземпляр акта приобщается к обращению.');
    expect(copiesDistribution(8, 'send')).toBe('Один экземпляр приобщается к обращению, один направляется автору обращения (заявителю), остальные (6) остаются у сотрудника, вскрывшего почтовое отправление.');
  });

  it('is drawn up only for paper mail', () => {
    expect(mailOpeningRefusal({ form: 'written', channel: 'post' })).toBeNull();
    expect(mailOpeningRefusal({ form: 'written', channel: 'in-person' })).toBeNull();
    expect(mailOpeningRefusal({ form: 'written', channel: 'forwarded' })).toBeNull();
    expect(mailOpeningRefusal({ form: 'electronic', channel: 'internet-reception' })).toMatch(/^Акт о вскрытии почтового отправления составляется только по письменному обращению/);
    expect(mailOpeningRefusal({ form: 'written', channel: 'fax' })).toMatch(/поступившему почтой, нарочно/);
    expect(mailOpeningRefusal({ form: 'oral', channel: 'personal-reception' })).not.toBeNull();
  });

  it('reminds what to do with originals by the profile\'s handling (INT-6)', () => {
    expect(originalsReminder('return-within-deadline', 'HMR 2.6', '25.11.2026')).toBe('Обнаружены подлинники документов: снимите с них копии и верните подлинники автору не позднее 25.11.2026 (HMR 2.6).');
    expect(originalsReminder('return-with-answer', 'KCSON 2.8.9', null)).toMatch(/вместе с ответом заказным почтовым отправлением \(KCSON 2\.8\.9\)\.$/);
    expect(originalsReminder('keep-unless-requested', 'DUKI 6.3', null)).toMatch(/хранятся в деле, пока автор не попросит их вернуть \(DUKI 6\.3\)\.$/);
  });

  it('has a text for every kind', () => {
    for (const kind of discrepancyKinds) {
      expect(discrepancyTexts[kind].label.length).toBeGreaterThan(5);
      expect(discrepancyTexts[kind].act).toMatch(/^(Отсутству|Обнаружен)/);
    }
  });
});
