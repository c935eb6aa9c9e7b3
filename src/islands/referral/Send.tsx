// Sending: the form's submission (../fields/submission.ts) owns the key, the
// robot checks and the retries; this screen shows its status, and puts an error
// the person can fix back on the step that asks it. If sending fails the answers
// stay on screen.
import { useEffect } from 'react';
import type { FieldError } from '../../schemas/codes';
import type { ReferralPayload } from '../../schemas/referral';
import { FailedMessage, Progress, sendWords, statusTexts } from '../fields/SubmitStatus';
import { SendButton } from '../fields/SendButton';
import { Text } from '../fields/Text';
import type { Submission } from '../fields/submission';
import { useForm } from './form';

export type SendOutcome =
  { kind: 'sent'; reference: string } | { kind: 'invalid'; errors: FieldError[] };

interface Props {
  /** Owned by the form, so its key outlives this screen when the person goes back to change an answer. */
  submission: Submission;
  payload: (key?: string) => ReferralPayload;
  /** Whether the form has a question for an error path; anything else cannot be fixed by the person. */
  knows: (path: string) => boolean;
  onDone: (outcome: SendOutcome) => void;
}

export function Send({ submission, payload, knows, onDone }: Props) {
  const f = useForm();
  const { status, stop } = submission;
  // Leaving this screen stops a send on its way; the same key sends it again later.
  useEffect(() => stop, [stop]);

  const send = async () => {
    const result = await submission.send(payload(), (key) => payload(key));
    if (!result) return;
    if (result.ok) return onDone({ kind: 'sent', reference: result.reference });
    if (result.reason === 'invalid' && result.issues.some((issue) => knows(issue.path))) {
      submission.reset();
      onDone({ kind: 'invalid', errors: result.issues.filter((issue) => knows(issue.path)) });
    }
  };

  const texts = statusTexts(f.t);
  return (
    <>
      <FailedMessage state={status} texts={texts}>
        <p>
          <strong>
            <Text value={f.t('status.failed.danger')} />
          </strong>
        </p>
      </FailedMessage>
      <p>
        <Text value={f.t('check.declaration')} />
      </p>
      <div className="actions">
        <SendButton state={status} onSend={() => void send()} words={sendWords(f.t)} />
      </div>
      <Progress state={status} texts={texts} />
    </>
  );
}
