// Pure rules of the story engine: which step is active, which step each graphic shows, what a URL
// fragment points at. The Svelte side only measures the page and calls these.
import type { Section, Step, Story } from './types';

export interface StepRef {
  step: Step;
  section: Section;
  /** Position among all steps of the page, in document order. */
  index: number;
}

export function allSteps(story: Story): StepRef[] {
  const out: StepRef[] = [];
  for (const section of story.sections)
    for (const step of section.steps) out.push({ step, section, index: out.length });
  return out;
}

/** The step shown before the reader reaches any: the first step of the first sticky section. */
export function initialStepId(story: Story): string {
  const first = story.sections.find((s) => s.visual && s.steps.length);
  if (!first) throw new Error('the story has no sticky section with steps');
  return first.steps[0]!.id;
}

/** A fragment ("#id" or "id") → the step it lands on, or null when it names nothing we know. */
export function stepForFragment(story: Story, fragment: string): string | null {
  let id = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    id = decodeURIComponent(id);
  } catch {
    return null;
  }
  if (!id) return null;
  for (const section of story.sections) {
    if (section.id === id) return section.steps[0]?.id ?? null;
    if (section.steps.some((s) => s.id === id)) return id;
  }
  return null;
}

/** A fragment → the section it names (for non-sticky sections such as the roster), or null. */
export function sectionForFragment(story: Story, fragment: string): Section | null {
  const id = fragment.replace(/^#/, '');
  return story.sections.find((s) => s.id === id) ?? null;
}

/**
 * The index of the step at the trigger line, given each step's top edge in viewport pixels
 * (document order). It is the last step whose top is at or above the line; -1 when the line is
 * above every step. A step keeps the line until the next one reaches it, so gaps never blank it.
 */
export function stepAtLine(tops: readonly number[], line: number): number {
  let found = -1;
  for (let i = 0; i < tops.length; i++) {
    if (tops[i]! <= line) found = i;
    else break;
  }
  return found;
}

/**
 * The step a section's graphic shows when `activeId` is active: the active step if it is in the
 * section, the section's last step once the reader is past it, its first step before that.
 * A pure function of the active id, so every way of reaching a step draws the same graphic.
 */
export function shownStepFor(section: Section, activeId: string, steps: StepRef[]): Step {
  const own = section.steps.find((s) => s.id === activeId);
  if (own) return own;
  const active = steps.find((r) => r.step.id === activeId);
  const last = section.steps[section.steps.length - 1]!;
  const firstIndex = steps.find((r) => r.step.id === section.steps[0]!.id)?.index ?? 0;
  return active && active.index > firstIndex ? last : section.steps[0]!;
}

/** The next or previous step id, clamped to the story. */
export function neighbour(steps: StepRef[], activeId: string, delta: 1 | -1): string {
  const i = steps.findIndex((r) => r.step.id === activeId);
  const j = Math.min(steps.length - 1, Math.max(0, (i < 0 ? 0 : i) + delta));
  return steps[j]!.step.id;
}

/**
 * The trigger line in pixels from the top of the viewport. Pixels, not a fraction, because phones
 * resize the viewport as the address bar shows and hides; the caller re-measures only when the
 * width or orientation changes.
 */
export function triggerLine(viewportHeight: number): number {
  return Math.round(viewportHeight * 0.55);
}
