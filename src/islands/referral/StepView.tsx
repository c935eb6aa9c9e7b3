// The start screen and each step: step count, error summary, the questions,
// Continue and Back. Back keeps every answer.
import type { ReactNode, RefObject } from 'react';
import { ErrorSummary, type SummaryItem } from '../fields/ErrorSummary';
import { Heading } from '../fields/Field';
import { useForm } from './form';
import type { StepDef } from './steps';
import { YoungPersonStep } from './steps/YoungPersonStep';
import { WhatHappenedStep } from './steps/WhatHappenedStep';
import { SafetyStep } from './steps/SafetyStep';
import { SupportStep } from './steps/SupportStep';
import { FamilyStep } from './steps/FamilyStep';
import { ReferrerStep } from './steps/ReferrerStep';
import { ProConsentStep } from './steps/ProConsentStep';
import { ContactStep } from './steps/ContactStep';
import { ConsentBox } from './steps/ConsentBox';
import { Honeypot } from '../fields/Honeypot';
import { Text } from '../fields/Text';

const views = {
  youngPerson: YoungPersonStep,
  whatHappened: WhatHappenedStep,
  safety: SafetyStep,
  support: SupportStep,
  contact: ContactStep,
  family: FamilyStep,
  referrer: ReferrerStep,
  consent: ProConsentStep,
} as const;

interface Props {
  phase: { kind: 'start' } | { kind: 'step'; index: number };
  ready: boolean;
  steps: StepDef[];
  summary: SummaryItem[];
  attempt: number;
  /** "Step 2 of 6", read with the heading. */
  stepCount: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStart: () => void;
  onBack: (index: number) => void;
  onNext: (index: number) => void;
  children?: ReactNode;
}

export function StepView({
  phase,
  ready,
  steps,
  summary,
  attempt,
  stepCount,
  headingRef,
  onStart,
  onBack,
  onNext,
  children,
}: Props) {
  const f = useForm();
  if (phase.kind === 'start') {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          <Text value={f.t('start.title')} />
        </h1>
        <p>
          <Text value={f.t(`start.${f.who}.p1`)} />
        </p>
        <p>
          <Text value={f.t('start.nothingSaved')} />
        </p>
        {children}
        <button type="button" className="button" onClick={onStart} disabled={!ready}>
          <Text value={f.t('start.button')} />
        </button>
      </>
    );
  }
  const { index } = phase;
  const step = steps[index] as StepDef;
  const View = views[step.id];
  return (
    <form
      noValidate
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        onNext(index);
      }}
    >
      <ErrorSummary title={f.t('errors.title')} items={summary} attempt={attempt} />
      <Heading headingRef={headingRef} caption={stepCount}>
        <Text value={f.t(step.title)} />
      </Heading>
      {index === 0 && <Honeypot value={f.answers.website} onChange={(v) => f.set('website', v)} />}
      <View />
      {f.source === 'parent_carer' && step.id === 'contact' && (
        <ConsentBox label="consent.referral.parent" />
      )}
      <div className="actions">
        <button type="submit" className="button">
          <Text value={f.t('nav.continue')} />
        </button>
        <button type="button" className="link-button" onClick={() => onBack(index - 1)}>
          <Text value={f.t('nav.back')} />
        </button>
      </div>
    </form>
  );
}
