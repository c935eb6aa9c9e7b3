import { describe, expect, it } from 'vitest';
import { fitsAge, matches, nearness, type Facts } from './match';

const any = { area: '', need: '', age: null };
const local = { areas: ['reading', 'slough'], needs: ['bullying'], min: 11, max: 18 };
const national: Facts = { areas: ['national'], needs: ['crisis', 'bullying'] };
const valley = { areas: ['thames-valley'], needs: ['crime-support'], min: 5 };

describe('filtering the directory', () => {
  it('shows everything when nothing is chosen', () => {
    for (const facts of [local, national, valley]) expect(matches(facts, any)).toBe(true);
  });

  it('by area: that area, Thames Valley-wide and national services', () => {
    const reading = { ...any, area: 'reading' };
    const oxford = { ...any, area: 'oxford' };
    expect([local, national, valley].map((f) => matches(f, reading))).toEqual([true, true, true]);
    expect([local, national, valley].map((f) => matches(f, oxford))).toEqual([false, true, true]);
  });

  it('by need', () => {
    const bullying = { ...any, need: 'bullying' };
    expect([local, national, valley].map((f) => matches(f, bullying))).toEqual([true, true, false]);
  });

  it('by age, inclusive, with an unstated end left open', () => {
    expect([10, 11, 18, 19].map((age) => fitsAge(local, age))).toEqual([false, true, true, false]);
    expect([4, 5, 17].map((age) => fitsAge(valley, age))).toEqual([false, true, true]);
    expect(fitsAge(national, 0)).toBe(true);
  });

  it('by all three at once', () => {
    expect(matches(local, { area: 'slough', need: 'bullying', age: 12 })).toBe(true);
    expect(matches(local, { area: 'slough', need: 'bullying', age: 9 })).toBe(false);
    expect(matches(local, { area: 'oxford', need: 'bullying', age: 12 })).toBe(false);
  });

  it('puts the chosen area first, then Thames Valley, then national', () => {
    expect(nearness(local.areas, 'reading')).toBe(0);
    expect(nearness(valley.areas, 'reading')).toBe(1);
    expect(nearness(national.areas, 'reading')).toBe(2);
    expect(nearness(local.areas, '')).toBe(2);
  });
});
