// Label layout down a vertical time axis: wrap each title to the width there is, then slide labels along
// the axis so none overlap, dropping the least important when the column is full. Pure; unit-tested at
// every width the timeline is drawn for.

/** Average advance of a glyph in the system sans, as a share of the font size. Generous on purpose. */
export const CHAR_EM = 0.6;

/** Wrap text to at most `maxLines` lines of at most `maxChars` characters; the last line ends in "…" if cut. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  if (maxChars < 2 || maxLines < 1) return [];
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (word.length > maxChars) {
      // A word longer than a line is cut where the line ends.
      const room = line ? maxChars - line.length - 1 : maxChars;
      if (room < 2) {
        lines.push(line);
        line = '';
        continue;
      }
      lines.push(line ? `${line} ${word.slice(0, room)}` : word.slice(0, room));
      line = '';
      word = word.slice(room);
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length + 1 > maxChars) last = last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : last.length - 1);
  kept[maxLines - 1] = `${last.replace(/[\s,.:;–-]+$/, '')}…`;
  return kept;
}

export interface LabelInput {
  key: number;
  /** Where the label wants its middle: the y of its mark. */
  anchor: number;
  text: string;
  /** Higher is kept first when the column is full. */
  priority: number;
}

export interface LabelOptions {
  top: number;
  bottom: number;
  /** Horizontal room for the text, in the same units as the font size. */
  width: number;
  fontSize: number;
  lineHeight: number;
  gap: number;
  maxLines: number;
}

export interface PlacedLabel {
  key: number;
  anchor: number;
  /** Top edge of the label box. */
  y: number;
  height: number;
  lines: string[];
}

/** The widest a line of `n` characters may be drawn, by the estimate the layout relies on. */
export function textWidth(chars: number, fontSize: number): number {
  return chars * fontSize * CHAR_EM;
}

export function layoutLabels(items: LabelInput[], o: LabelOptions): PlacedLabel[] {
  const maxChars = Math.floor(o.width / (o.fontSize * CHAR_EM));
  let boxes = items
    .map((it) => {
      const lines = wrap(it.text, maxChars, o.maxLines);
      return { ...it, lines, height: lines.length * o.lineHeight };
    })
    .filter((b) => b.lines.length > 0);
  const room = o.bottom - o.top;
  const need = (bs: typeof boxes) => bs.reduce((s, b) => s + b.height, 0) + Math.max(0, bs.length - 1) * o.gap;
  // Drop the least important (later ones first among equals) until the rest fit the column.
  if (need(boxes) > room) {
    const order = [...boxes].sort((a, b) => b.priority - a.priority || a.anchor - b.anchor);
    while (order.length && need(order) > room) order.pop();
    const keep = new Set(order.map((b) => b.key));
    boxes = boxes.filter((b) => keep.has(b.key));
  }
  boxes.sort((a, b) => a.anchor - b.anchor || a.key - b.key);
  const ys = boxes.map((b) => b.anchor - b.height / 2);
  // Down the column: no box above the top or over the one before it.
  for (let i = 0; i < boxes.length; i++) {
    const floor = i === 0 ? o.top : ys[i - 1]! + boxes[i - 1]!.height + o.gap;
    ys[i] = Math.max(ys[i]!, floor);
  }
  // Up the column: no box below the bottom or over the one after it.
  for (let i = boxes.length - 1; i >= 0; i--) {
    const ceiling = i === boxes.length - 1 ? o.bottom : ys[i + 1]! - o.gap;
    ys[i] = Math.min(ys[i]!, ceiling - boxes[i]!.height);
  }
  return boxes.map((b, i) => ({ key: b.key, anchor: b.anchor, y: Math.round(ys[i]! * 10) / 10, height: b.height, lines: b.lines }));
}
