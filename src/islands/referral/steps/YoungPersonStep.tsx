// The young person: their name, age and where they live, with a signpost the
// moment an answer means another service is the right one.
import { ages } from '../../../schemas/limits';
import { countyFor } from '../../../schemas/location';
import { useSettled } from '../../fields/settled';
import { useForm } from '../form';
import { Question } from '../Question';
import { Route } from './Route';

export function YoungPersonStep() {
  const f = useForm();
  const yp = f.answers.young_person;
  const self = f.source === 'young_person';
  // Signposts and the area question follow the answer once it is complete, not
  // each keystroke (fields/settled.ts).
  const [ageTyped, settleAge] = useSettled(yp.age);
  const [areaTyped, settleArea] = useSettled(yp.area);
  const age = /^[0-9]{1,3}$/.test(ageTyped) ? Number(ageTyped) : undefined;
  const found = countyFor(areaTyped);
  const askCounty =
    (found === null && areaTyped !== '') ||
    yp.county !== undefined ||
    f.errors.has('young_person.county');
  const outside = found === 'outside' || yp.county === 'outside';
  return (
    <>
      <Question path="young_person.first_name" />
      <Question path="young_person.preferred_name" />
      <Question path="young_person.pronouns" />
      <Question path="young_person.age" onSettle={settleAge} />
      {/* Always on the page, so a screen reader hears what is put into it. */}
      <div className="signposts" aria-live="polite">
        {age !== undefined && age > ages.max && (
          <Route
            title={f.t('route.adult.title')}
            text={f.t('route.adult.text')}
            href={f.links.adults}
            link={f.t('route.adult.link')}
          />
        )}
        {self && age !== undefined && age < ages.selfReferralMin && (
          <Route
            title={f.t('route.under11.title')}
            text={f.t('route.under11.text')}
            href={f.links.under11}
            link={f.t('route.under11.link')}
          />
        )}
      </div>
      <Question path="young_person.area" onSettle={settleArea} />
      {askCounty && <Question path="young_person.county" />}
      <div className="signposts" aria-live="polite">
        {outside && (
          <Route
            title={f.t('route.outside.title')}
            text={f.t('route.outside.text')}
            href={f.links.outside}
            link={f.t('route.outside.link')}
          />
        )}
      </div>
      <Question path="young_person.school" />
    </>
  );
}
