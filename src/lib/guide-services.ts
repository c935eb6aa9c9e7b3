// Which services a guide points to, under "Support near you": the needs its topic
// raises, and any services it should name first (Report Remove and CEOP on
// online safety, the sexual assault referral centre on sexual abuse). Kept here,
// not in the guides' Markdown, so writers and the directory can change apart.
// A topic not listed whose name is a need (say `bullying`) gets that need's
// services; any other topic shows no such section.
import { fitsAudience, byNearness } from './directory';
import type { GuideAudience } from './guides';
import { needs, type Need } from './services';
import type { Service } from './service-entry';

interface Link {
  needs: Need[];
  /** Slugs of services to name first, when the directory has them. */
  first?: string[];
}

export const guideLinks: Record<string, Link> = {
  'not-your-fault': { needs: ['crime-support', 'mental-health'] },
  'your-rights': { needs: ['crime-support'], first: ['victims-first'] },
  'police-and-court': { needs: ['crime-support'], first: ['victims-first'] },
  'restorative-justice': { needs: ['crime-support'] },
  'online-safety': { needs: ['online-harm'], first: ['report-remove', 'ceop-safety-centre'] },
  'relationship-abuse': {
    needs: ['domestic-abuse', 'sexual-abuse'],
    first: ['thames-valley-solace-sarc'],
  },
  'supporting-your-child': { needs: ['parents', 'mental-health'] },
  'before-you-refer': { needs: ['crime-support', 'mental-health'] },
  'sexual-abuse': { needs: ['sexual-abuse'], first: ['thames-valley-solace-sarc'] },
  'sexual-assault': { needs: ['sexual-abuse'], first: ['thames-valley-solace-sarc'] },
  'domestic-abuse': { needs: ['domestic-abuse'] },
  exploitation: { needs: ['exploitation'] },
  'county-lines': { needs: ['exploitation'] },
  'hate-crime': { needs: ['hate-crime'] },
  bullying: { needs: ['bullying'] },
  feelings: { needs: ['mental-health', 'crisis'] },
  'mental-health': { needs: ['mental-health', 'crisis'] },
  grief: { needs: ['bereavement'] },
  bereavement: { needs: ['bereavement'] },
};

/** The needs a guide topic raises, for topics listed above and topics named after a need. */
export function linkFor(topic: string): Link | undefined {
  return (
    guideLinks[topic] ??
    ((needs as readonly string[]).includes(topic) ? { needs: [topic as Need] } : undefined)
  );
}

/**
 * The few services to name on a guide: the ones it names first, then those
 * meeting its needs, nearest first, for the reader's ages. Parents and
 * professionals see services for any age of child.
 */
export function servicesForGuide(
  topic: string,
  audience: GuideAudience,
  services: readonly Service[],
  limit = 4,
): Service[] {
  const link = linkFor(topic);
  if (!link) return [];
  const fits = services.filter((s) => fitsAudience(s, audience));
  const named = (link.first ?? [])
    .map((slug) => fits.find((s) => s.slug === slug))
    .filter((s): s is Service => s !== undefined);
  const rest = fits
    .filter((s) => !named.includes(s) && s.needs.some((n) => link.needs.includes(n)))
    .sort(byNearness);
  return [...named, ...rest].slice(0, limit);
}
