// One shape per event category, so the category reads without colour; paths are centred on 0,0.
const f = (n: number) => Math.round(n * 10) / 10;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
}

function regular(n: number, r: number, rotate = -Math.PI / 2): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

function star(r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.45 : r;
    return [rr * Math.cos(a), rr * Math.sin(a)];
  });
}

/** Path of the shape of category `c` (index in CATEGORY_ORDER) for a mark of size `s`. */
export function shapePath(c: number, s: number): string {
  const h = s / 2;
  switch (c) {
    case 0: // violence: triangle
      return polygon(regular(3, h * 1.2));
    case 1: // arrest: square
      return polygon([[-h * 0.85, -h * 0.85], [h * 0.85, -h * 0.85], [h * 0.85, h * 0.85], [-h * 0.85, h * 0.85]]);
    case 2: // escape or release: diamond
      return polygon([[0, -h * 1.2], [h * 1.2, 0], [0, h * 1.2], [-h * 1.2, 0]]);
    case 3: // court: triangle pointing down
      return polygon(regular(3, h * 1.2, Math.PI / 2));
    case 4: // organization: star
      return polygon(star(h * 1.3));
    case 5: // policy and trade: hexagon
      return polygon(regular(6, h * 1.05));
    default: // extradition or transfer: circle
      return `M${f(-h)},0a${f(h)},${f(h)} 0 1,0 ${f(s)},0a${f(h)},${f(h)} 0 1,0 ${f(-s)},0Z`;
  }
}
