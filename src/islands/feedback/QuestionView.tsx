// One screen of the survey. On a screen with a single question the question is
// the page heading (the GOV.UK pattern); otherwise the screen has its own heading.
// Either way the step count is read inside it.
import type { RefObject } from 'react';
import { Radios } from '../fields/Choices';
import { Heading } from '../fields/Field';
import { Text } from '../fields/Text';
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
  /** "Step 2 of 4", read with the heading. */
  caption: string;
  /** Shown on the screen's first question. */
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

/** A question's words, as its label or legend. */
function labelOf(q: Question, young: boolean, { t }: Translator<FeedbackKey>): string {
  if (q === 'comment') return `${young ? t('young.comment') : t('comment')} ${t('nav.optional')}`;
  return young ? t(youngLabel[q] as FeedbackKey) : t(words[q][0]);
}

/** What the screen's heading says: its only question, or the screen's own title. */
export function screenHeading(questions: Question[], young: boolean, tr: Translator<FeedbackKey>) {
  if (questions.length === 1) return labelOf(questions[0] as Question, young, tr);
  return tr.t(questions[0] === 'informed' ? 'areas.title' : 'screen.support');
}

export function QuestionView({
  questions,
  young,
  answers,
  onChange,
  tr,
  headingRef,
  caption,
  error,
  shape,
}: Props) {
  const t = tr.t;
  const set = (q: Question) => (value: string) => onChange({ ...answers, [q]: value });
  const one = questions.length === 1;
  const text = (q: Question, hint?: string) => ({
    id: `feedback-${q}`,
    label: labelOf(q, young, tr),
    hint,
    errorPrefix: t('errors.prefix'),
    error: q === questions[0] ? error : undefined,
    headingRef: one ? headingRef : undefined,
    caption: one ? caption : undefined,
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
        <Heading headingRef={headingRef} caption={caption}>
          <Text value={screenHeading(questions, young, tr)} />
        </Heading>
      )}
      {questions[0] === 'informed' && (
        <p className="hint">
          <Text value={t('areas.hint')} />
        </p>
      )}
      {questions.map((q) => {
        if (q === 'comment') {
          return (
            <TextField
              key={q}
              text={text(q, young ? t('young.comment.hint') : t('comment.hint'))}
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
              text={text(q)}
              options={face(shape.choices[q as keyof SurveyShape['choices']])}
              value={answers[q]}
              onChange={set(q)}
              faces
            />
          );
        }
        const values = q === 'satisfaction' ? shape.satisfaction : shape.choices[q];
        const prefix = words[q][1];
        return (
          <Radios
            key={q}
            text={text(q)}
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
