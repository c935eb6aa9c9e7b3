// What the editors' page of the directory (/editors/services/) reports: entries
// whose facts are due a fresh check, words still to translate, and needs a county
// has no service for. Pure functions of the entries, so tests hold them exactly.
import { coversCounty, needs, serviceCounties, type County, type Need } from './services';
import { translatedLocales, type Service } from './service-entry';

/** How long facts about a service may go unchecked. */
export const STALE_MONTHS = 6;

/** The last day facts checked on `checked` count as current: six calendar months on. */
export function dueDate(checked: string, months = STALE_MONTHS): string {
  const [y, m, d] = checked.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y, m - 1 + months, 1));
  // The same day of the month, or the month's last day when it has no such day.
  const last = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(d, last));
  return due.toISOString().slice(0, 10);
}

/** Entries checked more than six months before `today` (YYYY-MM-DD), oldest first. */
export function staleServices(services: readonly Service[], today: string): Service[] {
  return services
    .filter((s) => dueDate(s.checked) < today)
    .sort((a, b) => a.checked.localeCompare(b.checked) || a.slug.localeCompare(b.slug));
}

/** For each entry still missing words, which: `pl: offers`, `ur: hours`… */
export function missingTranslations(
  services: readonly Service[],
): { service: Service; missing: string[] }[] {
  return services
    .map((service) => ({
      service,
      missing: translatedLocales.flatMap((locale) => [
        ...(service.offers[locale] ? [] : [`${locale}: offers`]),
        ...(service.contact.hours && !service.contact.hours[locale] ? [`${locale}: hours`] : []),
      ]),
    }))
    .filter((row) => row.missing.length > 0);
}

export interface Cell {
  need: Need;
  county: County;
  /** Services a young person in that county can use, national ones included. */
  all: number;
  /** Of those, the ones working in Thames Valley or the county itself. */
  local: number;
}

/** Need by county: how many services reach it, and how many are local. */
export function coverage(services: readonly Service[]): Cell[] {
  return needs.flatMap((need) =>
    serviceCounties.map((county) => {
      const meeting = services.filter((s) => s.needs.includes(need));
      return {
        need,
        county,
        all: meeting.filter((s) => coversCounty(s.areas, county)).length,
        local: meeting.filter((s) => coversCounty(s.areas, county, { countNational: false }))
          .length,
      };
    }),
  );
}

/** Needs no service on the list meets at all. */
export const unmetNeeds = (services: readonly Service[]): Need[] =>
  needs.filter((need) => !services.some((s) => s.needs.includes(need)));
