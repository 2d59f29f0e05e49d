// The two auto-height protocols newsrooms already run (pym.js v1 and Datawrapper), as pure functions:
// what an embed posts to its host, and how a host reads it. static/embed.js mirrors `parseHeightMessage`
// (it must stay dependency-free), and embed-js.test.ts runs the same table through both.

export const PYM_DELIMITER = 'xPYMx';
/** Heights beyond this are a bug or an attack, never a page: a host ignores them. */
export const MAX_HEIGHT = 100_000;

/** pym ids come from the host page; one we cannot put back into a pym string safely is refused. */
const PYM_ID = /^[A-Za-z0-9_:.-]{1,100}$/;

/** A pixel height as the protocols carry it: a whole number of CSS px, rounded up so nothing is clipped. */
export function toHeight(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0 || n > MAX_HEIGHT) return null;
  return Math.ceil(n);
}

/** pym's Parent adds `childId` to the iframe URL; without it no pym host is listening. */
export function childIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && PYM_ID.test(id) && !id.includes(PYM_DELIMITER) ? id : null;
}

/** pym v1's wire format: "pym" xPYMx id xPYMx type xPYMx payload. */
export function pymMessage(id: string, type: string, payload: string): string {
  return ['pym', id, type, payload].join(PYM_DELIMITER);
}

export function pymHeightMessage(childId: string, px: number): string {
  return pymMessage(childId, 'height', String(px));
}

export type DatawrapperHeight = { 'datawrapper-height': Record<string, number> };

export function datawrapperHeightMessage(id: string, px: number): DatawrapperHeight {
  return { 'datawrapper-height': { [id]: px } };
}

/** Every message an embed posts for one height: Datawrapper always, pym only when a pym Parent made the iframe. */
export function heightMessages(px: number, ids: { childId: string | null; chartId: string }): (string | DatawrapperHeight)[] {
  const out: (string | DatawrapperHeight)[] = [datawrapperHeightMessage(ids.chartId, px)];
  if (ids.childId) out.unshift(pymHeightMessage(ids.childId, px));
  return out;
}

const PYM = /^pymxPYMx(\S+?)xPYMx(\S+?)xPYMx([\s\S]*)$/;

export interface PymMessage {
  id: string;
  type: string;
  payload: string;
}

export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || data.length > 2000) return null;
  const m = PYM.exec(data);
  return m ? { id: m[1]!, type: m[2]!, payload: m[3]! } : null;
}

export interface HeightMessage {
  protocol: 'pym' | 'datawrapper';
  id: string;
  height: number;
}

/**
 * A host's reading of one message: a height in either protocol, or null for anything else. It never throws,
 * whatever `data` is. Datawrapper objects must carry exactly one chart id, so one message sizes one frame.
 */
export function parseHeightMessage(data: unknown): HeightMessage | null {
  try {
    if (typeof data === 'string') {
      const m = parsePymMessage(data);
      if (!m || m.type !== 'height' || !/^\d+(\.\d+)?$/.test(m.payload)) return null;
      const height = toHeight(m.payload);
      return height === null ? null : { protocol: 'pym', id: m.id, height };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    const inner = (data as Record<string, unknown>)['datawrapper-height'];
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return null;
    const keys = Object.keys(inner);
    if (keys.length !== 1) return null;
    const height = toHeight((inner as Record<string, unknown>)[keys[0]!]);
    if (typeof (inner as Record<string, unknown>)[keys[0]!] !== 'number' || height === null) return null;
    return { protocol: 'datawrapper', id: keys[0]!, height };
  } catch {
    return null;
  }
}

/**
 * Does a message from the host ask the embed for its height? pym's Parent sends `width` on resize and
 * expects a height back; /embed.js sends the same on start, in case the embed spoke before it listened.
 */
export function isHeightRequest(data: unknown): boolean {
  const m = parsePymMessage(data);
  return m !== null && (m.type === 'width' || m.type === 'height');
}
