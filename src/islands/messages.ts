// The words of every island. Islands receive them already looked up by i18next
// at build time (island-messages.ts, which the page calls), so no translation
// library ships to the browser; only `{{name}}` placeholders are filled in here.
// Words every form says the same way (buttons, the error summary, sending) are
// written once, in the `forms` namespace, and reach each island with its own.
import type formsEn from '../i18n/locales/en/forms.json';
import type referralEn from '../i18n/locales/en/referral.json';
import type feedbackEn from '../i18n/locales/en/feedback.json';
import type adultFeedbackEn from '../i18n/locales/en/adult-feedback.json';
import type panelEn from '../i18n/locales/en/panel.json';
import type monitoringEn from '../i18n/locales/en/monitoring.json';

export type FormKey = keyof typeof formsEn;
export type ReferralKey = keyof typeof referralEn | FormKey;
export type FeedbackKey = keyof typeof feedbackEn | FormKey;
export type AdultFeedbackKey = keyof typeof adultFeedbackEn | FormKey;
export type PanelKey = keyof typeof panelEn | FormKey;
export type MonitoringKey = keyof typeof monitoringEn | FormKey;
/** Said by each form in its own words: a survey and a referral fail differently. */
export type StatusKey = FormKey | 'status.offline' | 'status.failed.title' | 'status.failed.text';
export type Messages<K extends string> = Record<K, string>;
/** The words of a referral's first screen, all that its page carries (ReferralForm). */
export type StartKey = Extract<ReferralKey, `start.${string}`>;

export function translator<K extends string>(messages: Messages<K>) {
  const t = (key: K, vars?: Record<string, string | number>): string => {
    const text = messages[key] ?? key;
    return vars
      ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''))
      : text;
  };
  /** A key that may not exist (a per-field error message): undefined when missing. */
  const maybe = (key: string): string | undefined => (messages as Record<string, string>)[key];
  return { t, maybe };
}

export type Translator<K extends string> = ReturnType<typeof translator<K>>;
