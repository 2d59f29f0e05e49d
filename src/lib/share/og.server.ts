// Build-time share cards: a section's first scene rendered on the server (the same component the page draws),
// put in a 1200×630 card with its title and summary, rasterised to PNG by resvg.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import Graphic from '$lib/viz/Graphic.svelte';
import type { Models } from '$lib/viz/models';
import type { Scene } from '$lib/story/types';
import appCss from '../../app.css?raw';
import { cardSvg, extractSvg, fitSvg, flattenCss, resolveVars, rootVars, toXml } from './card';

const FONT_DIR = process.env.HANDOVER_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu';
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

let cached: { css: string; vars: Map<string, string> } | null = null;
function styles() {
  if (!cached) {
    const flat = flattenCss(siteCss(), { width: 1200 });
    const vars = rootVars(flattenCss(appCss, { width: 1200 }) + flat);
    cached = { css: resolveVars(flat, vars), vars };
  }
  return cached;
}

export function sceneSvg(scene: Scene, models: Models, stepId: string): string | null {
  const { body } = render(Graphic, { props: { scene, models, stepId } });
  const svg = extractSvg(body);
  return svg ? fitSvg(toXml(resolveVars(svg, styles().vars))) : null;
}

function rasterise(svg: string): Buffer {
  const fonts = FONT_FILES.length
    ? { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans', serifFamily: 'DejaVu Serif' }
    : // No DejaVu: let resvg find whatever the machine has. Text may then use another face, or none, but the card is made.
      { loadSystemFonts: true };
  return new Resvg(svg, { font: fonts, fitTo: { mode: 'original' }, background: 'white' }).render().asPng();
}

/** The PNG card. A scene resvg cannot read (markup a strict XML parser rejects) falls back to a text-only card. */
export function cardPng(input: { title: string; summary: string; site: string; scene: string | null }): Buffer {
  const { css, vars } = styles();
  const colour = (name: string, fallback: string) => resolveVars(vars.get(name) ?? fallback, vars);
  const base = {
    ...input,
    paper: colour('--paper', '#fdfcf9'),
    ink: colour('--ink', '#1a1a1a'),
    ink2: colour('--ink-2', '#555049'),
    rule: colour('--rule', '#d6d2c8'),
    css
  };
  try {
    return rasterise(cardSvg(base));
  } catch (e) {
    if (!input.scene) throw e;
    console.warn(`share card "${input.title}": scene not drawable (${(e as Error).message}); text-only card`);
    return rasterise(cardSvg({ ...base, scene: null }));
  }
}

export const FONTS_FOUND = FONT_FILES.length;
