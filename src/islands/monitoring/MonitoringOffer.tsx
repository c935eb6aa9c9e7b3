// Where a confirmation screen offers equality monitoring. Its questions, words and
// code are fetched only once something has been sent, so no form page carries
// them; if they cannot be fetched the offer is simply not made, because the
// confirmation is complete without it. A child of 5-10 answering for themselves is
// never asked.
import { useEffect, useState, type ComponentType } from 'react';
import { langParam, type Locale } from '../../i18n/locales';
import type { SupabaseConfig } from '../../lib/supabase-config';
import type { MonitoringPayload } from '../../schemas/monitoring';
import type { Messages, MonitoringKey } from '../messages';
import type { Props as FormProps } from './MonitoringForm';

export interface Props {
  context: MonitoringPayload['context'];
  respondent: MonitoringPayload['respondent'];
  band: MonitoringPayload['age_band'];
  language: Locale;
  api: SupabaseConfig | null;
}
type Loaded = { Form: ComponentType<FormProps>; words: Messages<MonitoringKey> };

const wordsUrl = (language: Locale) => {
  const lang = langParam(language);
  return `${lang ? `/${lang}` : ''}/monitoring-words.json`;
};

function load(language: Locale): Promise<Loaded> {
  return Promise.all([
    import('./MonitoringForm'),
    fetch(wordsUrl(language), { credentials: 'omit' }).then((response) => {
      if (!response.ok) throw new Error(`words: ${response.status}`);
      return response.json() as Promise<Messages<MonitoringKey>>;
    }),
  ]).then(([module, words]) => ({ Form: module.default, words }));
}

export const asked = (respondent: Props['respondent'], band: Props['band']) =>
  !(respondent === 'young_person' && band === '5-10');

export function MonitoringOffer(props: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const offered = asked(props.respondent, props.band);
  useEffect(() => {
    if (!offered) return;
    let current = true;
    load(props.language).then(
      (result) => current && setLoaded(result),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [offered, props.language]);
  if (!offered || !loaded) return null;
  return <loaded.Form {...props} messages={loaded.words} />;
}
