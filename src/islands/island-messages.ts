// Build time only: every key of an island's namespace and of `forms`, resolved by
// i18next for one locale, ready to hand to the island as a prop. Kept apart from
// messages.ts so that i18next never reaches the browser.
import { translations } from '../i18n/i18n';
import { resources } from '../i18n/resources';
import type { Locale } from '../i18n/locales';
import type {
  AdultFeedbackKey,
  FeedbackKey,
  Messages,
  MonitoringKey,
  PanelKey,
  ReferralKey,
  StartKey,
} from './messages';

type IslandKeys = {
  referral: ReferralKey;
  feedback: FeedbackKey;
  'adult-feedback': AdultFeedbackKey;
  panel: PanelKey;
  monitoring: MonitoringKey;
};

function resolved(locale: Locale, ns: keyof typeof resources.en): Record<string, string> {
  const t = translations(locale, ns) as (key: string) => string;
  return Object.fromEntries(Object.keys(resources.en[ns]).map((key) => [key, t(key)]));
}

export function islandMessages<N extends keyof IslandKeys>(
  locale: Locale,
  ns: N,
): Messages<IslandKeys[N]> {
  return { ...resolved(locale, 'forms'), ...resolved(locale, ns) } as Messages<IslandKeys[N]>;
}

/** Only the words of a referral's first screen: the rest come with the journey. */
export function referralStartMessages(locale: Locale): Messages<StartKey> {
  const all = islandMessages(locale, 'referral') as Record<string, string>;
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => key.startsWith('start.')),
  ) as Messages<StartKey>;
}
