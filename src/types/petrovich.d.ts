/** petrovich 0.2.1 ships no types; only what domain/documents/inflect.ts uses is declared. */
declare module 'petrovich' {
  type Gender = 'male' | 'female' | 'androgynous';
  type NameType = 'first' | 'middle' | 'last';
  type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type Inflector = Record<GrammaticalCase, (name: string) => string>;
  type Petrovich = {
    (person: { gender?: Gender; first?: string; middle?: string; last?: string }, gcase: GrammaticalCase): { gender: Gender; first?: string; middle?: string; last?: string };
    detect_gender: (middle: string) => Gender;
  } & Record<Gender, Record<NameType, Inflector>>;
  const petrovich: Petrovich;
  export default petrovich;
}
