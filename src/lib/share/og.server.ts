// Build-time share cards: a section's first scene rendered on the server (the same component the page draws),
// put in a 1200×630 card with its title and summary, rasterised to PNG by resvg.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import Graphic from '$lib/viz/Graphic.svelte';
import type { Models } from '$lib/viz/models';
import type { Scene } from '$lib/viz/scenes';
import type { Lang } from '$lib/i18n/lang';
import appCss from '../../app.css?raw';
import { SCENE_BOX, cardSvg, fitSvg } from './card';
import { flattenCss, parseRules, type CssRule } from './css/parse';
import { resolveVars, rootVars } from './css/vars';
import { inlineSvgStyles } from './inline';
import { foldOpacity, pruneSvg } from './prune';

// The cards' type ships with the project (npm dejavu-fonts-ttf), so every machine draws the same cards;
// Debian's copy is the fallback.
const FONT_DIR =
  process.env.HANDOVER_FONT_DIR ??
  [join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf'), '/usr/share/fonts/truetype/dejavu'].find((d) =>
    existsSync(join(d, 'DejaVuSans.ttf'))
  ) ??
  '/usr/share/fonts/truetype/dejavu';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf']
  .map((f) => join(FONT_DIR, f))
  .filter((f) => existsSync(f));

/**
 * The site's CSS as the page has it, so the scene looks as it does on the page (class-based fills, highlight
 * states). During prerender the server build's stylesheets are on disk; if they are not, the global CSS alone.
 */
function siteCss(): string {
  for (const dir of ['.svelte-kit/output/server/_app/immutable/assets', '.svelte-kit/output/client/_app/immutable/assets']) {
    try {
      const files = readdirSync(dir).filter((f) => f.endsWith('.css'));
      if (files.length) return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    } catch {
      // not built yet: try the next place
    }
  }
  return appCss;
}

/**
 * The viewport the scene pretends to be drawn in, for the page's width queries: as wide as the card's scene box, so
 * a visual picks the layout (and type size) it would use in a column that wide.
 */
const SCENE_VIEWPORT = SCENE_BOX.width;

let cached: { rules: CssRule[]; vars: Map<string, string> } | null = null;
function styles() {
  if (!cached) {
    const flat = flattenCss(siteCss(), { width: SCENE_VIEWPORT });
    cached = { rules: parseRules(flat), vars: rootVars(flattenCss(appCss, { width: SCENE_VIEWPORT }) + flat) };
  }
  return cached;
}

/**
 * A scene as standalone SVG for the card: the component rendered on the server, its chart <svg> (the picture marked
 * data-card where one stands in for the chart, else the one marked data-viz) taken with the page's CSS computed onto
 * it, so the rasteriser needs no stylesheet.
 */
export function sceneSvg(scene: Scene, models: Models, stepId: string, lang: Lang = 'en'): string | null {
  const { body } = render(Graphic, { props: { scene, models, stepId, still: true, lang } });
  const { window } = new JSDOM(`<!doctype html><html><head></head><body>${body}</body></html>`);
  const svg = window.document.querySelector('svg[data-card]') ?? window.document.querySelector('svg[data-viz]') ?? window.document.querySelector('svg');
  if (!svg) return null;
  inlineSvgStyles(svg, styles().rules);
  pruneSvg(svg);
  return fitSvg(new window.XMLSerializer().serializeToString(svg));
}

const RESVG = createRequire(import.meta.url).resolve('@resvg/resvg-js');
/** Run in a child process: a resvg panic aborts the process it happens in, and the build must survive it. */
const RASTER_CHILD = `
const { Resvg } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const { svg, opts } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  process.stdout.write(new Resvg(svg, opts).render().asPng());
});`;

function rasterise(svg: string): Buffer {
  const fonts = FONT_FILES.length
    ? { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans', serifFamily: 'DejaVu Serif' }
    : // No DejaVu: let resvg find whatever the machine has. Text may then use another face, or none, but the card is made.
      { loadSystemFonts: true };
  const opts = { font: fonts, fitTo: { mode: 'original' }, background: 'white' };
  const run = spawnSync(process.execPath, ['-e', RASTER_CHILD, RESVG], { input: JSON.stringify({ svg, opts }), maxBuffer: 64 << 20 });
  if (run.status !== 0 || !run.stdout?.length) {
    const why = run.error?.message ?? run.stderr?.toString().split('\n').filter((l) => l.trim()).slice(0, 2).join(' ') ?? `exit ${run.status ?? run.signal}`;
    throw new Error(`resvg failed: ${why}`);
  }
  return run.stdout;
}

/** The scene with group opacity folded into fill/stroke opacity (see foldOpacity); null if it does not parse. */
function withoutLayers(scene: string): string | null {
  const { window } = new JSDOM();
  const doc = new window.DOMParser().parseFromString(scene, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length) return null;
  foldOpacity(doc.documentElement);
  return new window.XMLSerializer().serializeToString(doc.documentElement);
}

export interface CardInput {
  title: string;
  summary: string;
  site: string;
  /** The scene as standalone SVG (sceneSvg); null for a card of text alone (a prose section). */
  scene: string | null;
  /** Who the card is for, named when it fails ("section courts"). */
  name?: string;
}

export interface Card {
  /** The SVG rasterised. */
  svg: string;
  png: Buffer;
  /** How the scene went in: as rendered, with group opacity folded into its marks, or not at all (no scene asked). */
  scene: 'drawn' | 'folded' | 'none';
}

/**
 * The card, SVG and PNG. If resvg fails on the scene (it aborts on a dimmed group lying wholly off the canvas; a
 * strict XML parser may reject markup), the scene is tried again with group opacity folded into its marks. A card
 * asked for a scene never goes without it: that fails the build, naming the card.
 */
export function card(input: CardInput): Card {
  const { vars } = styles();
  const colour = (name: string, fallback: string) => resolveVars(vars.get(name) ?? fallback, vars);
  const base = {
    ...input,
    paper: colour('--paper', '#fdfcf9'),
    ink: colour('--ink', '#1a1a1a'),
    ink2: colour('--ink-2', '#555049'),
    rule: colour('--rule', '#d6d2c8')
  };
  const svg = cardSvg(base);
  // For looking at a card's SVG when its PNG looks wrong: HANDOVER_CARD_SVG_DIR=/tmp/cards npx vite build
  const dump = process.env.HANDOVER_CARD_SVG_DIR;
  if (dump) {
    mkdirSync(dump, { recursive: true });
    writeFileSync(join(dump, `${input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}.svg`), svg);
  }
  if (!input.scene) return { svg, png: rasterise(svg), scene: 'none' };
  const who = input.name ?? `"${input.title}"`;
  let first: string;
  try {
    return { svg, png: rasterise(svg), scene: 'drawn' };
  } catch (e) {
    first = (e as Error).message;
  }
  const flat = withoutLayers(input.scene);
  if (!flat) throw new Error(`share card for ${who}: resvg failed on its scene (${first}) and the scene does not parse as XML`);
  const folded = cardSvg({ ...base, scene: flat });
  try {
    return { svg: folded, png: rasterise(folded), scene: 'folded' };
  } catch (e) {
    throw new Error(`share card for ${who}: resvg failed on its scene (${first}), and again with its layers folded (${(e as Error).message})`);
  }
}

export function cardPng(input: CardInput): Buffer {
  return card(input).png;
}

export const FONTS_FOUND = FONT_FILES.length;
