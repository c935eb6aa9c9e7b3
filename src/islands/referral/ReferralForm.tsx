// The referral form's first screen, and the door to the journey. Everything after
// Start (the questions and their words, the schemas, zod) is fetched when the
// person shows they are about to start (a pointer over Start, focus on it, or a
// press), not by everyone who only reads this screen on a phone with little data.
// If it cannot be fetched, they are told so, with the phone number, and can try again.
import { useMemo, useState, type ComponentType } from 'react';
import { useHydrated } from '../fields/hydrated';
import { translator, type Messages, type ReferralKey, type StartKey } from '../messages';
import type { Props as JourneyProps } from './Journey';
import { Text } from '../fields/Text';

interface Props extends Omit<JourneyProps, 'messages'> {
  /** The words of this first screen only. */
  messages: Messages<StartKey>;
  /** Where the journey's words are, in this page's language. */
  wordsUrl: string;
}
type Loaded = { Journey: ComponentType<JourneyProps>; words: Messages<ReferralKey> };

let loading: Promise<Loaded> | undefined;

/**
 * The journey's code and words, fetched once; a failed fetch is forgotten so Try
 * again fetches anew.
 */
function loadJourney(wordsUrl: string): Promise<Loaded> {
  loading ??= Promise.all([
    import('./Journey'),
    fetch(wordsUrl, { credentials: 'omit' }).then((response) => {
      if (!response.ok) throw new Error(`words: ${response.status}`);
      return response.json() as Promise<Messages<ReferralKey>>;
    }),
  ]).then(
    ([module, words]) => ({ Journey: module.default, words }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export default function ReferralForm({ messages, wordsUrl, ...props }: Props) {
  const { source, children } = props;
  const tr = useMemo(() => translator(messages), [messages]);
  const ready = useHydrated();
  const [state, setState] = useState<'start' | 'loading' | 'failed'>('start');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const who = source === 'young_person' ? 'self' : source === 'parent_carer' ? 'parent' : 'pro';

  const start = () => {
    if (state === 'loading') return;
    setState('loading');
    loadJourney(wordsUrl).then(setLoaded, () => setState('failed'));
  };
  const prefetch = () => void loadJourney(wordsUrl).catch(() => {});

  if (loaded) return <loaded.Journey {...props} messages={loaded.words} />;
  return (
    <>
      <h1 tabIndex={-1}>
        <Text value={tr.t('start.title')} />
      </h1>
      <p>
        <Text value={tr.t(`start.${who}.p1`)} />
      </p>
      <p>
        <Text value={tr.t('start.nothingSaved')} />
      </p>
      {children}
      {state === 'failed' && (
        <div className="panel" role="alert">
          <p>
            <Text value={tr.t('start.loadFailed')} />
          </p>
        </div>
      )}
      {/* Not disabled while loading: a disabled button would drop keyboard focus. */}
      <button
        type="button"
        className="button"
        onClick={start}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onTouchStart={prefetch}
        disabled={!ready}
        aria-disabled={state === 'loading' || undefined}
      >
        <Text value={tr.t(state === 'failed' ? 'start.tryAgain' : 'start.button')} />
      </button>
      <p role="status">{state === 'loading' ? tr.t('start.loading') : ''}</p>
    </>
  );
}
