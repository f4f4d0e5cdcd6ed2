import { describe, expect, it } from 'vitest';
import { suggestSpecialCases, type SuggestionCode, type SuggestionInput } from './suggestions';
import { normaliseWord, tokenise } from './lexicon-match';

const citizen = { kind: 'person' as const, surname: 'Иванов', postalAddress: '628002, г. Ханты-Мансийск, ул. Гагарина, д. 10', email: '', role: 'author' };

/** A complete, ordinary appeal; each case overrides what it is about. */
function appeal(o: Partial<SuggestionInput> = {}): SuggestionInput {
  return {
    form: 'written',
    channel: 'post',
    annotation: 'О ремонте дороги',
    text: '',
    authors: [citizen],
    questions: [{ totkCode: '0002.0007.0074.0320', totkName: 'Проезд льготных категорий граждан', annotation: '' }],
    earlierAnswers: [],
    publishedAnswers: [],
    today: '2026-11-20',
    ...o,
  };
}

const codes = (o: Partial<SuggestionInput>) => suggestSpecialCases(appeal(o)).map((s) => s.code);
const one = (code: SuggestionCode, o: Partial<SuggestionInput>) => suggestSpecialCases(appeal(o)).find((s) => s.code === code);

describe('word normalisation', () => {
  it('reads ё as е, lower case, Latin look-alikes inside a Cyrillic word as Cyrillic', () => {
    expect(normaliseWord('Ребёнок')).toBe('ребенок');
    expect(normaliseWord('xуй')).toBe('хуй'); // Latin x
    expect(normaliseWord('court')).toBe('court'); // a Latin word stays Latin
    expect(tokenise('Решение суда. Дети!').map((t) => [t.norm, t.sentence])).toEqual([['решение', 0], ['суда', 0], ['дети', 1]]);
  });
});

// Each rule: texts that must raise it (word forms) and texts that must not (false friends).
const table: { code: SuggestionCode; yes: string[]; no: string[] }[] = [
  {
    code: 'court-decision',
    yes: [
      'Не согласен с решением суда.',
      'Прошу отменить решение районного суда',
      'Решением Ханты-Мансийского районного суда от 01.02.2026 мне отказано',
      'исполнить вступившее в силу судебное решение',
      'на основании судебного решения',
      'Апелляционное определение я получил',
      'кассационную жалобу оставили без движения',
      'подал в суд',
      'обратился к мировому судье, решение мирового судьи не исполнено',
      'вынесен приговор',
      'Постановлением суда установлено',
      'в судах ничего не добиться',
    ],
    no: ['Купили посуду, посуда разбилась', 'ловили судака', 'Судьба моего дома решается', 'рассуждение о благоустройстве', 'прошу рассудить соседей', 'судебный пристав не отвечает', 'судно стоит у причала'],
  },
  {
    code: 'obscene',
    yes: [
      'какой-то хуй из администрации',
      'вам всем похуй на людей',
      'это пиздец, а не дорога',
      'опять спиздили деньги',
      'заебали своими отписками',
      'ебаный бардак',
      'этот долбоеб опять',
      'блядь, сколько можно',
      'бляди в администрации',
      'Начальник — сука',
      'суки продажные',
      'Вы идиоты',
      'дебилы из ЖКХ',
      'глава — урод',
      'мразь и ублюдок',
      'твари',
      'xуйня какая-то', // Latin x
    ],
    no: [
      'мой ребёнок ходит в школу',
      'ребенка не берут в детский сад',
      'небо затянуто дымом, хлеба нет',
      'прошу выделить средства себе и тебе',
      'учебник по истории',
      'пальто из сукна, сукно дорогое',
      'упал сук дерева',
      'атеросклеротическая бляшка, бляха ремня',
      'сосед психует и шумит',
      'стало хуже, чем было',
      'худой забор',
      'мудрый руководитель',
      'уродился хороший урожай',
      'всякой потребности',
      'хлебать суп',
      'гребок весла',
    ],
  },
  {
    code: 'threat',
    yes: ['Я вас убью', 'хочу убить главу', 'взорву администрацию', 'сожгу ваш дом', 'Пожалеете об этом', 'ты пожалеешь', 'будет расправа', 'я с вами расправлюсь', 'мало не покажется', 'голову оторву'],
    no: ['Произошло убийство', 'в доме взорвался газ', 'прошу сжечь мусор на полигоне', 'расправить флаг', 'убираю снег', 'пожалуйста, помогите', 'жалею, что обратился'],
  },
  {
    code: 'migration',
    yes: ['В квартире живут мигранты', 'трудовые мигранты без документов', 'иностранные граждане работают на стройке', 'иностранных граждан', 'незаконное пребывание иностранцев', 'нелегалы на рынке', 'патент на работу не оформлен', 'миграционная служба бездействует', 'в миграционный пункт', 'лица без гражданства', 'резиновая квартира'],
    no: ['гражданин Иванов', 'иностранный язык в школе', 'законное пребывание в санатории', 'патентное бюро', 'работа на заводе'],
  },
  {
    code: 'urgent-child',
    yes: [
      'нарушены права ребёнка',
      'защиты прав несовершеннолетних',
      'Отчим избивает ребенка',
      'соседи бьют детей',
      'жестокое обращение с детьми',
      'дети остались без попечения родителей',
      'несовершеннолетний оставлен без присмотра',
      'моего сына травят в школе: травля продолжается, травлю не пресекают. Сын подвергается травле',
      'лишение родительских прав матери ребенка',
    ],
    no: ['прошу предоставить место ребенку в детском саду', 'дети ходят в школу', 'детская площадка сломана', 'права на землю не оформлены', 'имею право на льготу для детей', 'Ребёнок. Побои у соседа'],
  },
  {
    code: 'urgent-emergency',
    yes: ['в доме пожар', 'после пожара', 'угроза наводнения', 'паводок затопил огороды', 'весенний паводок', 'обрушение крыши', 'крыша обрушилась', 'авария на теплотрассе', 'после аварии', 'чрезвычайная ситуация в поселке', 'чрезвычайной ситуации', 'угроза жизни жильцов', 'чувствуется запах газа', 'порыв трубы', 'нет отопления'],
    no: ['признать дом аварийным', 'аварийное жилье', 'пожарная часть далеко', 'отопление работает', 'чрезвычайно рад'],
  },
];

describe.each(table)('rule $code', ({ code, yes, no }) => {
  it.each(yes)('suggests on «%s»', (text) => {
    const s = one(code, { text });
    expect(s, text).toBeDefined();
    expect(s!.reason).toMatch(/найдено: „/);
  });
  it.each(no)('stays silent on «%s»', (text) => {
    expect(codes({ text })).not.toContain(code);
  });
});

describe('reasons quote the words as written, and where they were found', () => {
  it('court decision', () => {
    const s = one('court-decision', { text: 'Не согласен с решением суда и Решением районного суда.' })!;
    expect(s).toMatchObject({ case: 'SPC-2', legalGround: '59-ФЗ ст. 11 ч. 2', title: 'Упоминается судебное решение' });
    expect(s.reason).toBe('В тексте обращения найдено: „решением суда“, „Решением районного суда“.');
  });
  it('in the annotation and in a question’s annotation', () => {
    const s = one('court-decision', { annotation: 'Жалоба на приговор', questions: [{ totkCode: '0001', annotation: 'Обжалование судебного решения' }] })!;
    expect(s.reason).toBe('В аннотации найдено: „приговор“, „судебного решения“.');
  });
  it('obscene and threat are two suggestions of SPC-3', () => {
    const list = suggestSpecialCases(appeal({ text: 'Вы все уроды, я вас убью' }));
    expect(list.filter((s) => s.case === 'SPC-3').map((s) => [s.code, s.reason, s.legalGround])).toEqual([
      ['obscene', 'В тексте обращения найдено: „уроды“.', '59-ФЗ ст. 11 ч. 3'],
      ['threat', 'В тексте обращения найдено: „убью“.', '59-ФЗ ст. 11 ч. 3'],
    ]);
  });
  it('child: both the child and the harm are quoted', () => {
    expect(one('urgent-child', { text: 'Отчим избивает ребёнка.' })!.reason).toBe('В тексте обращения найдено: „избивает“, „ребёнка“.');
  });
  it('an ordinary appeal has no suggestions', () => {
    expect(suggestSpecialCases(appeal({ text: 'Прошу отремонтировать дорогу к дому, в распутицу не проехать.' }))).toEqual([]);
  });
});

describe('anonymous (SPC-1, 59-FZ art. 11 ч. 1)', () => {
  const cases: { name: string; o: Partial<SuggestionInput>; reason: string | null }[] = [
    { name: 'complete written appeal', o: {}, reason: null },
    { name: 'no author', o: { authors: [] }, reason: 'Автор не указан.' },
    { name: 'no surname', o: { authors: [{ ...citizen, surname: ' ' }] }, reason: 'Не указана фамилия автора.' },
    { name: 'written without postal address', o: { authors: [{ ...citizen, postalAddress: '', email: 'a@b.ru' }] }, reason: 'Не указан почтовый адрес для ответа.' },
    { name: 'electronic with e-mail only', o: { form: 'electronic', channel: 'internet-reception', authors: [{ ...citizen, postalAddress: '', email: 'a@b.ru' }] }, reason: null },
    { name: 'electronic with nothing', o: { form: 'electronic', channel: 'internet-reception', authors: [{ ...citizen, postalAddress: '' }] }, reason: 'Не указаны ни адрес электронной почты, ни почтовый адрес для ответа.' },
    { name: 'ЕПГУ answers in the personal account', o: { form: 'electronic', channel: 'epgu', authors: [{ ...citizen, postalAddress: '' }] }, reason: null },
    { name: 'no surname and no address', o: { authors: [{ ...citizen, surname: null, postalAddress: '' }] }, reason: 'Не указана фамилия автора; не указан почтовый адрес для ответа.' },
    { name: 'a representative is not the author', o: { authors: [{ ...citizen, role: 'representative' }] }, reason: 'Автор не указан.' },
    { name: 'an organisation has no surname', o: { authors: [{ ...citizen, kind: 'organisation', surname: null }] }, reason: null },
  ];
  it.each(cases)('$name', ({ o, reason }) => {
    const s = one('anonymous', o);
    if (reason === null) expect(s).toBeUndefined();
    else expect(s).toMatchObject({ case: 'SPC-1', reason, legalGround: '59-ФЗ ст. 11 ч. 1; ст. 7 ч. 1, 3' });
  });
});

describe('repeated question (SPC-5, 59-FZ art. 11 ч. 5)', () => {
  const code = '0002.0007.0074.0320';
  const twice = { totkCode: code, appeals: [{ number: '5', registrationDate: '2026-02-01' }, { number: '17', registrationDate: '2026-05-12' }] };
  it('twice answered on the merits → suggested with the earlier appeals', () => {
    expect(one('repeated', { earlierAnswers: [twice] })).toMatchObject({
      case: 'SPC-5',
      legalGround: '59-ФЗ ст. 11 ч. 5',
      reason: `По вопросу «Проезд льготных категорий граждан» (ТОТК ${code}) автору уже 2 раза дан ответ по существу: обращения № 5 от 01.02.2026, № 17 от 12.05.2026.`,
    });
  });
  it('five times', () => {
    const many = { totkCode: code, appeals: Array.from({ length: 5 }, (_, i) => ({ number: String(i + 1), registrationDate: '2026-01-10' })) };
    expect(one('repeated', { earlierAnswers: [many] })!.reason).toContain('уже 5 раз дан ответ');
  });
  it('once is not enough; another question does not count', () => {
    expect(codes({ earlierAnswers: [{ totkCode: code, appeals: twice.appeals.slice(0, 1) }] })).not.toContain('repeated');
    expect(codes({ earlierAnswers: [{ ...twice, totkCode: '0002.0007.0071.0284' }] })).not.toContain('repeated');
  });
});

describe('terminated correspondence (SPC-5, 59-FZ art. 11 ч. 5; DUKI 5.15)', () => {
  const code = '0002.0007.0074.0320';
  const row = { totkCode: code, decidedOn: '2026-11-20', decidedBy: 'Кузнецов Алексей Николаевич', appealNumber: '45' };
  it('a question in the author’s registry of terminated correspondence → suggested with the decision', () => {
    expect(one('correspondence-terminated', { terminatedCorrespondence: [row] })).toMatchObject({
      case: 'SPC-5',
      legalGround: '59-ФЗ ст. 11 ч. 5; DUKI 5.15',
      reason: `Переписка по вопросу «Проезд льготных категорий граждан» (ТОТК ${code}) прекращена решением от 20.11.2026 по обращению № 45 (принял Кузнецов Алексей Николаевич).`,
    });
    expect(one('correspondence-terminated', { terminatedCorrespondence: [row] })!.hint).toContain('переписка возобновляется');
  });
  it('another question, or no registry given: nothing', () => {
    expect(codes({ terminatedCorrespondence: [{ ...row, totkCode: '0002.0007.0071.0284' }] })).not.toContain('correspondence-terminated');
    expect(codes({})).not.toContain('correspondence-terminated');
  });
});

describe('published answer (SPC-11, 59-FZ art. 11 ч. 5.1)', () => {
  const url = 'https://admhmr.ru/otvety/12';
  it('a question answered on the site gets its address', () => {
    expect(one('published-answer', { publishedAnswers: [{ totkCode: '0002.0007.0074.0320', url }] })).toMatchObject({ case: 'SPC-11', url, legalGround: '59-ФЗ ст. 11 ч. 5.1; ст. 10 ч. 4' });
    expect(codes({ publishedAnswers: [{ totkCode: '0002.0007.0071.0284', url }] })).not.toContain('published-answer');
  });
  it('then a court-decision complaint is not returned, and the reason says so', () => {
    expect(one('court-decision', { text: 'решение суда', publishedAnswers: [{ totkCode: '0002.0007.0074.0320', url }] })!.reason).toContain('не возвращается (59-ФЗ ст. 11 ч. 5.1)');
  });
});

describe('heating cut off is an emergency in the heating season only (time is an input)', () => {
  it.each([
    ['2026-01-15', true],
    ['2026-11-20', true],
    ['2026-07-10', false],
  ])('on %s → %s', (today, expected) => {
    expect(codes({ text: 'в доме нет отопления', today }).includes('urgent-emergency')).toBe(expected);
  });
});
