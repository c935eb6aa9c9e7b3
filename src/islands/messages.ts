// Islands receive their words already looked up by i18next at build time (the
// page passes them in), so no translation library ships to the browser. Only the
// `{{name}}` placeholders are filled in here.
import type referralEn from '../i18n/locales/en/referral.json';

export type ReferralKey = keyof typeof referralEn;
export type Messages<K extends string> = Record<K, string>;

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
