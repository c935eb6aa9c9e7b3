// i18next set up once per language at build time. Keys are flat (`area.element`),
// so key and namespace separators are switched off; Astro and React escape output
// themselves, so i18next must not escape it a second time. The provider's
// settings fill their placeholders (`{{contactTime}}`) in every string; a
// placeholder that is neither a setting nor one of the few a page fills itself
// fails the build rather than reach a reader.
import i18next, { type i18n } from 'i18next';
import { resources, type Namespace, type Key } from './resources';
import { localeInfo, locales, type Locale } from './locales';
import { isolateNumbers } from './bidi';
import { placeholderValues } from '../lib/provider-settings';

/**
 * Placeholders filled where the words are used, not at build time: plural
 * counts, step numbers and the islands' error messages (src/islands/messages.ts).
 */
export const runtimeVariables = [
  'count',
  'current',
  'total',
  'min',
  'max',
  'name',
  'title',
] as const;
const runtime = new Set<string>(runtimeVariables);

function unknownPlaceholder(text: string, match: RegExpExecArray): string {
  const name = match[1]?.trim() ?? '';
  if (runtime.has(name)) return match[0];
  throw new Error(`unknown placeholder ${match[0]} in "${text}" (src/lib/provider-settings.ts)`);
}

const instances = new Map<Locale, i18n>();

function instance(locale: Locale): i18n {
  let inst = instances.get(locale);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      resources,
      lng: locale,
      supportedLngs: [...locales],
      fallbackLng: 'en',
      initAsync: false,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false, defaultVariables: placeholderValues(locale) },
      missingInterpolationHandler: unknownPlaceholder,
      returnNull: false,
    });
    instances.set(locale, inst);
  }
  return inst;
}

export type TFunction<N extends Namespace> = (
  key: Key<N>,
  options?: Record<string, unknown>,
) => string;

export function translations<N extends Namespace>(locale: Locale, ns: N): TFunction<N> {
  // Keys are checked by our own Key type; i18next's own key typing is for its
  // global resources declaration, which per-build instances do not use.
  const t = instance(locale).getFixedT(locale, ns) as unknown as (
    key: string,
    options: Record<string, unknown>,
  ) => string;
  if (localeInfo[locale].dir === 'rtl')
    return (key, options) => isolateNumbers(t(key, options ?? {}));
  return (key, options) => t(key, options ?? {});
}

/**
 * A count sentence for each plural form of the language, as data attributes
 * (`data-one`, `data-other`…) for a page's script to choose from by the count it
 * fills in: `{{count}}` stays.
 */
export function pluralData(locale: Locale, ns: Namespace, key: string) {
  const words = resources[locale][ns] as Record<string, string>;
  return Object.fromEntries(
    new Intl.PluralRules(locale)
      .resolvedOptions()
      .pluralCategories.map((c) => [`data-${c}`, words[`${key}_${c}`]]),
  );
}
