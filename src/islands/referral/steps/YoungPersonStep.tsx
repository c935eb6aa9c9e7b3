import { ages, countyFor, counties } from '../../../schemas';
import { TextField } from '../../fields/TextField';
import { Radios } from '../../fields/Choices';
import { useSettled } from '../../fields/settled';
import { useForm } from '../form';
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
  const name = `firstName.${f.who}` as const;
  return (
    <>
      <TextField
        text={f.text('young_person.first_name', name)}
        {...f.field('young_person.first_name')}
        autoComplete="off"
        width="medium"
      />
      <TextField
        text={f.text(
          'young_person.preferred_name',
          self ? 'preferredName.self' : 'preferredName.other',
          'preferredName.hint',
          true,
        )}
        {...f.field('young_person.preferred_name')}
        width="medium"
      />
      <TextField
        text={f.text(
          'young_person.pronouns',
          self ? 'pronouns.self' : 'pronouns.other',
          'pronouns.hint',
          true,
        )}
        {...f.field('young_person.pronouns')}
        width="medium"
      />
      <TextField
        text={f.text('young_person.age', f.voiced('age'), 'age.hint')}
        {...f.bind('young_person.age')}
        type="number"
        maxLength={3}
        required
        width="short"
        onSettle={settleAge}
      />
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
      <TextField
        text={f.text('young_person.area', self ? 'area.self' : 'area.other', 'area.hint')}
        {...f.field('young_person.area')}
        width="medium"
        onSettle={settleArea}
      />
      {askCounty && (
        <Radios
          required
          text={f.text('young_person.county', self ? 'county.self' : 'county.other')}
          options={counties.map((c) => ({ value: c, label: f.t(`county.${c}`) }))}
          {...f.bind('young_person.county')}
        />
      )}
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
      <TextField
        text={f.text('young_person.school', self ? 'school.self' : 'school.other', undefined, true)}
        {...f.field('young_person.school')}
        width="medium"
      />
    </>
  );
}
