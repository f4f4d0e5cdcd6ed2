import type { Profile } from '../../../domain/profiles/types';
import type { ExternalBodyKind } from './schemas';

export type StarterBody = { name: string; kind: ExternalBodyKind; postalAddress: string; note: string };

/** Said in the note wherever the address could not be checked against an official source: never invented. */
export const ADDRESS_PENDING = 'Адрес уточняется.';

const known = (name: string, kind: ExternalBodyKind, postalAddress: string, note = ''): StarterBody => ({ name, kind, postalAddress, note });
const pending = (name: string, kind: ExternalBodyKind, note = ''): StarterBody => ({ name, kind, postalAddress: '', note: note ? `${ADDRESS_PENDING} ${note}` : ADDRESS_PENDING });

// 59-FZ art. 8 ч. 3.1: possible migration-law violations go within 5 days to the territorial МВД body and the head of the region.
const MIGRATION_NOTE =
  'Обращения, содержащие информацию о фактах возможных нарушений законодательства Российской Федерации в сфере миграции, направляются в течение 5 дней со дня регистрации (ч. 3.1 ст. 8 Федерального закона № 59-ФЗ).';

/** The federal bodies that most often forward appeals to the organisation or receive redirects from it. */
const federal: StarterBody[] = [
  // HMR 10.4: monthly results to the President's Administration (ССТУ.РФ); its appeals directorate forwards appeals
  known('Администрация Президента Российской Федерации', 'federal', 'ул. Ильинка, д. 23, г. Москва, 103132', 'Обращения направляет Управление Президента Российской Федерации по работе с обращениями граждан и организаций.'),
  known('Правительство Российской Федерации', 'federal', 'Краснопресненская наб., д. 2, г. Москва, 103274'),
  known('Государственная Дума Федерального Собрания Российской Федерации', 'federal', 'ул. Охотный Ряд, д. 1, г. Москва, 103265'),
  known('Совет Федерации Федерального Собрания Российской Федерации', 'federal', 'ул. Большая Дмитровка, д. 26, г. Москва, 103426'),
  known('Генеральная прокуратура Российской Федерации', 'prosecutor', 'ул. Большая Дмитровка, д. 15а, ГСП-3, г. Москва, 125993'),
  known('Министерство внутренних дел Российской Федерации', 'police', 'ул. Житная, д. 16, г. Москва, 119049'),
  known('Следственный комитет Российской Федерации', 'federal', 'Технический пер., д. 2, г. Москва, 105005'),
  // KHV 3.3.2 names the Министерство здравоохранения и социального развития РФ, abolished in 2012.
  known('Министерство труда и социальной защиты Российской Федерации', 'federal', 'ул. Ильинка, д. 21, ГСП-4, г. Москва, 127994', 'По вопросам труда и социальной защиты — правопреемник Министерства здравоохранения и социального развития Российской Федерации.'),
  known('Уполномоченный по правам человека в Российской Федерации', 'federal', 'ул. Мясницкая, д. 47, г. Москва, 101000'),
];

const hmaoGovernment = 'ул. Мира, д. 5, г. Ханты-Мансийск, Ханты-Мансийский автономный округ – Югра, 628006';
const khvGovernment = 'ул. Карла Маркса, д. 56, г. Хабаровск, 680000';

/** A region is recognised by the organisation's own names and address (no profile-code switch). */
const regions: { title: string; matches: RegExp; bodies: StarterBody[] }[] = [
  {
    title: 'Ханты-Мансийский автономный округ – Югра',
    matches: /Ханты-Мансийск|Югр[аыеу]/,
    bodies: [
      known('Аппарат полномочного представителя Президента Российской Федерации в Уральском федеральном округе', 'federal', 'Октябрьская пл., д. 3, г. Екатеринбург, 620031'),
      // HMR, KCSON: the Порядок of appeals to the Governor (постановление Губернатора от 24.08.2012 № 130); HMR 10.5: the Governor's office
      known('Губернатор Ханты-Мансийского автономного округа – Югры', 'regional', hmaoGovernment),
      known('Правительство Ханты-Мансийского автономного округа – Югры', 'regional', hmaoGovernment),
      known('Аппарат Губернатора Ханты-Мансийского автономного округа – Югры', 'regional', hmaoGovernment),
      pending('Дума Ханты-Мансийского автономного округа – Югры', 'regional'),
      pending('Прокуратура Ханты-Мансийского автономного округа – Югры', 'prosecutor'),
      pending('Управление Министерства внутренних дел Российской Федерации по Ханты-Мансийскому автономному округу – Югре', 'police'),
      pending('Управление по вопросам миграции УМВД России по Ханты-Мансийскому автономному округу – Югре', 'migration', MIGRATION_NOTE),
      pending('Суд Ханты-Мансийского автономного округа – Югры', 'court'),
    ],
  },
  {
    title: 'Хабаровский край',
    matches: /Хабаровск/,
    bodies: [
      // KHV 3.3.2, DUKI 3.4: «аппарат полномочного представителя Президента РФ по Дальневосточному федеральному округу»
      pending('Аппарат полномочного представителя Президента Российской Федерации в Дальневосточном федеральном округе', 'federal'),
      // DUKI 7.2: the Governor's instructions are under special control; KHV 3.3.2, DUKI 3.4, 6.4: the Government of the krai
      known('Губернатор Хабаровского края', 'regional', khvGovernment),
      known('Правительство Хабаровского края', 'regional', khvGovernment),
      // KHV 3.3.2
      pending('Законодательная Дума Хабаровского края', 'regional'),
      pending('Прокуратура Хабаровского края', 'prosecutor'),
      pending('Управление Министерства внутренних дел Российской Федерации по Хабаровскому краю', 'police'),
      pending('Управление по вопросам миграции УМВД России по Хабаровскому краю', 'migration', MIGRATION_NOTE),
      pending('Хабаровский краевой суд', 'court'),
    ],
  },
];

/** Municipal organisations also get their neighbours: the bodies of the same district. */
const localities: { matches: RegExp; bodies: StarterBody[] }[] = [
  {
    matches: /Ханты-Мансийского района/,
    bodies: [
      pending('Дума Ханты-Мансийского района', 'municipal'), // HMR 1.4
      pending('Ханты-Мансийский районный суд Ханты-Мансийского автономного округа – Югры', 'court'),
      pending('Ханты-Мансийская межрайонная прокуратура', 'prosecutor'),
      pending('Межмуниципальный отдел Министерства внутренних дел Российской Федерации «Ханты-Мансийский»', 'police'),
    ],
  },
  {
    matches: /Солнечн(ый|ого) (муниципальн(ый|ого) )?район/,
    bodies: [
      pending('Администрация Солнечного муниципального района Хабаровского края', 'municipal'), // DUKI 1.8: Солнечный район
      pending('Солнечный районный суд Хабаровского края', 'court'),
      pending('Прокуратура Солнечного района Хабаровского края', 'prosecutor'),
      pending('Отдел Министерства внутренних дел Российской Федерации по Солнечному району', 'police'),
    ],
  },
];

/** ADM-3: the starter directory for an organisation — federal bodies, its region's bodies, its neighbours. */
export function starterExternalBodies(profile: Pick<Profile, 'organisation'>): { region: string | null; bodies: StarterBody[] } {
  const org = profile.organisation;
  const text = `${org.fullName} ${org.shortName} ${org.postalAddress}`;
  const region = regions.find((r) => r.matches.test(text));
  const local = localities.filter((l) => l.matches.test(text)).flatMap((l) => l.bodies);
  return { region: region?.title ?? null, bodies: [...federal, ...(region?.bodies ?? []), ...local] };
}
