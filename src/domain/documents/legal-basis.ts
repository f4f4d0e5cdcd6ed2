/**
 * {основание}: the legal basis of a letter in the instrumental case, for «в соответствии с …»
 * (HMR прил. 3: «в соответствии с Федеральным законом от 02.05.2006 № 59-ФЗ …, Порядком …,
 * утвержденным распоряжением администрации … от … № …»). Built from the profile's procedure links;
 * a procedure whose approving act is not named, or is repealed, is cited by its title only or left out.
 */
export const law59Instrumental = 'Федеральным законом от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»';

const documentHeads: [RegExp, string][] = [
  [/^Порядок\s/, 'Порядком '],
  [/^Административный регламент\s/, 'Административным регламентом '],
  [/^Положение\s/, 'Положением '],
];

const approvingActs: [RegExp, string][] = [
  [/^Распоряжение\s/, 'распоряжением '],
  [/^Постановление\s/, 'постановлением '],
  [/^Приказ\s/, 'приказом '],
  [/^Решение\s/, 'решением '],
];

export function legalBasisInstrumental(procedureLinks: readonly { title: string; reference: string }[]): string {
  for (const link of procedureLinks) {
    if (/утратил[аио]? силу/i.test(link.reference)) continue;
    const head = documentHeads.find(([re]) => re.test(link.title));
    if (!head) continue;
    const title = link.title.replace(head[0], head[1]);
    const act = approvingActs.find(([re]) => re.test(link.reference));
    const approved = act ? `, утверждённым ${link.reference.replace(act[0], act[1])}` : '';
    return `${law59Instrumental}, ${title}${approved}`;
  }
  return law59Instrumental;
}
