// A signpost shown once an answer means this service is not the right one: never
// a dead end, always where to go instead. It is put into a live region that is
// always on the page (Signposts), which is what makes screen readers say it.
import { Text } from '../../fields/Text';

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
    <div className="warning">
      <h2 className="legend">
        <Text value={title} />
      </h2>
      <p>
        <Text value={text} />
      </p>
      <p>
        <a href={href}>
          <Text value={link} />
        </a>
      </p>
    </div>
  );
}
