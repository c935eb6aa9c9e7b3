// One JSON file per locale and namespace. English is the source of the key types;
// tests/unit/locales.test.ts fails when another locale misses a key or adds one.
import enCommon from './locales/en/common.json';
import enContent from './locales/en/content.json';
import enReferral from './locales/en/referral.json';
import enFeedback from './locales/en/feedback.json';
import enForms from './locales/en/forms.json';
import enAdultFeedback from './locales/en/adult-feedback.json';
import enPanel from './locales/en/panel.json';
import enMonitoring from './locales/en/monitoring.json';
import enDirectory from './locales/en/directory.json';
import plCommon from './locales/pl/common.json';
import plContent from './locales/pl/content.json';
import plReferral from './locales/pl/referral.json';
import plFeedback from './locales/pl/feedback.json';
import plForms from './locales/pl/forms.json';
import plAdultFeedback from './locales/pl/adult-feedback.json';
import plPanel from './locales/pl/panel.json';
import plMonitoring from './locales/pl/monitoring.json';
import plDirectory from './locales/pl/directory.json';
import urCommon from './locales/ur/common.json';
import urContent from './locales/ur/content.json';
import urReferral from './locales/ur/referral.json';
import urFeedback from './locales/ur/feedback.json';
import urForms from './locales/ur/forms.json';
import urAdultFeedback from './locales/ur/adult-feedback.json';
import urPanel from './locales/ur/panel.json';
import urMonitoring from './locales/ur/monitoring.json';
import urDirectory from './locales/ur/directory.json';

export const resources = {
  en: {
    common: enCommon,
    content: enContent,
    referral: enReferral,
    feedback: enFeedback,
    forms: enForms,
    'adult-feedback': enAdultFeedback,
    panel: enPanel,
    monitoring: enMonitoring,
    directory: enDirectory,
  },
  pl: {
    common: plCommon,
    content: plContent,
    referral: plReferral,
    feedback: plFeedback,
    forms: plForms,
    'adult-feedback': plAdultFeedback,
    panel: plPanel,
    monitoring: plMonitoring,
    directory: plDirectory,
  },
  ur: {
    common: urCommon,
    content: urContent,
    referral: urReferral,
    feedback: urFeedback,
    forms: urForms,
    'adult-feedback': urAdultFeedback,
    panel: urPanel,
    monitoring: urMonitoring,
    directory: urDirectory,
  },
} as const;

type English = (typeof resources)['en'];
export type Namespace = keyof English;
/** Plural forms share one key: i18next picks `_one`, `_few`, `_other`… itself. */
type Base<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
export type Key<N extends Namespace> = Base<keyof English[N] & string>;
