import { describedBy, FieldFrame, type FieldText } from './Field';

interface Props<V extends string> {
  text: FieldText;
  options: { value: V | ''; label: string }[];
  value: V | '';
  onChange: (value: V | '') => void;
}

export function Select<V extends string>({ text, options, value, onChange }: Props<V>) {
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
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
