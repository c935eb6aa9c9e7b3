// The sitemap lists every page in every language; the accessibility tests walk it.
import type { APIRoute } from 'astro';
import { allPages } from '../lib/routes';

export const GET: APIRoute = ({ site }) => {
  const base = site ?? new URL('http://127.0.0.1:4321');
  const urls = allPages()
    .map((path) => `  <url><loc>${new URL(path, base).href}</loc></url>`)
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
