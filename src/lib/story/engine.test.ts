import { describe, expect, it } from 'vitest';
import {
  allSteps,
  initialStepId,
  neighbour,
  sectionForFragment,
  shownStepFor,
  stepAtLine,
  stepForFragment,
  triggerLine
} from './engine';
import type { Section, Story } from './types';

const scene = { visual: 'map', map: { zoom: 'mexico', layer: 'plain' } } as const;
const section = (id: string, n: number, visual: Section['visual'] = 'map'): Section => ({
  id,
  title: id,
  summary: id,
  visual,
  intro: [],
  steps: Array.from({ length: n }, (_, i) => ({ id: `${id}-${i + 1}`, text: [], scene }))
});
const story: Story = { sections: [section('intro', 0, null), section('a', 3), section('b', 2), section('roster', 0, null)] };
const steps = allSteps(story);

describe('allSteps / initialStepId', () => {
  it('lists steps in document order with their sections', () => {
    expect(steps.map((r) => `${r.section.id}:${r.step.id}:${r.index}`)).toEqual([
      'a:a-1:0',
      'a:a-2:1',
      'a:a-3:2',
      'b:b-1:3',
      'b:b-2:4'
    ]);
  });
  it('starts on the first step of the first sticky section, skipping prose sections', () => {
    expect(initialStepId(story)).toBe('a-1');
  });
  it('refuses a story with no sticky step', () => {
    expect(() => initialStepId({ sections: [section('x', 0, null)] })).toThrow();
  });
});

describe('stepForFragment', () => {
  it.each([
    ['#b-2', 'b-2'],
    ['b-2', 'b-2'],
    ['#b', 'b-1'],
    ['#a', 'a-1'],
    ['#nope', null],
    ['', null],
    ['#', null],
    ['#%E0%A4%A', null],
    ['#roster', null]
  ])('%s → %s', (hash, expected) => {
    expect(stepForFragment(story, hash)).toBe(expected);
  });
  it('finds prose sections separately', () => {
    expect(sectionForFragment(story, '#roster')?.id).toBe('roster');
    expect(sectionForFragment(story, '#zzz')).toBeNull();
  });
});

describe('stepAtLine', () => {
  const tops = [100, 500, 900, 1500];
  it.each([
    [50, -1],
    [99, -1],
    [100, 0],
    [499, 0],
    [500, 1],
    [1200, 2],
    [5000, 3]
  ])('line at %i → step %i', (line, expected) => {
    expect(stepAtLine(tops, line)).toBe(expected);
  });
  it('keeps the last step above the line when the line falls in a gap between sections', () => {
    expect(stepAtLine([-900, -400, 800], 460)).toBe(1);
  });
});

describe('shownStepFor', () => {
  const [a, b] = story.sections.slice(1, 3) as [Section, Section];
  it.each([
    ['a-2', 'a', 'a-2'],
    ['a-2', 'b', 'b-1'],
    ['b-2', 'a', 'a-3'],
    ['b-1', 'b', 'b-1'],
    ['unknown', 'b', 'b-1']
  ])('active %s: section %s shows %s', (active, sec, expected) => {
    expect(shownStepFor(sec === 'a' ? a : b, active, steps).id).toBe(expected);
  });
  it('is a pure function of the active id: every call gives the same step', () => {
    const once = steps.map((r) => shownStepFor(b, r.step.id, steps).id);
    const again = [...steps].reverse().map((r) => shownStepFor(b, r.step.id, steps).id).reverse();
    expect(again).toEqual(once);
  });
});

describe('neighbour and triggerLine', () => {
  it('moves one step and stops at the ends', () => {
    expect(neighbour(steps, 'a-3', 1)).toBe('b-1');
    expect(neighbour(steps, 'b-1', -1)).toBe('a-3');
    expect(neighbour(steps, 'a-1', -1)).toBe('a-1');
    expect(neighbour(steps, 'b-2', 1)).toBe('b-2');
  });
  it('puts the trigger line a little below the middle, in whole pixels', () => {
    expect(triggerLine(844)).toBe(464);
    expect(Number.isInteger(triggerLine(667.5))).toBe(true);
  });
});
