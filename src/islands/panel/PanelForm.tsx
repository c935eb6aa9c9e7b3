// Offering to join the young people's panel: a first name, one safe way for a
// grown-up to get in touch, and consent, on one screen. A submission of its own:
// nothing from any survey comes with it, and it sends no token.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Band } from '../../lib/routes';
import type { SupabaseConfig } from '../../lib/supabase-config';
import type { Locale } from '../../i18n/locales';
import { translator, type Messages, type PanelKey } from '../messages';
import { Checkboxes, Radios } from '../fields/Choices';
import { ErrorSummary } from '../fields/ErrorSummary';
import { Honeypot } from '../fields/Honeypot';
import { FailedMessage, isSending, Progress, sendWords, statusTexts } from '../fields/SubmitStatus';
import { SendButton } from '../fields/SendButton';
import { usePageBack } from '../fields/page-back';
import { useScreenTitle } from '../fields/title';
import { TextField } from '../fields/TextField';
import { useHydrated } from '../fields/hydrated';
import { useSubmission } from '../fields/submission';
import { QUICK_EXIT_EVENT } from '../../components/quick-exit/events';
import { detail, problems, type Method, type PanelAnswers, type Problem } from './check';
import { Text } from '../fields/Text';

/** Each box's limits and kind, read from panelSchema when the page is built. */
export type PanelShape = Record<'first_name' | 'email' | 'phone', { maxLength?: number }>;

interface Props {
  band: Band;
  language: Locale;
  messages: Messages<PanelKey>;
  api: SupabaseConfig | null;
  shape: PanelShape;
}

const blank: PanelAnswers = { first_name: '', email: '', phone: '', consent: false };
const methods: Method[] = ['text', 'phone', 'email'];
const target = (p: Problem['path']) =>
  p === 'contact_method' || p === 'consent' ? `panel-${p}-input` : `panel-${p}`;

export default function PanelForm({ band, language, messages, api, shape }: Props) {
  const tr = useMemo(() => translator(messages), [messages]);
  const { t } = tr;
  const [answers, setAnswers] = useState<PanelAnswers>(blank);
  const [shown, setShown] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const [honeypot, setHoneypot] = useState('');
  const ready = useHydrated();
  const submission = useSubmission(api, 'submit_panel_volunteer');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const wipe = () => (setAnswers(blank), setShown([]), setDone(false));
    window.addEventListener(QUICK_EXIT_EVENT, wipe);
    submission.start();
    return () => window.removeEventListener(QUICK_EXIT_EVENT, wipe);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the robot check's clock starts once
  }, []);
  useEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);

  // The field's own words for the problem, else the words every form shares.
  const say = (p: Problem) =>
    tr.maybe(`error.${p.path}.${p.code}`) ??
    (tr.maybe(`error.${p.code}`) !== undefined
      ? t(`error.${p.code}` as PanelKey, { max: shape[p.path as 'email']?.maxLength ?? '' })
      : t('error.invalid'));
  const errorOf = (path: Problem['path']) => {
    const p = shown.find((s) => s.path === path);
    return p ? say(p) : undefined;
  };
  const text = (path: Problem['path'], hint?: string) => ({
    id: `panel-${path}`,
    label: t(path as PanelKey),
    hint,
    errorPrefix: t('errors.prefix'),
    error: errorOf(path),
  });
  const set = (change: Partial<PanelAnswers>) => setAnswers({ ...answers, ...change });

  useScreenTitle(done ? [t('done.title')] : null, shown.length > 0, t);
  // One screen, no steps to go back to: the page's Back link asks before what was
  // typed is lost.
  const typed = answers.first_name !== '' || answers.email !== '' || answers.phone !== '';
  usePageBack(
    typed && !done
      ? () => {
          const link = document.querySelector<HTMLAnchorElement>('a.back-link');
          if (link && window.confirm(t('leave.confirm'))) window.location.assign(link.href);
        }
      : null,
  );

  const send = async () => {
    if (isSending(submission.status)) return;
    const found = problems(answers);
    setShown(found);
    setAttempt((n) => n + 1);
    if (found.length) return;
    const { email: _e, phone: _p, ...rest } = answers;
    const sent = { ...rest, ...detail(answers) };
    const result = await submission.send(sent, (key) => ({
      idempotency_key: key,
      age_band: band,
      language,
      website: honeypot || undefined,
      ...sent,
      consent: true,
    }));
    if (result?.ok) setDone(true);
    else if (result?.reason === 'invalid') setShown(result.issues as Problem[]);
  };

  if (done) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          <Text value={t('done.title')} />
        </h1>
        <p>
          <Text value={t('done.text')} />
        </p>
        <p>
          <Text value={t('done.help')} />
        </p>
      </>
    );
  }
  const box = (path: 'email' | 'phone') => (
    <TextField
      text={text(path)}
      value={answers[path]}
      onChange={(value) => set({ [path]: value })}
      type={path === 'email' ? 'email' : 'tel'}
      maxLength={shape[path].maxLength}
      width="medium"
    />
  );
  const texts = statusTexts(t);
  const state = submission.status;
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void send())}>
      <ErrorSummary
        title={t('errors.title')}
        items={shown.map((p) => ({ target: target(p.path), message: say(p) }))}
        attempt={attempt}
      />
      <h1>
        <Text value={t('page.title')} />
      </h1>
      <p>
        <Text value={t('intro.p1')} />
      </p>
      <p>
        <Text value={t(band === '5-10' ? 'intro.young' : 'intro.grownUp')} />
      </p>
      <p>
        <Text value={t('intro.separate')} />
      </p>
      <Honeypot value={honeypot} onChange={setHoneypot} />
      <TextField
        text={text('first_name', t('first_name.hint'))}
        value={answers.first_name}
        onChange={(first_name) => set({ first_name })}
        maxLength={shape.first_name.maxLength}
        width="medium"
      />
      <Radios
        text={text('contact_method', t('contact_method.hint'))}
        options={methods.map((m) => ({
          value: m,
          label: t(`contact_method.${m}` as PanelKey),
          reveal: box(m === 'email' ? 'email' : 'phone'),
        }))}
        value={answers.contact_method}
        onChange={(contact_method) => set({ contact_method })}
      />
      <Checkboxes
        text={text('consent')}
        options={[{ value: 'yes', label: t('consent.yes') }]}
        value={answers.consent ? ['yes'] : []}
        onChange={(value) => set({ consent: value.length > 0 })}
      />
      <FailedMessage state={state} texts={texts} />
      <div className="actions">
        <SendButton state={state} ready={ready} words={sendWords(t)} />
      </div>
      <Progress state={state} texts={texts} />
    </form>
  );
}
