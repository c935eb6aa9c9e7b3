// What one entry of the directory must say (src/content/services/<slug>.json),
// checked when the site is built and by src/lib/services.test.ts. Strict: a
// misspelt key fails rather than silently dropping a fact.
import { z } from 'astro/zod';
import { locales } from '../i18n/locales';
import { areas, communities, needs } from './services';

/** Words in every language the portal has; English is the one that must exist. */
const localized = z.strictObject({
  en: z.string().trim().min(1),
  pl: z.string().trim().min(1).optional(),
  ur: z.string().trim().min(1).optional(),
});

/**
 * A UK number as people dial it from a UK phone: a full number starting with 0
 * (0800 1111 is Childline's), or a short one such as 116 123 or 111. Digits in
 * groups separated by single spaces; no +44, no brackets, no words.
 */
export const ukPhone = z
  .string()
  .regex(/^\d+( \d+)*$/, 'digits in groups separated by single spaces')
  .refine((text) => /^(0\d{7,10}|1\d{2,5})$/.test(text.replace(/ /g, '')), 'a UK number');

const webAddress = z.url({ protocol: /^https?$/, hostname: /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i });

/** A calendar date as YYYY-MM-DD that exists. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'a real date');

export const serviceEntry = z.strictObject({
  name: z.string().trim().min(1).max(120),
  offers: localized,
  /** Inclusive years, as the service states them; a side it does not state is left out. */
  ages: z
    .strictObject({
      min: z.int().min(0).max(99).optional(),
      max: z.int().min(0).max(99).optional(),
    })
    .refine((a) => a.min !== undefined || a.max !== undefined, 'min, max or both')
    .refine((a) => (a.min ?? 0) <= (a.max ?? 99), 'min is not above max')
    .optional(),
  areas: z.array(z.enum(areas)).min(1),
  needs: z.array(z.enum(needs)).min(1),
  communities: z.array(z.enum(communities)).default([]),
  contact: z
    .strictObject({
      phone: ukPhone.nullable().default(null),
      text: z.string().trim().min(1).nullable().default(null),
      website: webAddress.nullable().default(null),
      email: z.email().nullable().default(null),
      hours: localized.nullable().default(null),
    })
    .refine((c) => c.phone || c.text || c.website || c.email, 'at least one way to reach it'),
  cost: z.literal('free').optional(),
  /** BCP-47 codes: en, pl, ur, cy, bfi (British Sign Language)… */
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)).min(1),
  source: webAddress,
  sources: z.array(z.strictObject({ fact: z.string().trim().min(1), url: webAddress })).default([]),
  checked: isoDate,
});

export type ServiceEntry = z.output<typeof serviceEntry>;
export type Localized = z.output<typeof localized>;
export type Service = ServiceEntry & { slug: string };

/** The languages a translation may be missing in. */
export const translatedLocales = locales.filter((l) => l !== 'en');
