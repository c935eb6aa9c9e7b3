// A text, email, phone or number box, or a textarea. Limits come from the zod
// schema's `limits`, so the browser stops typing where the schema would refuse.
import { describedBy, FieldFrame, type FieldText } from './Field';

interface Props {
  text: FieldText;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'number';
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  autoComplete?: string;
  multiline?: boolean;
  width?: 'short' | 'medium' | 'full';
  min?: number;
  max?: number;
  /**
   * The answer is complete: the box is left, or Tab or Enter is pressed. Called
   * on keydown, before the browser moves focus, so a question this answer brings
   * is already on the page for Tab to reach.
   */
  onSettle?: () => void;
}

export function TextField(props: Props) {
  const {
    text,
    value,
    onChange,
    multiline,
    width = 'full',
    type = 'text',
    onSettle,
    ...rest
  } = props;
  const common = {
    id: text.id,
    name: text.id,
    value,
    maxLength: rest.maxLength,
    required: rest.required,
    'aria-describedby': describedBy(text),
    'aria-invalid': text.error ? true : undefined,
    // Nothing typed here may be remembered by the browser on a shared device.
    autoComplete: rest.autoComplete ?? 'off',
    spellCheck: false,
    // Not when a press on a button took the focus: a signpost coming or going
    // between pressing and letting go would move the button from under the
    // pointer, and the press would be lost. The button acts on the whole answer
    // anyway, and the pause settles it moments later.
    onBlur: onSettle
      ? (event: React.FocusEvent) => {
          if (!(event.relatedTarget instanceof HTMLButtonElement)) onSettle();
        }
      : undefined,
    onKeyDown: onSettle
      ? (event: React.KeyboardEvent) => {
          if (event.key === 'Tab' || event.key === 'Enter') onSettle();
        }
      : undefined,
  } as const;
  return (
    <FieldFrame text={text}>
      {multiline ? (
        <textarea
          className="textarea"
          rows={5}
          {...common}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          className={`input input--${width}`}
          type={type === 'number' ? 'text' : type}
          inputMode={rest.inputMode ?? (type === 'number' ? 'numeric' : undefined)}
          pattern={type === 'number' ? '[0-9]*' : undefined}
          {...common}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}
