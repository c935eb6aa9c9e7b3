// The census's five ethnic-group headings over the detailed groups of choices.ts:
// the form groups its options under them and the commissioner's report counts by
// them. Apart from choices.ts, whose every export is a closed list.
import type { ethnicGroups } from './choices';

/**
 * The Census 2021 headings, each with its detailed answers, in the order the form
 * shows them (the report counts by heading); "prefer not to say" comes after them, under no heading.
 */
export const ethnicGroupHeadings = {
  asian: ['indian', 'pakistani', 'bangladeshi', 'chinese', 'other_asian'],
  black: ['caribbean', 'african', 'other_black'],
  mixed: ['white_and_black_caribbean', 'white_and_black_african', 'white_and_asian', 'other_mixed'],
  white: [
    'english_welsh_scottish_northern_irish_british',
    'irish',
    'gypsy_or_irish_traveller',
    'roma',
    'other_white',
  ],
  other: ['arab', 'any_other'],
} as const satisfies Record<string, readonly (typeof ethnicGroups)[number][]>;
