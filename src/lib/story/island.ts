// A sticky section's graphic as an island: the server draws it into the section's empty slot (hooks.server.ts),
// outside the page's hydration, and the browser hydrates it on its own only when the section comes near or one
// of its steps is shown. A phone's first load then hydrates the text and the controls, not six charts, and a
// deep link hydrates the one chart it lands on (issue 15).
import type { Lang } from '$lib/i18n/lang';
import { langContext } from '$lib/i18n/context';
import { mapTablesContext, type MapTable } from '$lib/viz/map/table-control';
import { resolve } from '$app/paths';
import type { Models } from '$lib/viz/models';
import type { Visual } from '$lib/viz/scenes';
import type { Section } from './types';

/** The slot the server pours the section's graphic into, and the island hydrates. */
export const SLOT_ATTR = 'data-graphic-slot';

/** Ids made by `$props.id()` in the island, kept apart from the page's and the other islands' (the server writes them into the markup, and hydration reads them back). */
export const islandPrefix = (sectionId: string) => `${sectionId}-`;

/** What the island is given at first: the section's first step, which is what the server draws. */
export function islandProps(section: Section, models: Partial<Models>) {
  const first = section.steps[0]!;
  return { scene: first.scene, stepId: first.id, models: models as Models };
}

/** Where a visual's model is published (a prerendered JSON file per edition, the same the server drew from). */
export function modelPath(visual: Visual, lang: Lang): string {
  return resolve('/[[lang=lang]]/data/models/[visual].json', { lang: lang === 'es' ? 'es' : undefined, visual });
}

const loading = new Map<string, Promise<unknown>>();

/** A visual's model, fetched once per page and edition however many islands draw it. */
export function loadModel<V extends Visual>(visual: V, lang: Lang): Promise<Models[V]> {
  const url = modelPath(visual, lang);
  if (!loading.has(url))
    loading.set(
      url,
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json();
      })
    );
  return loading.get(url) as Promise<Models[V]>;
}

/** The context the page would have given the graphic: its edition, and a map's table state kept by the band. */
export function islandContext(lang: Lang, table: MapTable | undefined): Map<unknown, unknown> {
  return new Map<unknown, unknown>([langContext(() => lang), mapTablesContext(() => table)]);
}

/** A map section's table state as the page starts it (closed); the band's button and the map share it. */
export function initialTable(section: Section): MapTable | undefined {
  return section.visual === 'map' ? { open: false, id: `${section.id}-table` } : undefined;
}

// What a reader does first. Until then a graphic on screen shows the server's drawing of its section's first
// step, which needs no code: a reader who reads the top and leaves never loads the islands.
const ENGAGE = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
let engaged = false;
const waiting = new Set<() => void>();

function engage() {
  engaged = true;
  for (const type of ENGAGE) window.removeEventListener(type, engage, { capture: true });
  const now = [...waiting];
  waiting.clear();
  for (const f of now) f();
}

/** Runs f once the reader has first scrolled, touched, clicked or pressed a key (at once if they have); returns a cancel. */
export function afterEngaged(f: () => void): () => void {
  // A link to a place in the story is the reader's first move: they came for what is there.
  if (location.hash.length > 1) engaged = true;
  if (engaged) {
    f();
    return () => {};
  }
  if (!waiting.size) for (const type of ENGAGE) window.addEventListener(type, engage, { capture: true, passive: true });
  waiting.add(f);
  return () => waiting.delete(f);
}
