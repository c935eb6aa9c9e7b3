// The words of the referral journey in one language, fetched with the journey's
// code when someone starts (ReferralForm), so a form page carries only the words
// of its first screen.
import type { APIRoute, GetStaticPaths } from 'astro';
import { islandMessages } from '../../islands/island-messages';
import type { Locale } from '../../i18n/locales';
import { localePaths } from '../../lib/routes';

export const getStaticPaths: GetStaticPaths = localePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(islandMessages((props as { locale: Locale }).locale, 'referral')), {
    headers: { 'Content-Type': 'application/json' },
  });
