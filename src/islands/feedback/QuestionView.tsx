// One screen of the survey. On a screen with a single question the question is
// the page heading (the GOV.UK pattern); otherwise the screen has its own heading.
import type { RefObject } from 'react';
import { limits, listenedTo, outcomeAnswers } from '../../schemas';
import { Radios } from '../fields/Choices';
import { TextField } from '../fields/TextField';
import type { Translator } from '../messages';
import type { FeedbackKey } from './FeedbackForm';
import { Face } from './Face';
import { youngLabel, type Question } from './questions';

export type Answers = Partial<Record<Exclude<Question, 'comment'>, string>> & { comment: string };

interface Props {
  questions: Question[];
  young: boolean;
  answers: Answers;
  onChange: (answers: Answers) => void;
  tr: Translator<FeedbackKey>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  error?: string;
}

const recommend = ['yes', 'maybe', 'no'] as const;
const satisfaction = ['5', '4', '3', '2', '1'] as const;

export function QuestionView({
  questions,
  young,
  answers,
  onChange,
  tr,
  headingRef,
  error,
}: Props) {
  const t = tr.t;
  const set = (q: Question) => (value: string) => onChange({ ...answers, [q]: value });
  const one = questions.length === 1;
  const text = (q: Question, label: string, hint?: string) => ({
    id: `feedback-${q}`,
    label,
    hint,
    errorPrefix: t('errors.prefix'),
    error: q === questions[0] ? error : undefined,
    headingRef: one ? headingRef : undefined,
  });
  const face = (values: readonly string[]) =>
    values.map((v) => ({
      value: v,
      label: t(`face.${v}` as FeedbackKey),
      icon: <Face mood={v} />,
    }));

  return (
    <>
      {!one && (
        <h1 ref={headingRef} tabIndex={-1}>
          {t(questions[0] === 'informed' ? 'areas.title' : 'screen.support')}
        </h1>
      )}
      {questions[0] === 'informed' && <p className="hint">{t('areas.hint')}</p>}
      {questions.map((q) => {
        if (q === 'comment') {
          return (
            <TextField
              key={q}
              text={{
                ...text(
                  q,
                  `${young ? t('young.comment') : t('comment')} ${t('nav.optional')}`,
                  young ? t('young.comment.hint') : t('comment.hint'),
                ),
              }}
              value={answers.comment}
              onChange={set(q)}
              maxLength={limits.comment}
              multiline
            />
          );
        }
        if (young) {
          const values =
            q === 'listened_to' ? listenedTo : (['better', 'same', 'worse', 'not_sure'] as const);
          return (
            <Radios
              key={q}
              text={text(q, t(youngLabel[q] as FeedbackKey))}
              options={face(values)}
              value={answers[q]}
              onChange={set(q)}
              faces
            />
          );
        }
        if (q === 'satisfaction') {
          return (
            <Radios
              key={q}
              text={text(q, t('satisfaction'))}
              options={satisfaction.map((v) => ({ value: v, label: t(`satisfaction.${v}`) }))}
              value={answers[q]}
              onChange={set(q)}
            />
          );
        }
        if (q === 'listened_to') {
          return (
            <Radios
              key={q}
              text={text(q, t('listened'))}
              options={listenedTo.map((v) => ({ value: v, label: t(`listened.${v}`) }))}
              value={answers[q]}
              onChange={set(q)}
              inline
            />
          );
        }
        if (q === 'recommend') {
          return (
            <Radios
              key={q}
              text={text(q, t('recommend'))}
              options={recommend.map((v) => ({ value: v, label: t(`recommend.${v}`) }))}
              value={answers[q]}
              onChange={set(q)}
              inline
            />
          );
        }
        return (
          <Radios
            key={q}
            text={text(q, t(`area.${q}` as FeedbackKey))}
            options={outcomeAnswers.map((v) => ({ value: v, label: t(`outcome.${v}`) }))}
            value={answers[q]}
            onChange={set(q)}
            inline
          />
        );
      })}
    </>
  );
}
