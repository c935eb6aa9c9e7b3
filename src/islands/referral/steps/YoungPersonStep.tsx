import { counties } from '../../../schemas/choices';
import { ages } from '../../../schemas/limits';
import { countyFor } from '../../../schemas/location';
import { TextField } from '../../fields/TextField';
import { Radios } from '../../fields/Choices';
import { useForm } from '../form';
import { Route } from './Route';

export function YoungPersonStep() {
  const f = useForm();
  const yp = f.answers.young_person;
  const self = f.source === 'young_person';
  const age = /^[0-9]{1,3}$/.test(yp.age) ? Number(yp.age) : undefined;
  const found = countyFor(yp.area);
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
      />
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
      <TextField
        text={f.text('young_person.area', self ? 'area.self' : 'area.other', 'area.hint')}
        {...f.field('young_person.area')}
        width="medium"
      />
      {(found === null && yp.area !== '') || yp.county !== undefined ? (
        <Radios
          required
          text={f.text('young_person.county', self ? 'county.self' : 'county.other')}
          options={counties.map((c) => ({ value: c, label: f.t(`county.${c}`) }))}
          {...f.bind('young_person.county')}
        />
      ) : null}
      {outside && (
        <Route
          title={f.t('route.outside.title')}
          text={f.t('route.outside.text')}
          href={f.links.outside}
          link={f.t('route.outside.link')}
        />
      )}
      <TextField
        text={f.text('young_person.school', self ? 'school.self' : 'school.other', undefined, true)}
        {...f.field('young_person.school')}
        width="medium"
      />
    </>
  );
}
