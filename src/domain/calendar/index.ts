export * from './days';
export * from './types';
export { buildYear, type Decree } from './build-year';
export { shippedCalendars } from './data';
export { ProductionCalendar, CalendarRangeError, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './production-calendar';
export { statutoryHolidays } from './holidays';
export { exportYearXml, parseYearXml, type ParsedYear } from './xml';
