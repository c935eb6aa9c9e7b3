// The panel form's own checks before sending, without zod in the browser: the
// same rules as panelSchema (src/schemas/panel.ts), which the database checks
// again; its field errors come back in the same {path, code} terms.
import { email, notBlank, phoneChars, ukPhoneDigits } from '../../schemas/patterns';

export type Method = 'email' | 'phone' | 'text';
export interface PanelAnswers {
  first_name: string;
  contact_method?: Method;
  email: string;
  phone: string;
  consent: boolean;
}
export interface Problem {
  path: 'first_name' | 'contact_method' | 'email' | 'phone' | 'consent';
  code: string;
}

export function problems(a: PanelAnswers): Problem[] {
  const found: Problem[] = [];
  if (!notBlank.test(a.first_name)) found.push({ path: 'first_name', code: 'required' });
  if (!a.contact_method) found.push({ path: 'contact_method', code: 'required' });
  if (a.contact_method === 'email') {
    if (!notBlank.test(a.email)) found.push({ path: 'email', code: 'required' });
    else if (!email.test(a.email.trim())) found.push({ path: 'email', code: 'invalid_email' });
  } else if (a.contact_method) {
    const digits = a.phone.replace(/[^0-9]/g, '');
    if (!notBlank.test(a.phone)) found.push({ path: 'phone', code: 'required' });
    else if (!phoneChars.test(a.phone.trim()) || !ukPhoneDigits.test(digits))
      found.push({ path: 'phone', code: 'invalid_phone' });
  }
  if (!a.consent) found.push({ path: 'consent', code: 'required' });
  return found;
}

/** Only the detail the chosen way needs goes: an address for email, a number otherwise. */
export function detail(a: PanelAnswers): { email: string } | { phone: string } {
  return a.contact_method === 'email' ? { email: a.email.trim() } : { phone: a.phone.trim() };
}
