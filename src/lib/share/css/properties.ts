// Which CSS properties the card renderer knows: what inherits, what SVG rendering reads, what is a
// presentation attribute, and which geometry properties CSS may set.

/** Properties that inherit, among those an SVG renderer uses. */
export const INHERITED = new Set([
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'text-anchor',
  'letter-spacing',
  'word-spacing',
  'paint-order',
  'visibility',
  'dominant-baseline',
  'text-rendering',
  'shape-rendering',
  'image-rendering',
  'clip-rule',
  'marker-start',
  'marker-mid',
  'marker-end',
  'direction',
  'writing-mode',
  'white-space'
]);
/** Properties written into the output: what SVG rendering reads. Layout, transitions and the like are dropped. */
export const SVG_PROPS = new Set([
  ...INHERITED,
  'opacity',
  'display',
  'clip-path',
  'mask',
  'filter',
  'stop-color',
  'stop-opacity',
  'flood-color',
  'flood-opacity',
  'lighting-color',
  'mix-blend-mode',
  'isolation',
  'text-decoration',
  'baseline-shift',
  'alignment-baseline'
]);
/** Presentation attributes take part in the cascade below every style rule. */
export const PRESENTATION = new Set([...SVG_PROPS, 'transform', 'vector-effect', 'transform-origin']);
/** Geometry properties (SVG 2) that CSS may set, and the elements they apply to; written back as attributes. */
export const GEOMETRY: Record<string, string[]> = {
  circle: ['r', 'cx', 'cy'],
  ellipse: ['rx', 'ry', 'cx', 'cy'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry']
};
