import { describe, expect, it } from 'vitest';
import { service } from '../../tests/fixtures/services';
import {
  ageOptions,
  fitsAudience,
  groupByNeed,
  languageName,
  needOrder,
  pick,
  siteName,
} from './directory';
import { servicesForGuide } from './guide-services';
import { needs } from './services';

describe('the list grouped by need', () => {
  const list = [
    service('national', { areas: ['national'], needs: ['crisis', 'bullying'] }),
    service('local', { areas: ['reading'], needs: ['bullying'] }),
    service('valley', { areas: ['thames-valley'], needs: ['bullying', 'crisis'] }),
  ];
  const groups = groupByNeed(list, needOrder('11-15'));

  it('has every need, help right now first', () => {
    expect(groups.map((g) => g.need)).toEqual(needOrder('11-15'));
    expect(groups[0]?.need).toBe('crisis');
    expect(new Set(needOrder('parents'))).toEqual(new Set(needs));
    expect(needOrder('parents').slice(0, 2)).toEqual(['crisis', 'parents']);
  });

  it('shows each service in full once, nearest first, and links to it after that', () => {
    const at = (need: string) =>
      groups.find((g) => g.need === need)!.items.map((i) => [i.service.slug, i.full]);
    expect(at('crisis')).toEqual([
      ['valley', true],
      ['national', true],
    ]);
    expect(at('bullying')).toEqual([
      ['valley', false],
      ['local', true],
      ['national', false],
    ]);
    expect(groups.flatMap((g) => g.items).filter((i) => i.full)).toHaveLength(list.length);
  });
});

describe('ages', () => {
  it('offers a band its own ages, and grown-ups any child’s', () => {
    expect(ageOptions('11-15')).toEqual([11, 12, 13, 14, 15]);
    expect(ageOptions('parents')).toHaveLength(18);
  });

  it('keeps services whose ages overlap the audience’s, or that state none', () => {
    expect(fitsAudience(service('a', { ages: { min: 16 } }), '11-15')).toBe(false);
    expect(fitsAudience(service('a', { ages: { min: 13, max: 25 } }), '11-15')).toBe(true);
    expect(fitsAudience(service('a'), '5-10')).toBe(true);
    expect(fitsAudience(service('a', { ages: { max: 10 } }), 'parents')).toBe(true);
  });
});

describe('words on a card', () => {
  it('falls back to English, marked as English, when a translation is missing', () => {
    expect(pick({ en: 'Help', pl: 'Pomoc' }, 'pl')).toEqual({ text: 'Pomoc' });
    expect(pick({ en: 'Help' }, 'ur')).toEqual({ text: 'Help', lang: 'en' });
  });

  it('names languages in the page’s language, British Sign Language included', () => {
    expect(languageName('pl', 'en')).toBe('Polish');
    expect(languageName('en', 'pl')).toBe('angielski');
    expect(languageName('bfi', 'en')).toBe('British Sign Language');
    expect(languageName('bfi', 'ur')).toContain('اشاروں');
  });

  it('shows a website as its name', () => {
    expect(siteName('https://www.childline.org.uk/get-support/')).toBe('childline.org.uk');
  });
});

describe('services named on a guide', () => {
  const list = [
    service('report-remove', { needs: ['online-harm'], ages: { max: 17 } }),
    service('ceop-safety-centre', { needs: ['online-harm'] }),
    service('local-online', { areas: ['oxford'], needs: ['online-harm'] }),
    service('adults-only', { needs: ['online-harm'], ages: { min: 18 } }),
    service('grief', { needs: ['bereavement'] }),
  ];

  it('names the guide’s own services first, then others for its needs and ages', () => {
    expect(servicesForGuide('online-safety', '16-17', list).map((s) => s.slug)).toEqual([
      'report-remove',
      'ceop-safety-centre',
      'local-online',
    ]);
  });

  it('takes a topic named after a need as that need, and shows nothing for others', () => {
    expect(servicesForGuide('bereavement', '5-10', list).map((s) => s.slug)).toEqual(['grief']);
    expect(servicesForGuide('have-your-say', '11-15', list)).toEqual([]);
    expect(servicesForGuide('a-topic-added-later', 'parents', list)).toEqual([]);
  });
});
