// The directory's entries as the pages use them: each one's facts and its slug.
// Apart from services.ts, which tests and the browser read without Astro's content layer.
import { getCollection } from 'astro:content';

export const loadServices = async () =>
  (await getCollection('services')).map((e) => ({ ...e.data, slug: e.id }));
