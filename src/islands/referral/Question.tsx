// Draws a declared question (questions.ts) with the form kit: its words, its
// hint, its error, its choices, and what its schema says of the box (maxlength,
// required, the keyboard to show). A step that needs nothing else is just its
// questions (StepQuestions); a step with a layout of its own places each one.
import { Fragment, type ReactNode } from 'react';
import { constraintsAt } from '../../schemas/constraints';
import { referralSchemas } from '../../schemas/referral';
import { Checkboxes, Radios, type Option } from '../fields/Choices';
import { Fieldset } from '../fields/Field';
import { Text } from '../fields/Text';
import { TextField } from '../fields/TextField';
import { getAt, type AnswerPath } from './answers';
import { choiceWords } from './declaration';
import { useForm } from './form';
import type { ReferralKey } from '../messages';
import { bandFor } from './payload';
import type { Path } from './questions';
import type { FieldDef } from './journeys';

interface Props {
  path: Path;
  /** Choices worded by the step itself, in place of the declared ones. */
  options?: Option<string>[];
  /** Radios: what else changes with the answer. */
  onChange?: (value: string) => void;
  /** Text: the answer is complete (TextField). */
  onSettle?: () => void;
  /** A group's questions. */
  children?: ReactNode;
}

export function Question({ path, options, onChange, onSettle, children }: Props) {
  const f = useForm();
  const q = f.question(path);
  if (!q || (q.shown && !q.shown(f.answers))) return null;
  const text = f.text(path, q.label, q.hint, q.optional);
  const value = getAt(f.answers, path);
  // The channels are three ranked slots (ContactStep), never set through here.
  const set = (v: unknown) => f.set(path as AnswerPath, v);
  const band = bandFor(f.answers, f);
  const choices = () =>
    options ??
    q.values
      .filter((v) => !q.offer || q.offer(v, band))
      .map((v) => ({ value: v, label: choiceWords(f.tr, q.options ?? '', v, f.source) }));
  switch (q.kind) {
    case 'text':
    case 'textarea':
      return (
        <TextField
          text={text}
          value={value as string}
          onChange={set}
          {...constraintsAt(referralSchemas[f.source], path)}
          autoComplete={q.autoComplete}
          multiline={q.kind === 'textarea'}
          width={q.width ?? 'medium'}
          onSettle={onSettle}
        />
      );
    case 'number':
      return (
        <TextField
          text={text}
          value={value as string}
          onChange={set}
          type="number"
          maxLength={q.maxLength}
          required={q.required}
          width={q.width}
          onSettle={onSettle}
        />
      );
    case 'radios':
      return (
        <Radios
          required={q.required}
          text={text}
          options={choices()}
          value={value as string | undefined}
          onChange={onChange ?? set}
          inline={q.inline}
        />
      );
    case 'checkboxes':
      return (
        <Checkboxes text={text} options={choices()} value={value as string[]} onChange={set} />
      );
    case 'tick':
      return (
        <Fieldset text={text}>
          <div className="option">
            <input
              className="option__input"
              type="checkbox"
              id={`${text.id}-input`}
              checked={value === true}
              onChange={(e) => set(e.target.checked)}
            />
            <label className="option__label" htmlFor={`${text.id}-input`}>
              <Text value={f.t(q.words as ReferralKey)} />
            </label>
          </div>
        </Fieldset>
      );
    case 'group':
      return <Fieldset text={text}>{children}</Fieldset>;
    case 'select':
      // The only select, the contact channels, is three ranked choices its step draws.
      return null;
  }
}

/** A step's questions in order; `after` puts something of the step's own after one. */
export function StepQuestions({
  fields,
  after = {},
}: {
  fields: FieldDef[];
  after?: Partial<Record<Path, ReactNode>>;
}) {
  return (
    <>
      {fields.map((field) => (
        <Fragment key={field.path}>
          <Question path={field.path as Path} />
          {after[field.path as Path]}
        </Fragment>
      ))}
    </>
  );
}
