import { harmCategories, happenedWhen, involvements, yesNoNotSure } from '../../../schemas/choices';
import { Checkboxes, Radios } from '../../fields/Choices';
import { TextField } from '../../fields/TextField';
import type { ReferralKey } from '../../messages';
import { useForm } from '../form';
import { bandFor } from '../payload';

type Category = (typeof harmCategories)[number];

export function WhatHappenedStep() {
  const f = useForm();
  const self = f.voice === 'self';
  // Abuse in their own relationship is asked about for 16 and 17 year olds only.
  const older = bandFor(f.answers, f) === '16-17';
  const categories = harmCategories.filter((c) => c !== 'relationship_abuse' || older);
  const label = (c: Category): string => {
    const own = `category.${c}.self` as ReferralKey;
    return self && f.tr.maybe(own) ? f.t(own) : f.t(`category.${c}` as ReferralKey);
  };
  const reported = f.answers.what_happened.reported_to_police;
  return (
    <>
      <Checkboxes
        text={f.text('what_happened.categories', f.voiced('categories'), 'categories.hint')}
        options={categories.map((c) => ({ value: c, label: label(c) }))}
        {...f.bind('what_happened.categories')}
      />
      <Radios
        required
        text={f.text('what_happened.involvement', f.voiced('involvement'))}
        options={involvements.map((v) => ({
          value: v,
          label: f.t(
            (v === 'both' || self ? `involvement.${v}` : `involvement.${v}.other`) as ReferralKey,
          ),
        }))}
        {...f.bind('what_happened.involvement')}
      />
      <Radios
        required
        text={f.text('what_happened.when', 'when')}
        options={happenedWhen.map((v) => ({ value: v, label: f.t(`when.${v}`) }))}
        {...f.bind('what_happened.when')}
      />
      <Radios
        required
        text={f.text('what_happened.reported_to_police', 'police', 'police.hint')}
        options={yesNoNotSure.map((v) => ({ value: v, label: f.t(`police.${v}`) }))}
        {...f.bind('what_happened.reported_to_police')}
        inline
      />
      {reported === 'yes' && (
        <TextField
          text={f.text('what_happened.crime_reference', 'crimeReference', undefined, true)}
          {...f.field('what_happened.crime_reference')}
          width="medium"
        />
      )}
      <TextField
        text={f.text('what_happened.details', f.voiced('details'), 'details.hint', true)}
        {...f.field('what_happened.details')}
        multiline
      />
    </>
  );
}
