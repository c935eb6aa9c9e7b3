// The start screen and each step: step count, error summary, the questions,
// Continue and Back. Back keeps every answer.
import type { ReactNode, RefObject } from 'react';
import { ErrorSummary, type SummaryItem } from '../fields/ErrorSummary';
import { Heading } from '../fields/Field';
import { useForm } from './form';
import type { StepDef } from './journeys';
import { YoungPersonStep } from './steps/YoungPersonStep';
import { SafetyStep } from './steps/SafetyStep';
import { FamilyStep } from './steps/FamilyStep';
import { ProConsentStep } from './steps/ProConsentStep';
import { ContactStep } from './steps/ContactStep';
import { ConsentBox } from './steps/ConsentBox';
import { StepQuestions } from './Question';
import { Honeypot } from '../fields/Honeypot';
import { Text } from '../fields/Text';

/** Steps with a layout of their own; every other step is its questions, in order. */
const views: Partial<Record<StepDef['id'], (props: { step: StepDef }) => ReactNode>> = {
  youngPerson: YoungPersonStep,
  safety: SafetyStep,
  contact: ContactStep,
  family: FamilyStep,
  consent: ProConsentStep,
};

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
      {View ? <View step={step} /> : <StepQuestions fields={step.fields} />}
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
