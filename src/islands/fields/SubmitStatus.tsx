// What the person sees while a submission is on its way: a polite live region for
// progress, and an alert when it could not be sent (their answers stay on screen).
import type { SubmitStatus as Status } from '../../lib/submit/client';
import type { FormKey, StatusKey } from '../messages';
import { Text } from './Text';

export type SendState = Status | 'failed' | null;

export interface StatusTexts {
  sending: string;
  retrying: string;
  offline: string;
  failedTitle: string;
  failedText: string;
}

/** The status words of a form, from its own translator. */
export function statusTexts(t: (key: StatusKey) => string): StatusTexts {
  return {
    sending: t('status.sending'),
    retrying: t('status.retrying'),
    offline: t('status.offline'),
    failedTitle: t('status.failed.title'),
    failedText: t('status.failed.text'),
  };
}

/** The send button's words; `send` for a form whose button says something else. */
export const sendWords = (t: (key: FormKey) => string, send = t('check.send')) => ({
  send,
  sending: t('check.sending'),
  retry: t('status.failed.retry'),
});

export const isSending = (state: SendState) =>
  state === 'sending' || state === 'retrying' || state === 'offline';

export function FailedMessage({
  state,
  texts,
  children,
}: {
  state: SendState;
  texts: StatusTexts;
  children?: React.ReactNode;
}) {
  if (state !== 'failed') return null;
  return (
    <div className="warning" role="alert">
      <h2 className="legend">{texts.failedTitle}</h2>
      <p>
        <Text value={texts.failedText} />
      </p>
      {children}
    </div>
  );
}

export function Progress({ state, texts }: { state: SendState; texts: StatusTexts }) {
  const text =
    state === 'sending'
      ? texts.sending
      : state === 'retrying'
        ? texts.retrying
        : state === 'offline'
          ? texts.offline
          : '';
  return (
    <p className="status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
