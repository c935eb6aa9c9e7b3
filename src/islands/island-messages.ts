// Build time only: every key of a namespace, resolved by i18next for one locale,
// ready to hand to an island as a prop.
import { translations } from '../i18n/i18n';
import { resources, type Namespace } from '../i18n/resources';
import type { Locale } from '../i18n/locales';

export function islandMessages<N extends Namespace>(
  locale: Locale,
  ns: N,
): Record<keyof (typeof resources)['en'][N], string> {
  const t = translations(locale, ns) as (key: string) => string;
  const keys = Object.keys(resources.en[ns]);
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<
    keyof (typeof resources)['en'][N],
    string
  >;
}
