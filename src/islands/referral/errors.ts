// Every error names its question and says how to fix it (the GOV.UK rule): the
// question's own message for the code (`error.<errorKey>.<code>`) first; else a
// message made from the question's name (`error.named.<code>` with
// `name.<errorKey>`); the generic `error.<code>` is a last resort that
// tests/unit/error-messages.test.ts keeps any question from reaching.
import type { ErrorCode } from '../../schemas/codes';
import type { ReferralKey, Translator } from '../messages';
import type { FieldDef } from './declaration';

export function errorMessage(
  tr: Translator<ReferralKey>,
  field: FieldDef | undefined,
  code: ErrorCode,
  max: number | '',
): string {
  const key = field?.errorKey;
  const own = key ? tr.maybe(`error.${key}.${code}`) : undefined;
  if (own) return own;
  const name = key ? tr.maybe(`name.${key}`) : undefined;
  const named = tr.maybe(`error.named.${code}`);
  if (name && named) return tr.t(`error.named.${code}` as ReferralKey, { name, max });
  return tr.t(`error.${code}` as ReferralKey, { max });
}
