// What the editors' page reports, on made-up entries.
import { describe, expect, it } from 'vitest';
import { service } from '../../tests/fixtures/services';
import {
  coverage,
  dueDate,
  missingTranslations,
  staleServices,
  unmetNeeds,
} from './service-checks';
import { needs } from './services';

describe('due a check', () => {
  it('falls six calendar months after the check, on the last day of a shorter month', () => {
    expect(dueDate('2026-06-15')).toBe('2026-12-15');
    expect(dueDate('2026-08-31')).toBe('2027-02-28');
    expect(dueDate('2027-08-31')).toBe('2028-02-29');
  });

  it('lists entries checked more than six months ago, oldest first', () => {
    const list = [
      service('fresh', { checked: '2026-11-30' }),
      service('just-in-time', { checked: '2026-06-06' }),
      service('old', { checked: '2026-06-05' }),
      service('older', { checked: '2025-01-01' }),
    ];
    expect(staleServices(list, '2026-12-06').map((s) => s.slug)).toEqual(['older', 'old']);
  });
});

describe('missing translations', () => {
  it('names the language and the words, and leaves out complete entries', () => {
    const list = [
      service('complete'),
      service('no-urdu', { offers: { en: 'Help', pl: 'Pomoc' } }),
      service('hours', {
        offers: { en: 'Help', pl: 'Pomoc', ur: 'مدد' },
        contact: {
          phone: '111',
          text: null,
          website: null,
          email: null,
          hours: { en: 'Every day', ur: 'ہر روز' },
        },
      }),
    ];
    expect(missingTranslations(list).map((r) => [r.service.slug, r.missing])).toEqual([
      ['no-urdu', ['ur: offers']],
      ['hours', ['pl: hours']],
    ]);
  });
});

describe('coverage of needs by county', () => {
  const list = [
    service('national-crisis', { areas: ['national'], needs: ['crisis'] }),
    service('reading-bullying', { areas: ['reading'], needs: ['bullying'] }),
    service('tv-support', { areas: ['thames-valley'], needs: ['crime-support'] }),
  ];
  const cell = (need: string, county: string) =>
    coverage(list).find((c) => c.need === need && c.county === county);

  it('counts national services for every county, but not as local', () => {
    expect(cell('crisis', 'oxfordshire')).toMatchObject({ all: 1, local: 0 });
  });

  it('counts a council area for its own county only', () => {
    expect(cell('bullying', 'berkshire')).toMatchObject({ all: 1, local: 1 });
    expect(cell('bullying', 'milton-keynes')).toMatchObject({ all: 0, local: 0 });
  });

  it('counts Thames Valley-wide services as local everywhere', () => {
    expect(cell('crime-support', 'buckinghamshire')).toMatchObject({ all: 1, local: 1 });
  });

  it('has a cell for every need and county', () => {
    expect(coverage(list)).toHaveLength(needs.length * 4);
  });

  it('names the needs nothing meets', () => {
    expect(unmetNeeds(list)).toEqual(
      needs.filter((n) => !['crisis', 'bullying', 'crime-support'].includes(n)),
    );
  });
});
