// What every survey does between its questions and the database, written once for
// the young people's survey and the grown-ups': which screen is showing (each
// with its own history entry, so the browser's Back keeps the answers), the
// answers in memory only (quick exit wipes them), a feedback link's token read
// once from the address, sending exactly once, focus on each new heading, the
// page title, and the one error a survey can have.
import { useEffect, useRef, useState } from 'react';
import { QUICK_EXIT_EVENT } from '../../components/quick-exit/events';
import type { SubmitFunction, SupabaseConfig } from '../../lib/supabase-config';
import { isSending } from '../fields/SubmitStatus';
import { useHydrated } from '../fields/hydrated';
import { useStepHistory } from '../fields/history';
import { usePageBack } from '../fields/page-back';
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
  // "Answer at least one question" belongs to the first screen, where the first
  // question is: it is shown there, and any other screen starts clean.
  const [error, setError] = useState(0);
  const [done, setDone] = useState(false);
  const ready = useHydrated();
  const token = useRef<string | undefined>(undefined);
  const [honeypot, setHoneypot] = useState('');
  const submission = useSubmission(api, fn);
  const heading = useRef<HTMLHeadingElement>(null);
  const leaving = useRef(false);
  const moved = useRef(false);
  const history = useStepHistory<number>(
    (next) => {
      moved.current = true;
      setError(0);
      setScreen(next);
    },
    -1,
    () => leaving.current || done,
  );

  useEffect(() => {
    token.current = tokenFromFragment();
    const wipe = () => {
      leaving.current = true;
      token.current = undefined;
      setAnswers({ comment: '' } as A);
      setScreen(-1);
      setDone(false);
    };
    window.addEventListener(QUICK_EXIT_EVENT, wipe);
    return () => window.removeEventListener(QUICK_EXIT_EVENT, wipe);
  }, []);
  // A new screen: focus on its heading (the first screen's too, when Back leads
  // there), unless the error summary takes it.
  useEffect(() => {
    if (moved.current && !error && !leaving.current) heading.current?.focus();
  }, [screen, done, error]);

  // Radios hold text; the satisfaction scale is a number in the contract.
  const given = Object.fromEntries(
    Object.entries(answers)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, k === 'satisfaction' ? Number(v) : (v as string)]),
  );
  const send = async () => {
    if (isSending(submission.status)) return;
    if (Object.keys(given).length === 0) {
      if (screen !== 0) history.go(0);
      setError((n) => n + 1);
      return;
    }
    const result = await submission.send(given, (key) =>
      payload(
        { idempotency_key: key, token: token.current, website: honeypot || undefined },
        given,
      ),
    );
    if (result?.ok) {
      moved.current = true;
      setDone(true);
      history.finish();
    }
  };
  const go = (next: number) => history.go(next);
  // The page's Back link, once started, is the survey's Back: answers are kept.
  usePageBack(screen >= 0 && !done ? () => go(screen - 1) : null);

  return {
    ...{ screen, go, answers, setAnswers, error, done, ready },
    ...{ honeypot, setHoneypot, submission, state: submission.status, heading, send },
  };
}
