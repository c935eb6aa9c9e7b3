// The end of the journey: the reference, large and easy to read out, what happens
// next and by when, and what to do if in danger before then; then, apart and
// optional, the equality monitoring questions.
import type { RefObject } from 'react';
import { MonitoringOffer, type Props as Monitoring } from '../monitoring/MonitoringOffer';
import { useForm } from './form';
import { Text } from '../fields/Text';

export function Confirmation({
  reference,
  headingRef,
  monitoring,
}: {
  reference: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  monitoring: Monitoring;
}) {
  const f = useForm();
  return (
    <>
      <div className="confirmation">
        <h1 ref={headingRef} tabIndex={-1}>
          <Text value={f.t('done.title')} />
        </h1>
        <p>
          <Text value={f.t('done.reference')} />
        </p>
        {/* Read out to the service letter by letter, so said as English letters. */}
        <p className="reference" dir="ltr" lang="en">
          {reference}
        </p>
      </div>
      <p>
        <Text value={f.t('done.referenceHint')} />
      </p>
      <h2>
        <Text value={f.t('done.nextTitle')} />
      </h2>
      <p>
        <Text value={f.t(`done.next.${f.who}`)} />
      </p>
      <h2>
        <Text value={f.t('done.dangerTitle')} />
      </h2>
      <p>
        <Text value={f.t('done.danger')} />
      </p>
      <p>
        <Text value={f.t('done.leave')} />
      </p>
      <MonitoringOffer {...monitoring} />
    </>
  );
}
