// Whether a service fits what someone chose in the directory. Shared by the page
// script and the build (guides, editors' page), so both read the lists the same way.

/** What the directory knows of a service, as its card carries it. */
export interface Facts {
  areas: readonly string[];
  needs: readonly string[];
  min?: number | undefined;
  max?: number | undefined;
}

/** An empty area or need, or a null age, means "any". */
export interface Choice {
  area: string;
  need: string;
  age: number | null;
}

/** A council area is served by its own services, Thames Valley-wide ones and national ones. */
export function servesArea(areas: readonly string[], area: string): boolean {
  return areas.some((a) => a === area || a === 'thames-valley' || a === 'national');
}

/** An age the service does not state on one side is not held against it. */
export function fitsAge(facts: Pick<Facts, 'min' | 'max'>, age: number): boolean {
  return (
    (facts.min === undefined || age >= facts.min) && (facts.max === undefined || age <= facts.max)
  );
}

export function matches(facts: Facts, choice: Choice): boolean {
  return (
    (!choice.area || servesArea(facts.areas, choice.area)) &&
    (!choice.need || facts.needs.includes(choice.need)) &&
    (choice.age === null || fitsAge(facts, choice.age))
  );
}

/** Nearest first: services for that very area, then all of Thames Valley, then national ones. */
export function nearness(areas: readonly string[], area: string): number {
  return area && areas.includes(area) ? 0 : areas.includes('thames-valley') ? 1 : 2;
}
