// The grown-ups' survey, for parents and carers or for professionals: the same
// questions in their own words, every one skippable, on two screens. Like the
// young people's survey it is anonymous and may carry a feedback link's token.
import { useMemo } from 'react';
import type { AdultFeedbackPayload } from '../../schemas/adult-feedback';
import type { SupabaseConfig } from '../../lib/supabase-config';
import { translator, type AdultFeedbackKey, type Messages } from '../messages';
import { ErrorSummary } from '../fields/ErrorSummary';
import { Radios } from '../fields/Choices';
import { Heading } from '../fields/Field';
import { TextField } from '../fields/TextField';
import { FailedMessage, Progress, sendWords, statusTexts } from '../fields/SubmitStatus';
import { SendButton } from '../fields/SendButton';
import { Honeypot } from '../fields/Honeypot';
import { Text } from '../fields/Text';
import { useScreenTitle } from '../fields/title';
import { useSurvey } from '../feedback/survey';
import type { AdultSurveyShape } from './shape';
import type { Locale } from '../../i18n/locales';

type Respondent = AdultFeedbackPayload['respondent'];
type Answers = { ease?: string; knew_next?: string; satisfaction?: string; comment: string };

interface Props {
  respondent: Respondent;
  language: Locale;
  messages: Messages<AdultFeedbackKey>;
  api: SupabaseConfig | null;
  shape: AdultSurveyShape;
  /** The young people's panel page: a plain link, nothing of the survey goes with it. */
  panelHref: string;
}

const SCREENS = 2;

export default function AdultFeedbackForm(props: Props) {
  const { respondent, language, messages, api, shape, panelHref } = props;
  const { t } = useMemo(() => translator(messages), [messages]);
  const said = (key: string) => t(`${key}.${respondent}` as AdultFeedbackKey);
  const survey = useSurvey<Answers, AdultFeedbackPayload>(
    api,
    'submit_adult_feedback',
    (envelope, given) => ({
      ...envelope,
      respondent,
      language,
      answers: given as AdultFeedbackPayload['answers'],
    }),
  );
  const { screen, go, answers, setAnswers, error, done, ready } = survey;
  const { honeypot, setHoneypot, submission, state, heading, send } = survey;
  const commentLabel = `${t('comment')} ${t('nav.optional')}`;
  const stepCount = t('nav.stepCount', { current: screen + 1, total: SCREENS });
  useScreenTitle(
    done
      ? [t('done.title')]
      : screen < 0
        ? null
        : [screen === 0 ? said('screen.title') : commentLabel, stepCount],
    error > 0,
    t,
  );

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
          <Text value={t('done.panel')} />{' '}
          <a href={panelHref}>
            <Text value={t('done.panelLink')} />
          </a>
        </p>
      </>
    );
  }
  if (screen < 0) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          <Text value={said('page.title')} />
        </h1>
        <p>
          <Text value={said('start.p1')} />
        </p>
        <p>
          <Text value={t('start.anonymous')} />
        </p>
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => (submission.start(), go(0))}
        >
          {t('start.button')}
        </button>
      </>
    );
  }
  const set = (q: keyof Answers) => (value: string) => setAnswers({ ...answers, [q]: value });
  const message = error ? t('error.required') : undefined;
  // The one error, "answer at least one question", sits on the first question.
  const text = (id: string, label: string, hint?: string) => ({
    id: `feedback-${id}`,
    label,
    hint,
    errorPrefix: t('errors.prefix'),
    error: id === 'ease' ? message : undefined,
  });
  const last = screen === SCREENS - 1;
  const texts = statusTexts(t);
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), last ? void send() : go(screen + 1))}>
      <ErrorSummary
        title={t('errors.title')}
        items={message ? [{ target: 'feedback-ease-input', message }] : []}
        attempt={error}
      />
      {screen === 0 ? (
        <>
          <Honeypot value={honeypot} onChange={setHoneypot} />
          <Heading headingRef={heading} caption={stepCount}>
            <Text value={said('screen.title')} />
          </Heading>
          {(['ease', 'knew_next'] as const).map((q) => (
            <Radios
              key={q}
              text={text(q, said(q))}
              options={shape.choices[q].map((v) => ({
                value: v,
                label: t(`${q}.${v}` as AdultFeedbackKey),
              }))}
              value={answers[q]}
              onChange={set(q)}
              inline={q === 'knew_next'}
            />
          ))}
          <Radios
            text={text('satisfaction', said('satisfaction'))}
            options={shape.satisfaction.map((v) => ({
              value: v,
              label: t(`satisfaction.${v}` as AdultFeedbackKey),
            }))}
            value={answers.satisfaction}
            onChange={set('satisfaction')}
          />
        </>
      ) : (
        <TextField
          text={{
            ...text('comment', commentLabel, t('comment.hint')),
            headingRef: heading,
            caption: stepCount,
          }}
          value={answers.comment}
          onChange={set('comment')}
          {...shape.comment}
          multiline
        />
      )}
      <FailedMessage state={state} texts={texts} />
      <div className="actions">
        {last ? (
          <SendButton state={state} words={sendWords(t)} />
        ) : (
          <button type="submit" className="button">
            {t('nav.continue')}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => go(screen - 1)}>
          {t('nav.back')}
        </button>
      </div>
      <Progress state={state} texts={texts} />
    </form>
  );
}
