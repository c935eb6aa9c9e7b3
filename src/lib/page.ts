// Small helpers the page files share.
import type { Band } from './routes';

/** Content keys per age band: `band.1115.home.title` and so on. */
export const bandKey = {
  '5-10': '510',
  '11-15': '1115',
  '16-17': '1617',
} as const satisfies Record<Band, string>;
export type OlderBand = Exclude<Band, '5-10'>;
