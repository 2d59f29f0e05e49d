// One set of facts, two sets of words: the Spanish story has the same sections, steps, scenes and citations as
// the English one, and none of its sentences is left in English.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { buildStory } from '$lib/story';
import type { Inline, Paragraph, Scene, Story } from '$lib/story/types';

const d = loadDataset('data');
const en = buildStory(d, 'en');
const es = buildStory(d, 'es');

const cites = (ps: Paragraph[]) => ps.flat().flatMap((i: Inline) => (typeof i === 'object' && 'sources' in i ? [i.sources] : []));
const links = (ps: Paragraph[]) => ps.flat().flatMap((i: Inline) => (typeof i === 'object' && 'href' in i ? [i.href] : []));
const text = (ps: Paragraph[]) =>
  ps
    .flat()
    .map((i) => (typeof i === 'string' ? i : 'text' in i ? i.text : 'em' in i ? i.em : i.strong))
    .join('');
// A scene's words (the network's title, the timeline's caption, the name over a map's path) are the edition's;
// everything else in it is a fact, the same in both.
const facts = (sc: Scene): Scene =>
  sc.visual === 'network'
    ? { ...sc, network: { ...sc.network, title: '' } }
    : sc.visual === 'timeline'
      ? { ...sc, timeline: { ...sc.timeline, caption: '' } }
      : { ...sc, map: { ...sc.map, ...(sc.map.path ? { path: { ...sc.map.path, name: '' } } : {}) } };
const words = (sc: Scene): string | null =>
  sc.visual === 'network' ? sc.network.title : sc.visual === 'timeline' ? sc.timeline.caption : (sc.map.path?.name ?? null);
const scenes = (s: Story) => s.sections.flatMap((sec) => sec.steps.map((st) => ({ id: st.id, scene: st.scene })));
const skeleton = (s: Story) =>
  s.sections.map((sec) => ({
    id: sec.id,
    visual: sec.visual,
    introCites: cites(sec.intro),
    steps: sec.steps.map((st) => ({ id: st.id, scene: facts(st.scene), cites: cites(st.text) }))
  }));

// Words that mark an English sentence; none of them is a Spanish word or a name in this story.
const ENGLISH = /\b(the|and|of|were|was|people|transferred|accused|sources|which|with|their)\b/;

describe('the two editions of the story', () => {
  it('have the same sections, step ids, scenes and citations, in the same order', () => {
    expect(es.sections.length).toBe(8);
    expect(skeleton(es)).toEqual(skeleton(en));
    expect(es.sections.flatMap((s) => s.steps).length).toBeGreaterThan(30);
  });

  it('differ in every title, summary, intro and step text', () => {
    for (const [a, b] of en.sections.map((s, i) => [s, es.sections[i]!] as const)) {
      expect(b.title).not.toBe(a.title);
      expect(b.summary).not.toBe(a.summary);
      expect(text(b.intro) === text(a.intro) && a.intro.length > 0).toBe(false);
    }
    const pairs = en.sections.flatMap((s, i) => s.steps.map((st, j) => [st, es.sections[i]!.steps[j]!] as const));
    expect(pairs.length).toBeGreaterThan(30);
    expect(pairs.filter(([a, b]) => text(a.text) === text(b.text)).map(([a]) => a.id)).toEqual([]);
  });

  it('word their scenes in Spanish: every caption and title, except the names, which stay as they are', () => {
    const pairs = scenes(en).map((a, i) => ({ id: a.id, en: words(a.scene), es: words(scenes(es)[i]!.scene) }));
    const worded = pairs.filter((p) => p.en !== null);
    expect(worded.length).toBeGreaterThan(20);
    expect(worded.filter((p) => ENGLISH.test(p.es!)).map((p) => `${p.id}: ${p.es}`)).toEqual([]);
    // The same in both only where the words are names: a family block named by its surnames, a person.
    expect(worded.filter((p) => p.es === p.en).map((p) => p.es)).toEqual([
      'Oseguera · González Valencia',
      'Guadalajara · Carrillo Fuentes',
      'Rafael Caro Quintero',
      'Abigael González Valencia',
      'Rafael Caro Quintero'
    ]);
    expect(pairs.find((p) => p.id === 'families-overview')!.es).toBe('Lazos familiares entre los enviados');
    expect(pairs.filter((p) => p.id.startsWith('forty-') || p.id.startsWith('bargain-')).every((p) => p.es !== p.en)).toBe(true);
  });

  it('leaves no English sentence in the Spanish story', () => {
    const all = es.sections.flatMap((s) => [
      [s.id, s.title],
      [s.id, s.summary],
      [s.id, text(s.intro)],
      ...s.steps.map((st) => [st.id, text(st.text)])
    ]);
    expect(all.filter(([, t]) => ENGLISH.test(t!)).map(([id, t]) => `${id}: ${t!.match(ENGLISH)![0]} in “${t}”`)).toEqual([]);
  });

  it('writes dates and organizations as a Mexican newsroom does, and calls the transfers envíos', () => {
    const handover = es.sections.find((s) => s.id === 'handover')!;
    expect(text(handover.intro)).toContain('27 de febrero de 2025');
    expect(text(handover.steps[0]!.text)).toMatch(/^27 de febrero de 2025: 29 personas salieron de la base aérea de Santa Lucía/);
    const all = es.sections.map((s) => text(s.intro) + s.steps.map((st) => text(st.text)).join(' ')).join(' ');
    expect(all).toContain('Cártel de Sinaloa');
    expect(all).toContain('Ley de Seguridad Nacional');
    // A transfer is never called an extradition: only Guzmán's 2017 extradition is.
    expect(all.match(/extraditó a Nueva York/g)).toHaveLength(1);
  });

  it('keep the same links, in the Spanish edition where one exists', () => {
    const m = (s: Story) => links(s.sections.find((x) => x.id === 'methods')!.intro);
    // The corrections log has no Spanish edition (its entries are an editor's notes); the other downloads do.
    const inSpanish = (h: string) => h === '/embed-codes/' || (h.startsWith('/data/') && h !== '/data/corrections.json');
    expect(m(en).filter(inSpanish).length).toBeGreaterThan(5);
    expect(m(es)).toEqual(m(en).map((h) => (inSpanish(h) ? `/es${h}` : h)));
  });
});
