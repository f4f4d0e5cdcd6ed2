/** Russia's time zones (IANA ids) for the organisation's Select; deadlines are counted in this zone. */
export const russianTimeZones: { value: string; label: string }[] = [
  { value: 'Europe/Kaliningrad', label: 'UTC+2 — Калининград' },
  { value: 'Europe/Moscow', label: 'UTC+3 — Москва, Санкт-Петербург (московское время)' },
  { value: 'Europe/Volgograd', label: 'UTC+3 — Волгоград' },
  { value: 'Europe/Samara', label: 'UTC+4 — Самара, Ижевск' },
  { value: 'Europe/Astrakhan', label: 'UTC+4 — Астрахань' },
  { value: 'Europe/Saratov', label: 'UTC+4 — Саратов' },
  { value: 'Europe/Ulyanovsk', label: 'UTC+4 — Ульяновск' },
  { value: 'Asia/Yekaterinburg', label: 'UTC+5 — Екатеринбург, Тюмень, Ханты-Мансийск' },
  { value: 'Asia/Omsk', label: 'UTC+6 — Омск' },
  { value: 'Asia/Novosibirsk', label: 'UTC+7 — Новосибирск' },
  { value: 'Asia/Barnaul', label: 'UTC+7 — Барнаул' },
  { value: 'Asia/Tomsk', label: 'UTC+7 — Томск' },
  { value: 'Asia/Novokuznetsk', label: 'UTC+7 — Кемерово, Новокузнецк' },
  { value: 'Asia/Krasnoyarsk', label: 'UTC+7 — Красноярск' },
  { value: 'Asia/Irkutsk', label: 'UTC+8 — Иркутск, Улан-Удэ' },
  { value: 'Asia/Chita', label: 'UTC+9 — Чита' },
  { value: 'Asia/Yakutsk', label: 'UTC+9 — Якутск, Благовещенск' },
  { value: 'Asia/Vladivostok', label: 'UTC+10 — Владивосток, Хабаровск' },
  { value: 'Asia/Magadan', label: 'UTC+11 — Магадан' },
  { value: 'Asia/Sakhalin', label: 'UTC+11 — Южно-Сахалинск' },
  { value: 'Asia/Srednekolymsk', label: 'UTC+11 — Среднеколымск' },
  { value: 'Asia/Kamchatka', label: 'UTC+12 — Петропавловск-Камчатский' },
  { value: 'Asia/Anadyr', label: 'UTC+12 — Анадырь' },
];

/** The list, plus the current zone if it is not a Russian one (it must stay visible and selectable). */
export function timeZoneOptions(current: string) {
  return russianTimeZones.some((z) => z.value === current) || !current ? russianTimeZones : [...russianTimeZones, { value: current, label: current }];
}
