// A section's share card (1200×630) as SVG text: the section's first scene beside its title and summary. Pure
// string work, so it is unit-tested; og.server.ts renders the scene and rasterises the result.
import { textWidth } from './metrics';

export const CARD_W = 1200;
export const CARD_H = 630;

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A text measure: how wide `s` is, in the unit of the budget it is compared with. */
export type Measure = (s: string) => number;
const chars: Measure = (s) => [...s].length;

/**
 * Greedy word wrap to at most `maxLines` lines no wider than `max` by `measure` (characters by default; the card
 * passes DejaVu's advance widths in px); an over-long tail ends in an ellipsis. Words longer than a line are cut.
 */
export function wrapText(text: string, max: number, maxLines: number, measure: Measure = chars): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const fits = (s: string) => measure(s) <= max;
  /** `s` shortened from the end, a character at a time, until it and an ellipsis fit. */
  const cut = (s: string) => {
    let t = s;
    while (t.length > 1 && !fits(`${t}…`)) t = t.slice(0, -1);
    return `${t.trimEnd()}…`;
  };
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const w = fits(words[i]!) ? words[i]! : cut(words[i]!);
    const next = line ? `${line} ${w}` : w;
    if (fits(next)) {
      line = next;
      continue;
    }
    lines.push(line);
    line = w;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
  }
  if (i < words.length || line) {
    // Words were left over: the last line says so, dropping its own last words until the ellipsis fits.
    let last = lines[maxLines - 1] ?? '';
    while (last.includes(' ') && !fits(`${last}…`)) last = last.replace(/\s+\S*$/, '');
    lines[maxLines - 1] = last.endsWith('…') ? last : fits(`${last}…`) ? `${last}…` : cut(last);
  }
  return lines;
}

/**
 * The chart's root <svg> in server-rendered markup: the one marked `data-viz` (a visual may draw small icons in
 * its legend before the chart), else the first complete <svg>…</svg>.
 */
export function extractSvg(html: string): string | null {
  const marked = html.search(/<svg\b[^>]*\sdata-viz[\s=>]/);
  const start = marked >= 0 ? marked : html.search(/<svg[\s>]/);
  if (start < 0) return null;
  const tag = /<(\/?)svg\b[^>]*?(\/?)>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return null;
}

/** Removes Svelte's hydration comments and HTML-only entities a strict XML parser would reject. */
export function toXml(markup: string): string {
  return markup.replace(/<!--[\s\S]*?-->/g, '').replace(/&nbsp;/g, '&#160;');
}

export interface CardInput {
  title: string;
  summary: string;
  site: string;
  /** The scene as an <svg> element, XML-clean, with its styles inlined; null for a text-only card. */
  scene: string | null;
  /** Colours of the card itself. */
  paper: string;
  ink: string;
  ink2: string;
  rule: string;
}

const FONT = "'DejaVu Sans', sans-serif";
const MARGIN = 60;
/** Where the scene goes: the right part of the card, above the foot. */
export const SCENE_BOX = { x: 630, y: 50, width: 520, height: 490 } as const;
const FOOT_RULE_Y = 575;
const FOOT_BASELINE = 608;

const measure =
  (size: number, bold = false): Measure =>
  (s) =>
    textWidth(s, size, bold);

/**
 * The first of `tries` (font size, line limit; largest first) at which `text` wraps into `width` px without an
 * ellipsis; the last one, ellipsised, if none does.
 */
export function fitText(text: string, width: number, tries: Array<[size: number, maxLines: number]>, bold = false): { size: number; lines: string[] } {
  for (const [size, maxLines] of tries) {
    const lines = wrapText(text, width, maxLines, measure(size, bold));
    if (!lines.some((l) => l.endsWith('…'))) return { size, lines };
  }
  const [size, maxLines] = tries[tries.length - 1]!;
  return { size, lines: wrapText(text, width, maxLines, measure(size, bold)) };
}

/**
 * The site's name for a card's foot: the headline where it fits one line at the foot's smallest size, else the
 * story's name before its colon ("La entrega"): the Spanish headline runs a third longer than the English one,
 * and an ellipsis at the foot would cut it mid-phrase.
 */
export function footName(headline: string): string {
  const fits = textWidth(headline, 20, true) <= CARD_W - 2 * MARGIN;
  const name = headline.split(': ')[0]!;
  return fits || name === headline ? headline : name;
}

/** The card: text on the left (or across, without a scene), the scene on the right, the site name across the foot. */
export function cardSvg(c: CardInput): string {
  const textW = c.scene ? SCENE_BOX.x - 10 - 2 * MARGIN : CARD_W - 2 * MARGIN;
  // A text-only card has the whole width, so its type is larger.
  const title = fitText(
    c.title,
    textW,
    // The last tries hold the Spanish headline whole, a third longer than the English one.
    c.scene ? [[52, 3], [46, 3], [40, 3], [36, 4], [32, 5], [30, 6]] : [[72, 2], [64, 2], [56, 3], [48, 3], [42, 4]],
    true
  );
  const tLead = Math.round(title.size * 1.15);
  let y = 40 + tLead;
  const titleSpans = title.lines.map((l, i) => `<tspan x="${MARGIN}" y="${y + i * tLead}">${escapeXml(l)}</tspan>`).join('');
  y += (title.lines.length - 1) * tLead;
  // The summary takes the room left above the foot, in the largest size at which it fits whole.
  const summaryBottom = FOOT_RULE_Y - 25;
  let summary = { size: 0, lines: [] as string[], lead: 0, top: 0 };
  for (const size of c.scene ? [28, 25, 22] : [36, 32, 28]) {
    const lead = Math.round(size * 1.3);
    const top = Math.round(y + size * 2.2);
    const room = Math.max(1, Math.floor((summaryBottom - top) / lead) + 1);
    const lines = wrapText(c.summary, textW, Math.min(room, 8), measure(size));
    summary = { size, lines, lead, top };
    if (!lines.some((l) => l.endsWith('…'))) break;
  }
  const summarySpans = summary.lines
    .map((l, i) => `<tspan x="${MARGIN}" y="${summary.top + i * summary.lead}">${escapeXml(l)}</tspan>`)
    .join('');
  const foot = fitText(c.site, CARD_W - 2 * MARGIN, [[24, 1], [22, 1], [20, 1]], true);
  const box = SCENE_BOX;
  const scene = c.scene
    ? `<rect x="${box.x - 10}" y="${box.y - 10}" width="${box.width + 20}" height="${box.height + 20}" rx="8" fill="${c.paper}" stroke="${c.rule}"/>` +
      `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}">${c.scene}</svg>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD_W}" height="${CARD_H}" viewBox="0 0 ${CARD_W} ${CARD_H}">` +
    `<rect width="${CARD_W}" height="${CARD_H}" fill="${c.paper}"/>` +
    `<rect width="${CARD_W}" height="10" fill="${c.ink}"/>` +
    `<text font-family="${FONT}" font-weight="700" font-size="${title.size}" fill="${c.ink}">${titleSpans}</text>` +
    `<text font-family="${FONT}" font-size="${summary.size}" fill="${c.ink2}">${summarySpans}</text>` +
    scene +
    `<line x1="${MARGIN}" x2="${CARD_W - MARGIN}" y1="${FOOT_RULE_Y}" y2="${FOOT_RULE_Y}" stroke="${c.rule}" stroke-width="2"/>` +
    `<text x="${MARGIN}" y="${FOOT_BASELINE}" font-family="${FONT}" font-weight="700" font-size="${foot.size}" fill="${c.ink}">${escapeXml(foot.lines[0] ?? '')}</text>` +
    `</svg>`
  );
}

/**
 * Makes a rendered root <svg> fill the box the card gives it: drops its own width/height (keeping their ratio as a
 * viewBox when it has none) and any class-free inline sizing, so it scales into the card like it scales on the page.
 */
export function fitSvg(svg: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  if (!open) return svg;
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
  let tag = open;
  if (!attr('viewBox')) {
    const w = parseFloat(attr('width') ?? '');
    const h = parseFloat(attr('height') ?? '');
    if (w > 0 && h > 0) tag = tag.replace(/^<svg/, `<svg viewBox="0 0 ${w} ${h}"`);
  }
  tag = tag.replace(/\s(width|height|x|y)="[^"]*"/g, '');
  return tag + svg.slice(open.length);
}
