// What the service promises on its pages, in one place. A child reads "a
// caseworker will contact you ..." as a promise, so nothing the provider has not
// confirmed is typed into a page: pages, strings and guides say `{{contactTime}}`,
// `{{phone}}` and so on, and the build fills them in from here. Until the
// provider confirms a setting, pages show a safe wording that is true without it,
// the build warns, and /editors/settings/ lists the pages that depend on it.
// Plain data that imports nothing at run time, so Node can read it as it is (the
// measure script).
import type { Locale } from '../i18n/locales';

type Words = Readonly<Record<Locale, string>>;

/** Confirmed by the provider in writing: who confirmed it, and the day (YYYY-MM-DD). */
interface Confirmed {
  readonly confirmed: { readonly by: string; readonly on: string };
}
/** Not confirmed yet: what to ask the provider, and why the wording shown now is safe. */
interface Waiting {
  readonly waiting: { readonly ask: string; readonly shownMeanwhile: string };
}
export type Status = Confirmed | Waiting;

export const isConfirmed = (status: Status): status is Confirmed => 'confirmed' in status;

/**
 * The provider's settings. The names are the placeholders pages use. To confirm
 * one: change its value to what the provider wrote, and replace `waiting` with
 * `confirmed: { by, on }` (src/content/guides/README.md).
 */
export const providerSettings = {
  /** The service's own phone line. */
  phone: {
    /** Display form, in dialling order. */
    number: '0300 1234 148',
    href: 'tel:+443001234148',
    /**
     * While the service has no confirmed number of its own, the number shown is
     * the Victims First hub's, and every page that shows it says so: the hub is
     * the single front door to the PCC's victim services and refers on to this
     * one (seed 000, 2.11; thamesvalley-pcc.gov.uk/victims-first/victim-services-re-design/).
     * The number is publicised as the hub's: wokingham.today, "Support for sexual
     * abuse victims in the Thames Valley" (Victims First hub manager, 2020);
     * Thames Valley Police's help-line picture, reported June 2021.
     */
    answeredMeanwhile: {
      en: 'Victims First',
      pl: 'Victims First',
      ur: 'Victims First',
    } satisfies Words,
    status: {
      waiting: {
        ask: "The service's own phone number, if it has one, or confirmation that the Victims First hub answers for it.",
        shownMeanwhile:
          "The Victims First hub's published number, always named as Victims First's, never as ours.",
      },
    } as Status,
  },
  /** When the phone is answered: fits "Call us on {{phone}} ({{phoneHours}})". */
  phoneHours: {
    value: {
      en: 'during opening hours',
      pl: 'w godzinach pracy',
      ur: 'دفتری اوقات میں',
    } satisfies Words,
    status: {
      waiting: {
        ask: 'The days and times the phone is answered, and what a caller hears out of hours.',
        shownMeanwhile:
          'No days or times: no published source gives the Victims First hub’s hours, and the 9am to 5pm the pages used to show was never confirmed.',
      },
    } as Status,
  },
  /** When a caseworker first gets in touch: fits "A caseworker will contact you {{contactTime}}". */
  contactTime: {
    value: {
      en: 'as soon as we can',
      pl: 'jak najszybciej',
      ur: 'جتنی جلدی ہو سکے',
    } satisfies Words,
    status: {
      waiting: {
        ask: 'The time within which a caseworker first contacts a young person or family, if the provider will promise one.',
        shownMeanwhile:
          'No time: the Thames Valley specification says "timely" (seed 000, 5.5); the 72 hours the pages used to promise is another area\'s (seed 002, 6.3.2).',
      },
    } as Status,
  },
  /** The interpreter offer, a sentence. */
  interpreter: {
    value: {
      en: 'If you need an interpreter, tell us.',
      pl: 'Jeśli potrzebny jest tłumacz, prosimy o informację.',
      ur: 'اگر آپ کو ترجمان کی ضرورت ہو تو ہمیں بتائیں۔',
    } satisfies Words,
    status: {
      waiting: {
        ask: 'Whether the service arranges an interpreter (free, in which languages, for calls and meetings).',
        shownMeanwhile: 'An invitation to say so, with no promise of what happens next.',
      },
    } as Status,
  },
  /** That not wanting the police or court does not end support, a sentence. */
  supportContinues: {
    value: {
      en: 'You can get our help whether or not you tell the police.',
      pl: 'Z naszej pomocy można korzystać bez względu na to, czy sprawa została zgłoszona na policję.',
      ur: 'آپ ہماری مدد لے سکتے ہیں، چاہے آپ پولیس کو بتائیں یا نہ بتائیں۔',
    } satisfies Words,
    status: {
      waiting: {
        ask: 'That telling us you do not want to go to the police or to court will not stop your support.',
        shownMeanwhile:
          'What the specification requires: support whether or not a crime was reported to the police (seed 000, 4.1).',
      },
    } as Status,
  },
} as const;

export type SettingName = keyof typeof providerSettings;

/**
 * Facts other organisations publish, not the provider's to confirm. Each was
 * checked against the page named in `source`.
 */
export const published = {
  emergency: {
    number: '999',
    href: 'tel:999',
    source:
      'Thames Valley Police: "In an emergency, people should always call 999" (Maidenhead Advertiser, 2020).',
  },
  childline: {
    number: '0800 1111',
    href: 'tel:08001111',
    source:
      'NSPCC, Childline services media briefing: the UK’s free, 24-hour confidential helpline, 0800 1111; Rape Crisis England & Wales support line FAQ: call Childline free on 0800 1111; Wikipedia, Childline: for children and young people under 19.',
  },
  victimSupport: {
    number: '08 08 16 89 111',
    href: 'tel:08081689111',
    source:
      'Victim Support, victimsupport.org.uk: "Our free and confidential, 24/7 Supportline is available on 08 08 16 89 111".',
  },
  /** The hub's own number, which stays when the service confirms a number of its own. */
  victimsFirst: {
    number: '0300 1234 148',
    href: 'tel:+443001234148',
    source:
      'wokingham.today, "Support for sexual abuse victims in the Thames Valley" (Victims First hub manager, 2020): "call 0300 1234 148"; Thames Valley Police help-line picture, reported June 2021: "Victims First (0300 1234 148)".',
  },
  informationCommissioner: {
    number: '0303 123 1113',
    href: 'tel:+443031231113',
    source:
      'ico.org.uk, About the ICO, service standards: "Calls to our helpline – 0303 123 1113".',
  },
  victimServiceFinder: {
    href: 'https://www.victimandwitnessinformation.org.uk/',
    source:
      'Gwent Police, victim and witness support organisations: "Victim and witness information", a website for victims and witnesses in England and Wales. Its postcode search was not confirmed from a published page.',
  },
} as const;

/** Placeholders a page can use, each setting's value in one language. */
export function placeholderValues(locale: Locale): Record<string, string> {
  const s = providerSettings;
  return {
    phone: isConfirmed(s.phone.status)
      ? s.phone.number
      : `${s.phone.number} (${s.phone.answeredMeanwhile[locale]})`,
    phoneHref: s.phone.href,
    phoneHours: s.phoneHours.value[locale],
    contactTime: s.contactTime.value[locale],
    interpreter: s.interpreter.value[locale],
    supportContinues: s.supportContinues.value[locale],
  };
}

/** Every placeholder name, in the order the editors' page lists them. */
export const placeholderNames = Object.keys(placeholderValues('en'));

/** The setting a placeholder reads (`phoneHref` is the phone's). */
export const settingOf = (name: string): SettingName =>
  (name === 'phoneHref' ? 'phone' : name) as SettingName;

/** The settings the provider has not confirmed yet. */
export function unconfirmed(): SettingName[] {
  return (Object.keys(providerSettings) as SettingName[]).filter(
    (name) => !isConfirmed(providerSettings[name].status),
  );
}

export const placeholderPattern = /\{\{\s*(\w+)\s*\}\}/g;
const phoneWithHours = /\{\{\s*phone\s*\}\} \(\{\{\s*phoneHours\s*\}\}\)/g;

/**
 * Text with every `{{name}}` filled in for one language (`shape` adjusts each
 * value, such as keeping a number's digits in order in Urdu). An unknown name
 * fails loudly: a page must never show a raw placeholder, nor an empty gap where
 * a promise was meant to be.
 */
export function fill(
  text: string,
  locale: Locale,
  where = 'text',
  shape: (value: string) => string = (value) => value,
): string {
  const values = placeholderValues(locale);
  const phone = providerSettings.phone;
  // A number and its hours read as one bracket, "0300 1234 148 (Victims First,
  // during opening hours)", never two side by side.
  const together = isConfirmed(phone.status)
    ? `${phone.number} (${values.phoneHours})`
    : `${phone.number} (${phone.answeredMeanwhile[locale]}${locale === 'ur' ? '، ' : ', '}${values.phoneHours})`;
  return text
    .replace(phoneWithHours, () => shape(together))
    .replace(placeholderPattern, (all, name: string) => {
      const value = values[name];
      if (value === undefined)
        throw new Error(
          `${where}: unknown placeholder ${all}; the known ones are ${placeholderNames.join(', ')} (src/lib/provider-settings.ts)`,
        );
      return shape(value);
    });
}
