// The map's own words in each edition: its legend, its title, its table and its scene read out. The facts they
// are written from (fills, counts, totals) are worked out once, in scene.ts; only the sentences differ here.
import { formatDate, formatDateEs, list, listEs } from '$lib/format';
import type { Lang, Words } from '$lib/i18n/lang';
import type { MapZoom } from './descriptor';
import type { OrgLevel, StateKind } from './encoding';

/** How a state is filled (scene.ts's StateFill, named here so the words import nothing of the scene). */
type StateFill = StateKind | OrgLevel;

export const KIND_WORDS: Words<Record<StateFill, string>> = {
  en: {
    stronghold: 'stronghold where sources agree',
    contested: 'contested',
    several: 'several groups, sources disagree',
    significant: 'significant presence, not control',
    presence: 'presence, not control',
    none: 'no claim'
  },
  es: {
    stronghold: 'bastión en el que coinciden las fuentes',
    contested: 'en disputa',
    several: 'varios grupos; las fuentes no coinciden',
    significant: 'presencia importante, sin control',
    presence: 'presencia, sin control',
    none: 'sin reportes'
  }
};

/** A territory claim's status and strength as the table writes them (the data's values are English ids). */
export const CLAIM_WORDS: Words<Record<string, string>> = {
  en: { dominant: 'dominant', contested: 'contested', presence: 'presence', significant: 'significant', some: 'some' },
  es: { dominant: 'dominante', contested: 'en disputa', presence: 'presencia', significant: 'importante', some: 'alguna' }
};

export interface MapWords {
  /** The region a zoom fills the frame with; a state's own name is passed in. */
  region: (zoom: MapZoom, stateName: string) => string;
  /** The describing sentence's region: "the United States" in a sentence, "United States" in a title. */
  regionInSentence: (zoom: MapZoom, stateName: string) => string;
  title: (region: string) => string;
  caveat: (date: string | null) => string;
  toggle: (open: boolean) => string;
  orgPresence: (org: string) => string;
  reports: (n: number) => string;
  runningTotal: [string, string];
  circles: string;
  offMap: string;
  list: (xs: readonly string[]) => string;
  // The table.
  claimsCaption: (from: number, caveat: string) => string;
  claimsHead: [string, string, string];
  flightsCaption: string;
  flightsHead: [string, string, string];
  notGiven: string;
  courtsCaption: string;
  courtsHead: [string, string, string];
  unknownRow: string;
  // The scene read out.
  mapOf: (region: string) => string;
  strongholds: string;
  contested: string;
  moreStates: (n: number) => string;
  states: (n: number) => string;
  singledOut: string;
  countNotGiven: string;
  flights: (label: string, count: number, to: string, total: number | null) => string;
  places: string;
  courts: (list: string, unknown: number) => string;
  path: (name: string, stops: string) => string;
}

export const MAP_WORDS: Words<MapWords> = {
  en: {
    region: (z, s) => (z === 'north-america' ? 'Mexico and the United States' : z === 'us' ? 'United States' : z === 'mexico' ? 'Mexico' : s),
    regionInSentence: (z, s) =>
      z === 'north-america' ? 'Mexico and the United States' : z === 'us' ? 'the United States' : z === 'mexico' ? 'Mexico' : s,
    title: (r) => `Map of ${r}`,
    caveat: (date) => (date ? `These maps predate El Mencho's death (${formatDate(date, true)}).` : 'These maps predate the latest events.'),
    toggle: (open) => `${open ? 'Hide' : 'Show'} the map as a table`,
    orgPresence: (org) => `${org}: presence, not control. `,
    reports: (n) => `Sources: ${n} ${n === 1 ? 'report' : 'reports'}`,
    runningTotal: ['Running total: ', ' people'],
    circles: 'Circle area: transferred people charged in that district. District unknown: ',
    offMap: 'Off the map: ',
    list,
    claimsCaption: (from, caveat) => `Territory claims since ${from} by state, with sources. ${caveat}`,
    claimsHead: ['State', 'Map reading', 'Claims (organization, status: sources)'],
    flightsCaption: 'Flights by transfer and arrival city',
    flightsHead: ['Transfer', 'Arrival city', 'People'],
    notGiven: 'not given',
    courtsCaption: 'Transferred people by US district where charged',
    courtsHead: ['District', 'City', 'People'],
    unknownRow: 'Unknown',
    mapOf: (r) => `Map of ${r}.`,
    strongholds: 'Strongholds where sources agree: ',
    contested: 'Contested: ',
    moreStates: (n) => `${n} more states: several groups, sources disagree.`,
    states: (n) => `${n} states`,
    singledOut: 'Singled out: ',
    countNotGiven: ' (count not given)',
    flights: (label, count, to, total) => `Flights of ${label}: ${count} people to ${to}. Running total: ${total}.`,
    places: 'Places: ',
    courts: (l, unknown) => `US districts by people charged there: ${l}; district unknown for ${unknown}.`,
    path: (name, stops) => `The path of ${name}: ${stops}.`
  },
  es: {
    region: (z, s) => (z === 'north-america' ? 'México y Estados Unidos' : z === 'us' ? 'Estados Unidos' : z === 'mexico' ? 'México' : s),
    regionInSentence: (z, s) => (z === 'north-america' ? 'México y Estados Unidos' : z === 'us' ? 'Estados Unidos' : z === 'mexico' ? 'México' : s),
    title: (r) => `Mapa de ${r}`,
    caveat: (date) =>
      date ? `Estos mapas son anteriores a la muerte de El Mencho (${formatDateEs(date)}).` : 'Estos mapas son anteriores a los hechos más recientes.',
    toggle: (open) => `${open ? 'Ocultar' : 'Ver'} el mapa como tabla`,
    orgPresence: (org) => `${org}: presencia, sin control. `,
    reports: (n) => `Fuentes: ${n} ${n === 1 ? 'informe' : 'informes'}`,
    runningTotal: ['Total acumulado: ', ' personas'],
    circles: 'Área del círculo: personas enviadas acusadas en ese distrito. Distrito desconocido: ',
    offMap: 'Fuera del mapa: ',
    list: listEs,
    claimsCaption: (from, caveat) => `Reportes de territorio desde ${from}, por estado, con sus fuentes. ${caveat}`,
    claimsHead: ['Estado', 'Lectura del mapa', 'Reportes (organización, situación: fuentes)'],
    flightsCaption: 'Vuelos por envío y ciudad de llegada',
    flightsHead: ['Envío', 'Ciudad de llegada', 'Personas'],
    notGiven: 'sin cifra',
    courtsCaption: 'Personas enviadas por distrito de Estados Unidos donde se les acusa',
    courtsHead: ['Distrito', 'Ciudad', 'Personas'],
    unknownRow: 'Desconocido',
    mapOf: (r) => `Mapa de ${r}.`,
    strongholds: 'Bastiones en los que coinciden las fuentes: ',
    contested: 'En disputa: ',
    moreStates: (n) => `${n} estados más: varios grupos; las fuentes no coinciden.`,
    states: (n) => `${n} estados`,
    singledOut: 'Destacados: ',
    countNotGiven: ' (sin cifra)',
    flights: (label, count, to, total) => `Vuelos (${label}): ${count} personas a ${to}. Total acumulado: ${total}.`,
    places: 'Lugares: ',
    courts: (l, unknown) => `Distritos de Estados Unidos según las personas acusadas en ellos: ${l}; distrito desconocido en ${unknown} casos.`,
    path: (name, stops) => `El recorrido de ${name}: ${stops}.`
  }
};

/** What a map's fill means, in the edition's words. */
export function fillWords(f: StateFill, lang: Lang = 'en'): string {
  return KIND_WORDS[lang][f];
}
