// CSS transforms as SVG transform attributes, and the scale a transform applies (for non-scaling strokes).

const num = (s: string) => Math.round(s.length ? Number(s) * 1000 : 0) / 1000;

/**
 * A CSS transform value as an SVG transform attribute (units dropped: px → user units, angles → degrees); null for
 * what SVG cannot say (percentages, 3D, calc()). `none` → ''.
 */
export function cssTransformToSvg(value: string): string | null {
  const v = value.trim();
  if (v === 'none' || v === '') return '';
  const parts: string[] = [];
  const re = /([a-zA-Z0-9]+)\(([^()]*)\)/g;
  let consumed = '';
  for (const m of v.matchAll(re)) {
    consumed += m[0];
    const fn = m[1]!.toLowerCase();
    const args = m[2]!.split(/\s*,\s*|\s+/).filter(Boolean);
    const len = (a: string | undefined) => {
      if (a === undefined) return 0;
      const x = /^(-?[\d.]+(?:e-?\d+)?)(px)?$/i.exec(a);
      return x ? num(x[1]!) : NaN;
    };
    const ang = (a: string | undefined) => {
      const x = /^(-?[\d.]+(?:e-?\d+)?)(deg|rad|turn|grad)?$/i.exec(a ?? '');
      if (!x) return NaN;
      const n = Number(x[1]);
      const f = { deg: 1, rad: 180 / Math.PI, turn: 360, grad: 0.9 }[(x[2] ?? 'deg').toLowerCase() as 'deg'];
      return num(String(n * f));
    };
    const plain = (a: string | undefined) => (a === undefined ? NaN : /^-?[\d.]+(?:e-?\d+)?$/.test(a) ? num(a) : NaN);
    let out: number[];
    let name = fn;
    switch (fn) {
      case 'translate':
        out = [len(args[0]), len(args[1] ?? '0')];
        break;
      case 'translatex':
        name = 'translate';
        out = [len(args[0]), 0];
        break;
      case 'translatey':
        name = 'translate';
        out = [0, len(args[0])];
        break;
      case 'scale':
        out = [plain(args[0]), plain(args[1] ?? args[0])];
        break;
      case 'scalex':
        name = 'scale';
        out = [plain(args[0]), 1];
        break;
      case 'scaley':
        name = 'scale';
        out = [1, plain(args[0])];
        break;
      case 'rotate':
        out = [ang(args[0])];
        break;
      case 'skewx':
        name = 'skewX';
        out = [ang(args[0])];
        break;
      case 'skewy':
        name = 'skewY';
        out = [ang(args[0])];
        break;
      case 'matrix':
        out = args.map(plain);
        if (out.length !== 6) return null;
        break;
      default:
        return null;
    }
    if (out.some((n) => !Number.isFinite(n))) return null;
    parts.push(`${name}(${out.join(' ')})`);
  }
  if (v.replace(/\s+/g, '') !== consumed.replace(/\s+/g, '')) return null;
  return parts.join(' ');
}

/** The area scale of an SVG transform attribute (√|det|), to keep non-scaling strokes their width. */
export function transformScale(transform: string | null): number {
  if (!transform) return 1;
  let det = 1;
  for (const m of transform.matchAll(/(matrix|scale|translate|rotate|skewX|skewY)\s*\(([^)]*)\)/g)) {
    const a = m[2]!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (m[1] === 'scale') det *= a[0]! * (a[1] ?? a[0]!);
    else if (m[1] === 'matrix') det *= a[0]! * a[3]! - a[1]! * a[2]!;
  }
  const s = Math.sqrt(Math.abs(det));
  return Number.isFinite(s) && s > 0 ? s : 1;
}
