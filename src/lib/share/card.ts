// A section's share card (1200×630) as SVG text: the section's first scene beside its title and summary. Pure
// string work, so it is unit-tested; og.server.ts renders the scene and rasterises the result.

export const CARD_W = 1200;
export const CARD_H = 630;

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Greedy word wrap to at most `maxLines` lines of about `maxChars` characters (the card's fonts are known, so a
 * character budget is close enough); an over-long tail ends in an ellipsis. Words longer than a line are cut.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    let w = words[i]!;
    if (w.length > maxChars) w = `${w.slice(0, maxChars - 1)}…`;
    const next = line ? `${line} ${w}` : w;
    if (next.length <= maxChars) {
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
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1).replace(/\s+\S*$/, '') : last}…`;
  }
  return lines;
}

/** The first complete <svg>…</svg> element in server-rendered markup (a visual may wrap it in a div or add a table). */
export function extractSvg(html: string): string | null {
  const start = html.search(/<svg[\s>]/);
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

interface Env {
  /** The viewport the card pretends to be, for min-/max-width queries. */
  width: number;
}

/** Evaluates a media query list for a light, motion-allowing screen of `env.width` px; unknown features are false. */
export function mediaMatches(query: string, env: Env): boolean {
  return query.split(',').some((part) => {
    const terms = part.trim().toLowerCase().split(/\s+and\s+/);
    return terms.every((t) => {
      t = t.trim();
      if (t === 'screen' || t === 'all' || t === 'only screen') return true;
      const f = /^\(\s*([a-z-]+)\s*(?::\s*([^)]+?))?\s*\)$/.exec(t);
      if (!f) return false;
      const [, name, value = ''] = f;
      const px = (v: string) => {
        const m = /^([\d.]+)(px|rem|em)$/.exec(v.trim());
        return m ? Number(m[1]) * (m[2] === 'px' ? 1 : 16) : NaN;
      };
      switch (name) {
        case 'min-width':
          return env.width >= px(value);
        case 'max-width':
          return env.width <= px(value);
        case 'prefers-color-scheme':
          return value === 'light';
        case 'prefers-reduced-motion':
          return value === 'no-preference';
        default:
          return false;
      }
    });
  });
}

/**
 * Flattens a stylesheet for a renderer without at-rules or custom properties: @media/@container blocks are kept
 * when they match `env` (their rules inlined), @supports/@layer are unwrapped, other at-rules are dropped.
 */
export function flattenCss(css: string, env: Env): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
    if (open < 0) break;
    if (semi >= 0 && semi < open) {
      // @import / @charset: a statement, not a block.
      i = semi + 1;
      continue;
    }
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    const prelude = css.slice(at + 1, open).trim();
    const body = css.slice(open + 1, j - 1);
    const [kw, ...rest] = prelude.split(/\s+/);
    const cond = rest.join(' ');
    if (kw === 'media' && mediaMatches(cond, env)) out += flattenCss(body, env);
    else if (kw === 'container' && mediaMatches(cond.replace(/^[a-z-]+\s+(?=\()/i, ''), env)) out += flattenCss(body, env);
    else if (kw === 'supports' || kw === 'layer') out += flattenCss(body, env);
    i = j;
  }
  return out;
}

/** Custom properties declared on :root (or html) in flattened CSS; later declarations win, as in the cascade. */
export function rootVars(css: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const block of css.matchAll(/(?:^|[}\s,])(?::root|html)\s*\{([^}]*)\}/g)) {
    for (const decl of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) vars.set(decl[1]!, decl[2]!.trim());
  }
  return vars;
}

/** Replaces var(--x) and var(--x, fallback) with values, nested ones too; unknown without fallback → `initial`. */
export function resolveVars(text: string, vars: Map<string, string>): string {
  const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g;
  for (let pass = 0; pass < 8 && text.includes('var('); pass++) {
    text = text.replace(VAR, (_m, name: string, fallback?: string) => vars.get(name) ?? fallback?.trim() ?? 'initial');
  }
  return text;
}

export interface CardInput {
  title: string;
  summary: string;
  site: string;
  /** The scene as an <svg> element, XML-clean and with colours resolved; null for a text-only card. */
  scene: string | null;
  /** Colours of the card itself. */
  paper: string;
  ink: string;
  ink2: string;
  rule: string;
  /** CSS to put in the card's <style>, already flattened and resolved. */
  css?: string;
}

const FONT = "'DejaVu Sans', sans-serif";

/** The card: text on the left (or across, without a scene), the scene on the right, the site name at the foot. */
export function cardSvg(c: CardInput): string {
  const textW = c.scene ? 520 : 1080;
  // Character budgets measured for DejaVu Sans at these sizes (bold ≈ 0.65em, regular ≈ 0.55em per character).
  // A text-only card has the whole width, so its type is larger.
  const titleSize = c.scene ? 52 : 72;
  const summarySize = c.scene ? 28 : 36;
  const lead = Math.round(summarySize * 1.3);
  const titleLines = wrapText(c.title, c.scene ? 15 : 23, 3);
  let y = 40 + titleSize * 1.15;
  const title = titleLines
    .map((l, i) => `<tspan x="60" y="${Math.round(y + i * titleSize * 1.15)}">${escapeXml(l)}</tspan>`)
    .join('');
  y += (titleLines.length - 1) * titleSize * 1.15 + summarySize * 2.2;
  const room = Math.max(1, Math.floor((550 - y) / lead) + 1);
  const summaryLines = wrapText(c.summary, c.scene ? 32 : 52, Math.min(room, 8));
  const summary = summaryLines
    .map((l, i) => `<tspan x="60" y="${Math.round(y + i * lead)}">${escapeXml(l)}</tspan>`)
    .join('');
  const scene = c.scene
    ? `<rect x="620" y="40" width="540" height="510" rx="8" fill="${c.paper}" stroke="${c.rule}"/>` +
      `<svg x="630" y="50" width="520" height="490">${c.scene}</svg>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD_W}" height="${CARD_H}" viewBox="0 0 ${CARD_W} ${CARD_H}">` +
    (c.css ? `<style>${c.css.replace(/]]>/g, '')}</style>` : '') +
    `<rect width="${CARD_W}" height="${CARD_H}" fill="${c.paper}"/>` +
    `<rect width="${CARD_W}" height="10" fill="${c.ink}"/>` +
    `<text font-family="${FONT}" font-weight="700" font-size="${titleSize}" fill="${c.ink}">${title}</text>` +
    `<text font-family="${FONT}" font-size="${summarySize}" fill="${c.ink2}">${summary}</text>` +
    scene +
    `<line x1="60" x2="${60 + textW}" y1="575" y2="575" stroke="${c.rule}" stroke-width="2"/>` +
    `<text x="60" y="608" font-family="${FONT}" font-weight="700" font-size="24" fill="${c.ink}">${escapeXml(c.site)}</text>` +
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
