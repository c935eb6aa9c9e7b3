// A signpost shown the moment an answer means this service is not the right one:
// never a dead end, always where to go instead.
export function Route({
  title,
  text,
  href,
  link,
}: {
  title: string;
  text: string;
  href: string;
  link: string;
}) {
  return (
    <div className="warning" role="status">
      <h2 className="legend">{title}</h2>
      <p>{text}</p>
      <p>
        <a href={href}>{link}</a>
      </p>
    </div>
  );
}
