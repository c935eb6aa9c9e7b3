// One submission from an island, the same for every form. It owns what makes a
// submission land exactly once or say clearly that it did not: one idempotency
// key per set of answers, kept in memory and reused for every retry and every
// "try again"; one send at a time; the robot checks; the retries and the status
// the person sees; and, on quick exit, forgetting the key and stopping anything
// on its way.
import { useCallback, useEffect, useRef, useState } from 'react';
import { QUICK_EXIT_EVENT } from '../../components/quick-exit/events';
import { submit, type SubmitResult } from '../../lib/submit/client';
import type { SubmitFunction, SupabaseConfig } from '../../lib/supabase-config';
import type { SendState } from './SubmitStatus';

/** Faster than anyone can read and answer the questions: treated like the honeypot. */
const MIN_FILL_MS = 3000;

type Payload = { idempotency_key: string; website?: string };

export function useSubmission(api: SupabaseConfig | null, fn: SubmitFunction) {
  const [status, setStatus] = useState<SendState>(null);
  const key = useRef<{ id: string; answers: string } | null>(null);
  const startedAt = useRef(0);
  const busy = useRef(false);
  const abort = useRef<AbortController | null>(null);

  // Stable, so a screen can stop a send when it goes away (effect clean-up).
  const stop = useCallback(() => abort.current?.abort(), []);

  useEffect(() => {
    const wipe = () => {
      abort.current?.abort();
      key.current = null;
      startedAt.current = 0;
      setStatus(null);
    };
    window.addEventListener(QUICK_EXIT_EVENT, wipe);
    return () => {
      window.removeEventListener(QUICK_EXIT_EVENT, wipe);
      abort.current?.abort();
    };
  }, []);

  return {
    status,
    stop,
    /** The person pressed Start: the robot check's clock starts once. */
    start: () => {
      startedAt.current ||= Date.now();
    },
    /** Back to no status, when the answer is something the person can fix on screen. */
    reset: () => setStatus(null),
    /**
     * Sends what `build` makes for these answers. Resolves to the result, or to
     * null when another send is already on its way or the page is being left.
     */
    async send(answers: unknown, build: (key: string) => Payload): Promise<SubmitResult | null> {
      if (busy.current) return null;
      busy.current = true;
      try {
        const typed = JSON.stringify(answers);
        if (key.current?.answers !== typed)
          key.current = { id: crypto.randomUUID(), answers: typed };
        const body = build(key.current.id);
        // A robot gets a decoy reference from the server and nothing is stored.
        if (Date.now() - startedAt.current < MIN_FILL_MS) body.website ||= 'filled-too-fast';
        abort.current = new AbortController();
        const signal = abort.current.signal;
        setStatus('sending');
        const result = api
          ? await submit({ api, fn, payload: body, onStatus: setStatus, signal }).catch(() => null)
          : ({ ok: false, reason: 'unavailable' } as const);
        if (!result || signal.aborted) return null;
        if (result.ok) key.current = null;
        setStatus(result.ok ? null : 'failed');
        return result;
      } finally {
        busy.current = false;
      }
    },
  };
}

export type Submission = ReturnType<typeof useSubmission>;
