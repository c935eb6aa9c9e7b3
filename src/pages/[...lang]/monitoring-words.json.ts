// The words of equality monitoring in one language, fetched with its code when a
// referral or survey has been sent (MonitoringOffer), so no form page carries them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { islandMessages } from '../../islands/island-messages';
import type { Locale } from '../../i18n/locales';
import { localePaths } from '../../lib/routes';

export const getStaticPaths: GetStaticPaths = localePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(islandMessages((props as { locale: Locale }).locale, 'monitoring')), {
    headers: { 'Content-Type': 'application/json' },
  });
