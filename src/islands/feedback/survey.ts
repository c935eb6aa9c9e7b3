// What every survey does between its questions and the database, written once for
// the young people's survey and the grown-ups': which screen is showing, the
// answers in memory only (quick exit wipes them), a feedback link's token read
// once from the address, sending exactly once, and focus on each new heading.
import { useEffect, useRef, useState } from 'react';
import { QUICK_EXIT_EVENT } from '../../components/quick-exit/events';
import type { SubmitFunction, SupabaseConfig } from '../../lib/supabase-config';
import { isSending } from '../fields/SubmitStatus';
import { useHydrated } from '../fields/hydrated';
import { useSubmission } from '../fields/submission';
import { tokenFromFragment } from './token';

type Held = Record<string, string | undefined> & { comment: string };
/** What the payload builder gets besides the answers. */
export interface Envelope {
  idempotency_key: string;
  token?: string;
  website?: string;
}

export function useSurvey<A extends Held, P extends Envelope>(
  api: SupabaseConfig | null,
  fn: SubmitFunction,
  payload: (envelope: Envelope, given: Record<string, string | number>) => P,
) {
  const [screen, setScreen] = useState(-1);
  const [answers, setAnswers] = useState<A>({ comment: '' } as A);
  const [error, setError] = useState(0);
  const [done, setDone] = useState(false);
  const ready = useHydrated();
  const token = useRef<string | undefined>(undefined);
  const [honeypot, setHoneypot] = useState('');
  const submission = useSubmission(api, fn);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    token.current = tokenFromFragment();
    const wipe = () => {
      token.current = undefined;
      setAnswers({ comment: '' } as A);
      setScreen(-1);
      setDone(false);
    };
    window.addEventListener(QUICK_EXIT_EVENT, wipe);
    return () => window.removeEventListener(QUICK_EXIT_EVENT, wipe);
  }, []);
  useEffect(() => {
    if (screen >= 0 && !error) heading.current?.focus();
  }, [screen, done, error]);

  // Radios hold text; the satisfaction scale is a number in the contract.
  const given = Object.fromEntries(
    Object.entries(answers)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, k === 'satisfaction' ? Number(v) : (v as string)]),
  );
  const send = async () => {
    if (isSending(submission.status)) return;
    if (Object.keys(given).length === 0) return setError((n) => n + 1);
    const result = await submission.send(given, (key) =>
      payload(
        { idempotency_key: key, token: token.current, website: honeypot || undefined },
        given,
      ),
    );
    if (result?.ok) setDone(true);
  };

  return {
    ...{ screen, setScreen, answers, setAnswers, error, setError, done, ready },
    ...{ honeypot, setHoneypot, submission, state: submission.status, heading, send },
  };
}
