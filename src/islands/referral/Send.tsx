// Sending: one idempotency key per set of answers, kept in memory, reused for
// every retry and for "try again"; a new key only when an answer changes. The
// button cannot send twice, and if sending fails the answers stay on screen.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { FieldError, ReferralPayload } from '../../schemas';
import type { SupabaseConfig } from '../../lib/supabase-config';
import { submit } from '../../lib/submit/client';
import {
  FailedMessage,
  isSending,
  Progress,
  type SendState,
  type StatusTexts,
} from '../fields/SubmitStatus';
import { useForm } from './form';
import { service } from '../../lib/service';

export type SendOutcome =
  { kind: 'sent'; reference: string } | { kind: 'invalid'; errors: FieldError[] };

/** Faster than any person can read and answer every step: treated like the honeypot. */
const MIN_FILL_MS = 3000;

interface Props {
  api: SupabaseConfig | null;
  payload: (key?: string) => ReferralPayload;
  /** Owned by the form, so it outlives this screen when the person goes back to change an answer. */
  keyRef: RefObject<{ id: string; answers: string } | null>;
  /** When the person pressed Start. */
  startedAtRef: RefObject<number>;
  /** Whether the form has a question for an error path; anything else cannot be fixed by the person. */
  knows: (path: string) => boolean;
  onDone: (outcome: SendOutcome) => void;
}

export function Send({ api, payload, keyRef, startedAtRef, knows, onDone }: Props) {
  const f = useForm();
  const [status, setStatus] = useState<SendState>(null);
  const busy = useRef(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const send = async () => {
    if (busy.current) return;
    busy.current = true;
    const answers = JSON.stringify(payload());
    if (keyRef.current?.answers !== answers) keyRef.current = { id: crypto.randomUUID(), answers };
    const body = payload(keyRef.current.id);
    if (Date.now() - startedAtRef.current < MIN_FILL_MS) body.website ??= 'filled-too-fast';
    abort.current = new AbortController();
    setStatus('sending');
    try {
      const result = api
        ? await submit({
            api,
            fn: 'submit_referral',
            payload: body,
            onStatus: setStatus,
            signal: abort.current.signal,
          })
        : ({ ok: false, reason: 'unavailable' } as const);
      if (result.ok) return onDone({ kind: 'sent', reference: result.reference });
      if (result.reason === 'invalid' && result.issues.some((issue) => knows(issue.path))) {
        setStatus(null);
        return onDone({
          kind: 'invalid',
          errors: result.issues.filter((issue) => knows(issue.path)),
        });
      }
      setStatus('failed');
    } catch {
      // Aborted: the page is being left (quick exit) and nothing is shown.
    } finally {
      busy.current = false;
    }
  };

  const sending = isSending(status);
  const texts: StatusTexts = {
    sending: f.t('status.sending'),
    retrying: f.t('status.retrying'),
    offline: f.t('status.offline'),
    failedTitle: f.t('status.failed.title'),
    failedText: f.t('status.failed.text', { phone: service.phone }),
  };
  return (
    <>
      <FailedMessage state={status} texts={texts}>
        <p>
          <strong>{f.t('status.failed.danger')}</strong>
        </p>
      </FailedMessage>
      <p>{f.t('check.declaration')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={send}
          disabled={sending}
          aria-disabled={sending}
        >
          {sending
            ? f.t('check.sending')
            : status === 'failed'
              ? f.t('status.failed.retry')
              : f.t('check.send')}
        </button>
      </div>
      <Progress state={status} texts={texts} />
    </>
  );
}
