// One screen of the survey. On a screen with a single question the question is
// the page heading (the GOV.UK pattern); otherwise the screen has its own heading.
import type { RefObject } from 'react';
import { Radios } from '../fields/Choices';
import { TextField } from '../fields/TextField';
import type { Translator } from '../messages';
import type { FeedbackKey } from '../messages';
import { Face } from './Face';
import { youngLabel, type Question } from './questions';
import type { SurveyShape } from './shape';

export type Answers = Partial<Record<Exclude<Question, 'comment'>, string>> & { comment: string };

interface Props {
  questions: Question[];
  young: boolean;
  answers: Answers;
  onChange: (answers: Answers) => void;
  tr: Translator<FeedbackKey>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  error?: string;
  shape: SurveyShape;
}

/** Where each closed question's words are: its label, and the prefix of its answers' words. */
const words: Record<Exclude<Question, 'comment'>, [FeedbackKey, string]> = {
  informed: ['area.informed', 'outcome'],
  wellbeing: ['area.wellbeing', 'outcome'],
  safe: ['area.safe', 'outcome'],
  everyday: ['area.everyday', 'outcome'],
  satisfaction: ['satisfaction', 'satisfaction'],
  listened_to: ['listened', 'listened'],
  recommend: ['recommend', 'recommend'],
};

export function QuestionView({
  questions,
  young,
  answers,
  onChange,
  tr,
  headingRef,
  error,
  shape,
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
              {...shape.comment}
              multiline
            />
          );
        }
        if (young) {
          return (
            <Radios
              key={q}
              text={text(q, t(youngLabel[q] as FeedbackKey))}
              options={face(shape.choices[q as keyof SurveyShape['choices']])}
              value={answers[q]}
              onChange={set(q)}
              faces
            />
          );
        }
        const values = q === 'satisfaction' ? shape.satisfaction : shape.choices[q];
        const [label, prefix] = words[q];
        return (
          <Radios
            key={q}
            text={text(q, t(label))}
            options={values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as FeedbackKey) }))}
            value={answers[q]}
            onChange={set(q)}
            inline={q !== 'satisfaction'}
          />
        );
      })}
    </>
  );
}
