// Where does someone live, from what they typed: a postcode (full or just its
// district) or a town. Used by the forms to route people outside Thames Valley to
// their local service and to fill in the county.
//
// An approximation, by postcode district: a few districts straddle a county line
// (RG8, RG17, HP18, MK17, OX7, OX15, OX17, SL3) and are given to the county most of
// their people live in. Districts that are mostly outside are mapped outside
// (RG21-RG29 Basingstoke, HP1-HP4/HP23 Hertfordshire, MK40+ Bedford). A few
// districts from neighbouring areas that are partly inside (GU47 Sandhurst, SN7
// Faringdon, UB9 Denham) are mapped in; any other postcode is outside. A town the
// list doesn't know returns `null`: ask which county instead of guessing.
import type { counties } from './choices';

export type County = (typeof counties)[number];

const town: Record<string, County> = {};
const towns: [County, string][] = [
  [
    'berkshire',
    'reading,slough,windsor,maidenhead,bracknell,wokingham,newbury,thatcham,ascot,sandhurst,crowthorne,hungerford,eton,earley,woodley,twyford,theale,burghfield,tilehurst,lambourn,datchet,langley,cookham,sunningdale,wraysbury,pangbourne,finchampstead,binfield',
  ],
  [
    'buckinghamshire',
    'aylesbury,high wycombe,wycombe,amersham,chesham,beaconsfield,marlow,buckingham,princes risborough,gerrards cross,milton keynes,bletchley,newport pagnell,olney,wolverton,stony stratford,burnham,iver,wendover,winslow,haddenham,chalfont st giles,chalfont st peter,great missenden,denham,bourne end,farnham common,stokenchurch',
  ],
  [
    'oxfordshire',
    'oxford,banbury,bicester,witney,abingdon,didcot,wallingford,henley-on-thames,henley,thame,wantage,carterton,kidlington,chipping norton,faringdon,woodstock,grove,botley,eynsham,chinnor,watlington,goring,wheatley,burford,charlbury',
  ],
];
for (const [county, names] of towns) for (const name of names.split(',')) town[name] = county;

const inside: Record<string, County | ((n: number) => County)> = {
  RG: (n) => (n === 9 ? 'oxfordshire' : n >= 21 && n <= 29 ? 'outside' : 'berkshire'),
  SL: (n) => ([0, 7, 8, 9].includes(n) ? 'buckinghamshire' : 'berkshire'),
  HP: (n) => (n <= 4 || n === 23 ? 'outside' : 'buckinghamshire'),
  MK: (n) => (n <= 19 ? 'buckinghamshire' : 'outside'),
  OX: 'oxfordshire',
};
const partly: Record<string, County> = {
  GU47: 'berkshire',
  SN7: 'oxfordshire',
  UB9: 'buckinghamshire',
};

/** The postcode district (outward code) at the start of `input`, or null: "rg1 2ab" → "RG1". */
export function postcodeDistrict(input: string): string | null {
  const match = /^([A-Z]{1,2})([0-9][0-9A-Z]?)(?: ?[0-9][A-Z]{0,2})?$/.exec(
    input.trim().toUpperCase().replace(/\s+/g, ' '),
  );
  return match ? `${match[1]}${match[2]}` : null;
}

/** The county for a postcode, postcode district or town; 'outside' beyond Thames Valley; null when unsure. */
export function countyFor(input: string): County | null {
  const district = postcodeDistrict(input);
  if (district) {
    if (partly[district]) return partly[district];
    const [, area = '', num = ''] = /^([A-Z]+)([0-9]+)/.exec(district) ?? [];
    const rule = inside[area];
    if (rule === undefined) return 'outside';
    return typeof rule === 'function' ? rule(Number(num)) : rule;
  }
  const name = input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ on thames$/, '-on-thames');
  return town[name] ?? null;
}
