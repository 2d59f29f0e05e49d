// The published log of corrections in the build: every entry of data/corrections.json, newest first.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from './data';

describe('/data/corrections.json', () => {
  it('is in the build with every logged correction, newest first', () => {
    expect(existsSync('build/data/corrections.json')).toBe(true);
    const log = JSON.parse(readFileSync('build/data/corrections.json', 'utf8')) as { date: string; record: string }[];
    expect(log.length).toBe(dataset.corrections.length);
    expect(log.length).toBeGreaterThan(0);
    const dates = log.map((c) => c.date);
    expect(dates).toEqual(dates.slice().sort().reverse());
    expect(log.map((c) => c.record).sort()).toEqual(dataset.corrections.map((c) => c.record).sort());
  });
});
