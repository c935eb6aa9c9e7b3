// Radios (one answer) and checkboxes (any number). Nothing is ticked until the
// person ticks it: the most private answer is always the one they choose.
import type { ReactNode } from 'react';
import { Fieldset, type FieldText } from './Field';
import { Text } from './Text';

export interface Option<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** Shown under the option once it is chosen (a follow-up question or a warning). */
  reveal?: ReactNode;
  /** A picture beside the words (never instead of them). */
  icon?: ReactNode;
}

interface RadiosProps<V extends string> {
  text: FieldText;
  options: Option<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  required?: boolean;
  inline?: boolean;
  /** Large picture answers in a row, for the youngest readers. */
  faces?: boolean;
}

export function Radios<V extends string>({
  text,
  options,
  value,
  onChange,
  required,
  inline,
  faces,
}: RadiosProps<V>) {
  return (
    <Fieldset text={text}>
      <div
        className={`options${inline ? ' options--inline' : ''}${faces ? ' options--faces' : ''}`}
      >
        {options.map((option, i) => (
          <Item
            key={option.value}
            id={itemId(text.id, option.value, i)}
            option={option}
            checked={value === option.value}
            input={{
              type: 'radio',
              name: text.id,
              required,
              onChange: () => onChange(option.value),
            }}
          />
        ))}
      </div>
    </Fieldset>
  );
}

interface CheckboxesProps<V extends string> {
  text: FieldText;
  options: Option<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
}

export function Checkboxes<V extends string>({
  text,
  options,
  value,
  onChange,
}: CheckboxesProps<V>) {
  const toggle = (v: V) =>
    onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Fieldset text={text}>
      <div className="options">
        {options.map((option, i) => (
          <Item
            key={option.value}
            id={itemId(text.id, option.value, i)}
            option={option}
            checked={value.includes(option.value)}
            input={{ type: 'checkbox', name: text.id, onChange: () => toggle(option.value) }}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/** The first option's id is what the error summary links to. */
export const itemId = (field: string, value: string, index: number) =>
  index === 0 ? `${field}-input` : `${field}-${value}`;

interface ItemProps {
  id: string;
  option: Option<string>;
  checked: boolean;
  input: { type: 'radio' | 'checkbox'; name: string; required?: boolean; onChange: () => void };
}

function Item({ id, option, checked, input }: ItemProps) {
  const hintId = option.hint ? `${id}-item-hint` : undefined;
  return (
    <div className="option">
      <input
        {...input}
        id={id}
        value={option.value}
        checked={checked}
        aria-describedby={hintId}
        className="option__input"
      />
      <label className="option__label" htmlFor={id}>
        {option.icon}
        <Text value={option.label} />
      </label>
      {option.hint && (
        <div id={hintId} className="hint option__hint">
          <Text value={option.hint} />
        </div>
      )}
      {checked && option.reveal && <div className="option__reveal">{option.reveal}</div>}
    </div>
  );
}
