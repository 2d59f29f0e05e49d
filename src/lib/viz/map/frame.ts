// The drawing box shared by the build-time model and the browser-side code (no d3 here).
export const W = 800;
export const H = 600;

/** Scale and translation that bring a region into the box: screen = k · point + t. */
export type Zoom = [k: number, tx: number, ty: number];
