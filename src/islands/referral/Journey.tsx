// One referral journey: a step at a time, then check your answers, then send.
// Everything typed lives in this component's memory and nowhere else: not in
// storage, not in the URL. Quick exit empties it. Loaded by ReferralForm when the
// person starts, so the questions, the schemas and zod are not downloaded by
// everyone who only reads the first screen.
import { useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from '../fields/hydrated';
import { useSubmission } from '../fields/submission';
// From the modules themselves, not the schemas' index: the index would bring the
// surveys', the panel's and equality monitoring's schemas into every journey.
import type { FieldError } from '../../schemas/codes';
import { constraintsAt } from '../../schemas/constraints';
import { referralSchemas, type ReferralPayload, type ReferralSource } from '../../schemas/referral';
import { QUICK_EXIT_EVENT } from '../../components/quick-exit/events';
import { translator, type Messages, type ReferralKey } from '../messages';
import { emptyAnswers, setAt } from './answers';
import { FormContext, type Links } from './form';
import { toPayload } from './payload';
import { fieldFor, stepsFor, targetId, type StepDef } from './journeys';
import { voices, whos } from './declaration';
import { byField, stepErrors } from './validation';
import { errorMessage } from './errors';
import { useStepHistory } from '../fields/history';
import { useScreenTitle } from '../fields/title';
import { usePageBack } from '../fields/page-back';
import { StepView } from './StepView';
import { Send, type SendOutcome } from './Send';
import { Confirmation } from './Confirmation';
import { CheckAnswers } from './CheckAnswers';
import type { SupabaseConfig } from '../../lib/supabase-config';
import type { Band } from '../../lib/routes';
import type { Locale } from '../../i18n/locales';
import { Text } from '../fields/Text';

export interface Props {
  source: ReferralSource;
  band: Band;
  language: Locale;
  messages: Messages<ReferralKey>;
  links: Links;
  api: SupabaseConfig | null;
  /** Server-rendered: how to leave quickly, shown once before the first step. */
  children?: ReactNode;
}

type Phase =
  | { kind: 'start' }
  | { kind: 'step'; index: number }
  | { kind: 'check' }
  | { kind: 'done'; reference: string; band: ReferralPayload['age_band'] };

export default function Journey({ source, band, language, messages, links, api, children }: Props) {
  const tr = useMemo(() => translator(messages), [messages]);
  const steps = useMemo(() => stepsFor(source), [source]);
  const [answers, setAnswers] = useState(emptyAnswers);
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const returnToCheck = useRef(false);
  const leaving = useRef(false);
  const submission = useSubmission(api, 'submit_referral');
  // Errors belong to the screen they are about: any other screen starts clean.
  const show = (next: Phase) => (setErrors([]), setPhase(next));
  const { go, finish } = useStepHistory<Phase>(
    show,
    { kind: 'start' },
    () => leaving.current || phase.kind === 'done',
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = useHydrated();
  // Mounted when the person pressed Start on the first screen: begin at once.
  const begin = useEffectEvent(() => (submission.start(), go({ kind: 'step', index: 0 })));
  useEffect(() => begin(), []);

  useEffect(() => {
    const wipe = () => {
      leaving.current = true;
      setAnswers(emptyAnswers());
      setErrors([]);
      setPhase({ kind: 'start' });
    };
    window.addEventListener(QUICK_EXIT_EVENT, wipe);
    return () => window.removeEventListener(QUICK_EXIT_EVENT, wipe);
  }, []);

  // A new screen: focus goes to its heading, which holds the step count, so a
  // screen reader starts there. With errors on screen the error summary takes it.
  const opened = useRef(false);
  const onNewScreen = useEffectEvent(() => {
    if (opened.current && errors.length === 0 && !leaving.current) heading.current?.focus();
    opened.current = true;
  });
  useEffect(() => onNewScreen(), [phase]);
  const stepCount = (index: number) =>
    tr.t('nav.stepCount', { current: index + 1, total: steps.length });
  useScreenTitle(
    phase.kind === 'step'
      ? [tr.t((steps[phase.index] as StepDef).title), stepCount(phase.index)]
      : phase.kind === 'check'
        ? [tr.t('check.title')]
        : phase.kind === 'done'
          ? [tr.t('done.title')]
          : null,
    errors.length > 0,
    tr.t,
  );
  // The page's Back link, once started, is the form's Back: answers are kept.
  const backTo = (index: number) => go(index < 0 ? { kind: 'start' } : { kind: 'step', index });
  usePageBack(
    phase.kind === 'step'
      ? () => backTo(phase.index - 1)
      : phase.kind === 'check'
        ? () => backTo(steps.length - 1)
        : null,
  );

  const ctx = { source, band, language };
  const payload = (key = '00000000-0000-4000-8000-000000000000') =>
    toPayload(answers, { ...ctx, key });
  const fail = (found: FieldError[], index: number | 'check') => {
    const here = phase.kind === 'step' && phase.index === index;
    if (index !== 'check' && !here) go({ kind: 'step', index });
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const next = (index: number) => {
    const found = stepErrors(payload(), steps, index);
    if (found.length) return fail(found, index);
    setErrors([]);
    const back = returnToCheck.current || index === steps.length - 1;
    go(back ? { kind: 'check' } : { kind: 'step', index: index + 1 });
  };

  const onSent = (outcome: SendOutcome) => {
    if (outcome.kind === 'sent') {
      // The age band is all that stays of the answers: monitoring asks by band.
      const sentBand = payload().age_band;
      setAnswers(emptyAnswers());
      setPhase({ kind: 'done', reference: outcome.reference, band: sentBand });
      // Back now leaves the page; quick exit leaves nothing of the form behind.
      finish();
    } else {
      const first = fieldFor(steps, outcome.errors[0]?.path ?? '')?.step ?? 0;
      returnToCheck.current = true;
      fail(
        outcome.errors.filter((e) => fieldFor(steps, e.path)?.step === first),
        first,
      );
    }
  };

  const errorMap = byField(errors, steps);
  const messagesByField = new Map(
    [...errorMap].map(([path, e]) => {
      const max = constraintsAt(referralSchemas[source], path).maxLength ?? '';
      return [path, errorMessage(tr, fieldFor(steps, path)?.field, e.code, max)];
    }),
  );
  const summary = [...messagesByField].map(([path, message]) => {
    const def = fieldFor(steps, path)?.field;
    return { target: def ? targetId(def) : path, message };
  });

  const form = {
    answers,
    errors: messagesByField,
    tr,
    source,
    band,
    links,
    voice: voices[source],
    who: whos[source],
    set: (path: string, value: unknown) => setAnswers((a) => setAt(a, path, value)),
  };

  let body;
  if (phase.kind === 'done')
    body = (
      <Confirmation
        reference={phase.reference}
        headingRef={heading}
        monitoring={{
          context: 'referral',
          respondent: source === 'young_person' ? 'young_person' : 'grown_up',
          band: phase.band,
          language,
          api,
        }}
      />
    );
  else if (phase.kind === 'check') {
    body = (
      <>
        <h1 ref={heading} tabIndex={-1}>
          <Text value={tr.t('check.title')} />
        </h1>
        <p>
          <Text value={tr.t('check.lead')} />
        </p>
        <CheckAnswers
          steps={steps}
          onChange={(index) => ((returnToCheck.current = true), go({ kind: 'step', index }))}
        />
        <Send
          submission={submission}
          payload={payload}
          knows={(path) => !!fieldFor(steps, path)}
          onDone={onSent}
        />
      </>
    );
  } else {
    body = (
      <StepView
        phase={phase}
        ready={ready}
        steps={steps}
        summary={summary}
        attempt={attempt}
        headingRef={heading}
        onStart={() => (submission.start(), go({ kind: 'step', index: 0 }))}
        stepCount={phase.kind === 'step' ? stepCount(phase.index) : ''}
        onBack={backTo}
        onNext={next}
      >
        {children}
      </StepView>
    );
  }
  return <FormContext.Provider value={form}>{body}</FormContext.Provider>;
}
