// The equality monitoring questions, after a referral or a survey has been sent.
// Every question may be left, each offers "prefer not to say", nothing can be
// typed, and the answers go under a key of their own, never the referral's or the
// survey's, so they cannot be matched with what was sent before.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MonitoringAnswers, MonitoringQuestion } from '../../schemas/monitoring';
import { Checkboxes, Radios } from '../fields/Choices';
import { ErrorSummary } from '../fields/ErrorSummary';
import { Honeypot } from '../fields/Honeypot';
import { Select } from '../fields/Select';
import { FailedMessage, isSending, Progress, sendWords, statusTexts } from '../fields/SubmitStatus';
import { SendButton } from '../fields/SendButton';
import { useSubmission } from '../fields/submission';
import { translator, type Messages, type MonitoringKey } from '../messages';
import type { Props as OfferProps } from './MonitoringOffer';
import { ethnicGroupHeadings, fieldId, questionsFor, radios, voiceFor } from './questions';
import { Text } from '../fields/Text';

export interface Props extends OfferProps {
  messages: Messages<MonitoringKey>;
}

type Given = Partial<Record<MonitoringQuestion, string>>;
const consentId = 'monitoring-consent';
// A key ending in `_other` would be read as a plural form by i18next.
const ethnicWords = (value: string) =>
  value === 'any_other' ? 'ethnic.any_other_group' : `ethnic.${value}`;

export default function MonitoringForm({
  context,
  respondent,
  band,
  language,
  api,
  messages,
}: Props) {
  const tr = useMemo(() => translator(messages), [messages]);
  const t = (key: string) => tr.t(key as MonitoringKey);
  const voice = voiceFor(respondent, band);
  const questions = questionsFor(band);
  const [answers, setAnswers] = useState<Given>({});
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<('none' | 'consent')[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [honeypot, setHoneypot] = useState('');
  const [sent, setSent] = useState(false);
  const submission = useSubmission(api, 'submit_monitoring');
  const state = submission.status;
  const thanks = useRef<HTMLHeadingElement>(null);

  // The robot check's clock starts when the questions appear.
  useEffect(() => submission.start(), [submission]);
  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  const choose = (question: MonitoringQuestion) => (value: string) =>
    setAnswers((a) => ({ ...a, [question]: value || undefined }));
  const given = Object.fromEntries(
    Object.entries(answers).filter(([, v]) => v),
  ) as MonitoringAnswers;

  const send = async () => {
    if (isSending(state)) return;
    const found = [
      ...(Object.keys(given).length ? [] : (['none'] as const)),
      ...(consent ? [] : (['consent'] as const)),
    ];
    setProblems(found);
    if (found.length) return setAttempt((n) => n + 1);
    const result = await submission.send(given, (key) => ({
      idempotency_key: key,
      language,
      context,
      respondent,
      age_band: band,
      consent: true,
      website: honeypot || undefined,
      answers: given,
    }));
    if (result?.ok) setSent(true);
  };

  if (sent)
    return (
      <section className="monitoring" aria-labelledby="monitoring-sent">
        <h2 id="monitoring-sent" ref={thanks} tabIndex={-1}>
          <Text value={t('sent.title')} />
        </h2>
        <p>
          <Text value={t('sent.text')} />
        </p>
      </section>
    );

  const error = (problem: 'none' | 'consent') =>
    problems.includes(problem) ? t(`error.${problem}`) : undefined;
  const text = (question: MonitoringQuestion, label: string, hint?: string) => ({
    id: fieldId(question),
    label: `${t(`${label}.label.${voice}`)} ${t('nav.optional')}`,
    hint: hint ? t(`${hint}.hint.${voice}`) : undefined,
    error: question === questions[0] ? error('none') : undefined,
    errorPrefix: t('errors.prefix'),
  });
  const preferNot = { value: 'prefer_not_to_say', label: t('answer.prefer_not_to_say') };
  const radio = (question: Exclude<MonitoringQuestion, 'ethnic_group'>) => {
    const { values, words } = radios[question];
    return (
      <Radios
        key={question}
        text={text(question, words, question === 'sexual_orientation' ? words : undefined)}
        options={values.map((v) =>
          v === 'prefer_not_to_say' ? preferNot : { value: v, label: t(`${words}.${v}`) },
        )}
        value={answers[question]}
        onChange={choose(question)}
      />
    );
  };
  const texts = statusTexts(tr.t);
  const summary = problems.map((p) => ({
    target: p === 'none' ? `${fieldId(questions[0]!)}-input` : `${consentId}-input`,
    message: t(`error.${p}`),
  }));

  return (
    <section className="monitoring" aria-labelledby="monitoring-title">
      <h2 id="monitoring-title">
        <Text value={t('intro.title')} />
      </h2>
      <p>
        <Text value={t(`intro.why.${voice}`)} />
      </p>
      <p>
        <Text value={t('intro.kept')} />
      </p>
      <p>
        <Text value={t('intro.skip')} />
      </p>
      <form noValidate onSubmit={(e) => (e.preventDefault(), void send())}>
        <ErrorSummary title={t('errors.title')} items={summary} attempt={attempt} />
        <Honeypot value={honeypot} onChange={setHoneypot} />
        {questions.map((question) =>
          question === 'ethnic_group' ? (
            <Select
              key={question}
              text={text(question, 'ethnic', 'ethnic')}
              options={[{ value: '', label: t('ethnic.none') }]}
              groups={Object.entries(ethnicGroupHeadings).map(([heading, values]) => ({
                label: t(`ethnic.group.${heading}`),
                options: values.map((v) => ({ value: v, label: t(ethnicWords(v)) })),
              }))}
              after={[preferNot]}
              value={answers.ethnic_group ?? ''}
              onChange={choose(question)}
            />
          ) : (
            radio(question)
          ),
        )}
        <Checkboxes
          text={{
            id: consentId,
            label: t('consent.legend'),
            error: error('consent'),
            errorPrefix: t('errors.prefix'),
          }}
          options={[{ value: 'yes', label: t('consent.label') }]}
          value={consent ? ['yes'] : []}
          onChange={(v) => setConsent(v.length > 0)}
        />
        <FailedMessage state={state} texts={texts} />
        <div className="actions">
          <SendButton state={state} words={sendWords(t, t('send'))} />
        </div>
        <Progress state={state} texts={texts} />
      </form>
    </section>
  );
}
