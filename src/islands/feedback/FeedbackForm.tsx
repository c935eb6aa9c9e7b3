// The feedback survey: anonymous, a few questions a screen, every one skippable.
// A caseworker's link may carry a single-use token in the fragment (#token=…); it
// is read once into memory and taken out of the address bar at once.
import { useMemo } from 'react';
// From the modules themselves, not the schemas' index: the index would bring the
// referral's schemas into every survey page's download.
import type { FeedbackPayload } from '../../schemas/feedback';
import type { SupabaseConfig } from '../../lib/supabase-config';
import { translator, type FeedbackKey, type Messages } from '../messages';
import { ErrorSummary } from '../fields/ErrorSummary';
import { FailedMessage, Progress, sendWords, statusTexts } from '../fields/SubmitStatus';
import { SendButton } from '../fields/SendButton';
import { Honeypot } from '../fields/Honeypot';
import { Text } from '../fields/Text';
import { useScreenTitle } from '../fields/title';
import { MonitoringOffer } from '../monitoring/MonitoringOffer';
import { screensFor, type Question } from './questions';
import { useSurvey } from './survey';
import { QuestionView, screenHeading, type Answers } from './QuestionView';
import type { SurveyShape } from './shape';
import type { Band } from '../../lib/routes';
import type { Locale } from '../../i18n/locales';

interface Props {
  band: Band;
  language: Locale;
  messages: Messages<FeedbackKey>;
  api: SupabaseConfig | null;
  /** What each question offers, from the schema at build time (shape.ts). */
  shape: SurveyShape;
  /** The panel page for this band: a plain link, so nothing of the survey goes with it. */
  panelHref: string;
}

export default function FeedbackForm({ band, language, messages, api, shape, panelHref }: Props) {
  const tr = useMemo(() => translator(messages), [messages]);
  const young = band === '5-10';
  const screens = screensFor(young);
  const survey = useSurvey<Answers, FeedbackPayload>(api, 'submit_feedback', (envelope, given) => ({
    ...envelope,
    age_band: band,
    language,
    answers: given as FeedbackPayload['answers'],
  }));
  const { screen, go, answers, setAnswers, error, done, ready } = survey;
  const { honeypot, setHoneypot, submission, state, heading, send } = survey;
  const questions = screens[screen] ?? [];
  const stepCount = tr.t('nav.stepCount', { current: screen + 1, total: screens.length });
  useScreenTitle(
    done
      ? [tr.t('done.title')]
      : screen < 0
        ? null
        : [screenHeading(questions, young, tr), stepCount],
    error > 0,
    tr.t,
  );

  const texts = statusTexts(tr.t);
  if (done) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          <Text value={tr.t('done.title')} />
        </h1>
        <p>
          <Text value={tr.t(young ? 'done.young' : 'done.text')} />
        </p>
        <p>
          <Text value={tr.t('done.panel')} />{' '}
          <a href={panelHref}>
            <Text value={tr.t('done.panelLink')} />
          </a>
        </p>
        <p>
          <Text value={tr.t('done.help')} />
        </p>
        <MonitoringOffer
          context="feedback"
          respondent="young_person"
          band={band}
          language={language}
          api={api}
        />
      </>
    );
  }
  if (screen < 0) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          <Text value={tr.t('start.title')} />
        </h1>
        <p>
          <Text value={tr.t(young ? 'start.young.p1' : 'start.older.p1')} />
        </p>
        <p>
          <Text value={tr.t('start.anonymous')} />
        </p>
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => (submission.start(), go(0))}
        >
          {tr.t('start.button')}
        </button>
      </>
    );
  }
  const last = screen === screens.length - 1;
  const first = questions[0] as Question;
  const message = error ? tr.t('error.required') : undefined;
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), last ? void send() : go(screen + 1))}>
      <ErrorSummary
        title={tr.t('errors.title')}
        items={
          message
            ? [{ target: `feedback-${first}${first === 'comment' ? '' : '-input'}`, message }]
            : []
        }
        attempt={error}
      />
      {screen === 0 && <Honeypot value={honeypot} onChange={setHoneypot} />}
      <QuestionView
        questions={questions}
        young={young}
        answers={answers}
        onChange={setAnswers}
        tr={tr}
        headingRef={heading}
        caption={stepCount}
        error={message}
        shape={shape}
      />
      <FailedMessage state={state} texts={texts} />
      <div className="actions">
        {last ? (
          <SendButton state={state} words={sendWords(tr.t)} />
        ) : (
          <button type="submit" className="button">
            {tr.t('nav.continue')}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => go(screen - 1)}>
          {tr.t('nav.back')}
        </button>
      </div>
      <Progress state={state} texts={texts} />
    </form>
  );
}
