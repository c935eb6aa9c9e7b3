// The grown-up who is asking: a parent or carer with their own contact details,
// or a professional with their work details.
import { childAgreement, organisationTypes, parentRelationships } from '../../../schemas/choices';
import { Radios } from '../../fields/Choices';
import { TextField } from '../../fields/TextField';
import { useForm } from '../form';
import { bandFor } from '../payload';

export function ReferrerStep() {
  const f = useForm();
  const name = (
    <TextField
      text={f.text('referrer.name', 'referrer.name')}
      {...f.field('referrer.name')}
      autoComplete="name"
      width="medium"
    />
  );
  if (f.source === 'professional') {
    return (
      <>
        {name}
        <TextField
          text={f.text('referrer.role', 'referrer.role')}
          {...f.field('referrer.role')}
          autoComplete="organization-title"
          width="medium"
        />
        <TextField
          text={f.text('referrer.organisation', 'referrer.organisation')}
          {...f.field('referrer.organisation')}
          autoComplete="organization"
          width="medium"
        />
        <Radios
          required
          text={f.text('referrer.organisation_type', 'referrer.organisationType')}
          options={organisationTypes.map((v) => ({
            value: v,
            label: f.t(`organisationType.${v}`),
          }))}
          {...f.bind('referrer.organisation_type')}
        />
        <TextField
          text={f.text('referrer.email', 'referrer.workEmail')}
          {...f.field('referrer.email')}
          autoComplete="work email"
          width="medium"
        />
        <TextField
          text={f.text('referrer.phone', 'referrer.workPhone', 'phone.hint')}
          {...f.field('referrer.phone')}
          autoComplete="work tel"
          width="medium"
        />
      </>
    );
  }
  return (
    <>
      {name}
      <Radios
        required
        text={f.text('referrer.relationship', 'referrer.relationship')}
        options={parentRelationships.map((v) => ({ value: v, label: f.t(`relationship.${v}`) }))}
        {...f.bind('referrer.relationship')}
      />
      <Radios
        required
        text={f.text('referrer.young_person_agreed', 'referrer.agreed')}
        options={childAgreement
          // A 16 or 17 year old is old enough to understand; the schema refuses it too.
          .filter((v) => v !== 'too_young' || bandFor(f.answers, f) !== '16-17')
          .map((v) => ({ value: v, label: f.t(`agreed.${v}`) }))}
        {...f.bind('referrer.young_person_agreed')}
      />
      <TextField
        text={f.text('referrer.phone', 'phone.other', 'phone.hint')}
        {...f.field('referrer.phone')}
        width="medium"
      />
      <TextField
        text={f.text('referrer.email', 'email.other')}
        {...f.field('referrer.email')}
        width="medium"
      />
    </>
  );
}
