// One categorical palette for the organizations, used alike by the map, network, timeline and roster.
// Colours are CSS variables (light and dark values in app.css) from the Okabe–Ito set, safe for
// colour-blind readers; where colour carries meaning a visual pairs it with a pattern or a label.

/** Organization families: factions and successors share their parent's colour. */
const FAMILY: Record<string, string> = {
  sinaloa: 'sinaloa',
  chapitos: 'sinaloa',
  mayos: 'sinaloa',
  'los-rusos': 'sinaloa',
  'gente-nueva': 'sinaloa',
  guadalajara: 'guadalajara',
  cjng: 'cjng',
  cuinis: 'cjng',
  'los-cuinis': 'cjng',
  zetas: 'zetas',
  cdn: 'zetas',
  'cartel-del-noreste': 'zetas',
  gulf: 'gulf',
  'gulf-cartel': 'gulf',
  'familia-michoacana': 'michoacan',
  'nueva-familia-michoacana': 'michoacan',
  'la-nueva-familia-michoacana': 'michoacan',
  'knights-templar': 'michoacan',
  'carteles-unidos': 'michoacan',
  juarez: 'juarez',
  'juarez-cartel': 'juarez',
  'la-linea': 'juarez',
  tijuana: 'tijuana',
  'tijuana-cartel': 'tijuana',
  'arellano-felix': 'tijuana',
  'beltran-leyva': 'beltran-leyva',
  blo: 'beltran-leyva'
};

export const FAMILIES = [
  'sinaloa',
  'cjng',
  'zetas',
  'gulf',
  'michoacan',
  'juarez',
  'tijuana',
  'beltran-leyva',
  'guadalajara',
  'other'
] as const;
export type OrgFamily = (typeof FAMILIES)[number];

export function orgFamily(orgId: string | null | undefined): OrgFamily {
  return (orgId && (FAMILY[orgId] as OrgFamily | undefined)) || 'other';
}

/** `var(--org-…)`: a fill or stroke that follows light and dark mode. */
export function orgColor(orgId: string | null | undefined): string {
  return `var(--org-${orgFamily(orgId)})`;
}

/** The three transfers: one ordinal scheme, light to dark in reading order. */
export function transferColor(index: number): string {
  return `var(--transfer-${Math.min(2, Math.max(0, index)) + 1})`;
}
