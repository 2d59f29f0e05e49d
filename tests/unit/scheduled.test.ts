// nextScheduled: a person's next hearing or trial, and "outcome not known" once its date has gone by.
import { describe, expect, it } from 'vitest';
import { lastDay, nextScheduled, openSteps } from '../../src/lib/data/scheduled';
import type { ScheduledStep } from '../../src/lib/data/schema';

const step = (date: string, what: string, outcome: ScheduledStep['outcome'] = null): ScheduledStep => ({
  date,
  what,
  sources: ['s'],
  outcome
});
// Caro Quintero as of March 2026: a pretrial hearing in June, the trial in March 2027.
const caro = { scheduled: [step('2027-03-08', 'trial'), step('2026-06-17', 'pretrial hearing')] };

describe('nextScheduled', () => {
  it('gives the earliest open step as upcoming, and the one after it', () => {
    const next = nextScheduled(caro, '2026-03-20')!;
    expect(next.step.what).toBe('pretrial hearing');
    expect(next.state).toBe('upcoming');
    expect(next.note).toBeNull();
    expect(next.following?.what).toBe('trial');
  });

  it('says the outcome is not known as of the as-of date once the date has passed', () => {
    const next = nextScheduled(caro, '2026-12-07', '2026-03-20')!;
    expect(next.step.what).toBe('pretrial hearing');
    expect(next.state).toBe('passed');
    expect(next.note).toBe('outcome not known as of 20 March 2026');
  });

  it('counts the step day itself as not yet passed', () => {
    expect(nextScheduled(caro, '2026-06-17')!.state).toBe('upcoming');
    expect(nextScheduled(caro, '2026-06-18')!.state).toBe('passed');
  });

  it('skips steps whose outcome is recorded', () => {
    const held = { scheduled: [step('2026-03-19', 'status hearing', { text: 'Trial set for 8 Mar 2027.', sources: ['s'] }), ...caro.scheduled] };
    expect(nextScheduled(held, '2026-03-20')!.step.what).toBe('pretrial hearing');
    expect(openSteps(held).map((s) => s.what)).toEqual(['pretrial hearing', 'trial']);
  });

  it('has nothing to say for a person with no open step', () => {
    expect(nextScheduled({ scheduled: [] }, '2026-03-20')).toBeNull();
    expect(nextScheduled({}, '2026-03-20')).toBeNull();
  });

  it('treats a month or a year as running to its last day', () => {
    expect(lastDay('2026-02')).toBe('2026-02-28');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2026')).toBe('2026-12-31');
    const may = { scheduled: [step('2026-05', 'hearing')] };
    expect(nextScheduled(may, '2026-05-31')!.state).toBe('upcoming');
    expect(nextScheduled(may, '2026-06-01')!.state).toBe('passed');
  });
});
