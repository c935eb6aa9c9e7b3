import { describedBy, FieldFrame, type FieldText } from './Field';
import { plain } from '../../i18n/marked';

type Choice<V extends string> = { value: V | ''; label: string };

interface Props<V extends string> {
  text: FieldText;
  options: Choice<V>[];
  /** Headed groups after `options` (native <optgroup>s, which screen readers announce). */
  groups?: { label: string; options: Choice<V>[] }[];
  /** Options after the groups, outside any heading ("prefer not to say"). */
  after?: Choice<V>[];
  value: V | '';
  onChange: (value: V | '') => void;
}

export function Select<V extends string>({
  text,
  options,
  groups = [],
  after = [],
  value,
  onChange,
}: Props<V>) {
  const option = (o: Choice<V>) => (
    // An <option> holds text only: English in it cannot be marked.
    <option key={o.value} value={o.value}>
      {plain(o.label)}
    </option>
  );
  return (
    <FieldFrame text={text}>
      <select
        className="select input--medium"
        id={text.id}
        name={text.id}
        value={value}
        aria-describedby={describedBy(text)}
        aria-invalid={text.error ? true : undefined}
        onChange={(e) => onChange(e.target.value as V | '')}
      >
        {options.map(option)}
        {groups.map((g) => (
          <optgroup key={g.label} label={plain(g.label)}>
            {g.options.map(option)}
          </optgroup>
        ))}
        {after.map(option)}
      </select>
    </FieldFrame>
  );
}
