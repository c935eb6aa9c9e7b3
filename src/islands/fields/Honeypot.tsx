// Invisible to people and to assistive technology; form-filling robots fill it in.
// Its name and label are nothing a browser's autofill recognises, so a person's
// autofill never fills it by mistake.
export function Honeypot({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="yvs-extra-note">Leave this empty</label>
      <input
        id="yvs-extra-note"
        name="yvs-extra-note"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
