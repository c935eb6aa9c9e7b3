// The guides: what young people, parents and professionals need to know, one
// Markdown file per page, language and audience (src/content/guides/README.md).
// Placeholders for the provider's settings are filled in the title and the
// description here, and in the body as it is rendered (src/content/placeholders/).
// The services: one JSON file per service in the directory
// (src/content/services/README.md), its file name the entry's slug.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { guideAudiences } from './lib/guides';
import { locales } from './i18n/locales';
import { fill } from './lib/provider-settings';
import { serviceEntry } from './lib/service-entry';

const guides = defineCollection({
  loader: glob({ pattern: '*/*/*.md', base: './src/content/guides' }),
  schema: z
    .object({
      title: z.string().min(1).max(80),
      description: z.string().min(1).max(200),
      audience: z.enum(guideAudiences),
      topic: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
      locale: z.enum(locales),
      order: z.number().int().min(1),
      /** English: when its facts were last checked; a translation: when it was last checked against the English. */
      checked: z.coerce.date(),
      /** Every statement of law or procedure on the page, and what it was checked against. */
      sources: z
        .array(z.object({ claim: z.string().min(1), source: z.string().min(1) }))
        .default([]),
    })
    .transform((data) => {
      const where = `${data.locale}/${data.audience}/${data.topic}.md`;
      return {
        ...data,
        title: fill(data.title, data.locale, where),
        description: fill(data.description, data.locale, where),
      };
    }),
});

const services = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/services' }),
  schema: serviceEntry,
});

export const collections = { guides, services };
