// The button that sends. While a submission is on its way it says so and ignores
// presses, but it is never `disabled`: a disabled button drops keyboard focus to
// the page, so after a failure "Try sending again" would be dozens of Tabs away.
// aria-disabled tells a screen reader it is unavailable, and focus stays on it.
import type { SendState } from './SubmitStatus';
import { isSending } from './SubmitStatus';

interface Props {
  state: SendState;
  words: { send: string; sending: string; retry: string };
  /** Without it the button submits its form, whose handler sends. */
  onSend?: () => void;
  /** Before the island's script runs nothing can be sent. */
  ready?: boolean;
}

export function SendButton({ state, words, onSend, ready = true }: Props) {
  const sending = isSending(state);
  return (
    <button
      type={onSend ? 'button' : 'submit'}
      className="button"
      disabled={!ready}
      aria-disabled={sending || undefined}
      onClick={(event) => {
        if (sending) event.preventDefault();
        else onSend?.();
      }}
    >
      {sending ? words.sending : state === 'failed' ? words.retry : words.send}
    </button>
  );
}
