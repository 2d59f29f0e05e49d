// A network scene in words: the ties from one end, the ties of a node in a stable order, and the scene
// read out for screen readers.
import { count, countEs, formatDate, formatDateEs, plural, pluralEs } from '$lib/format';
import type { Lang, Words } from '$lib/i18n/lang';
import { transferColor } from '../palette';
import type { Relation } from '$lib/data/schema';
import type { NetworkScene } from './descriptor';
import type { NetEdge, NetworkModel } from './model';
import { networkSceneState } from './state';
import { perScene } from '../memo';
import { byCodePoint } from '../order';

// Spanish has no word for a sibling or a parent of either sex, and the data does not say which: "hermano(a)".
const RELATION_WORDS: Words<Record<Relation, [string, string]>> = {
  en: {
    sibling: ['sibling of', 'sibling of'],
    spouse: ['spouse of', 'spouse of'],
    'in-law': ['in-law of', 'in-law of'],
    'parent-child': ['parent of', 'child of'],
    'extended-family': ['relative of', 'relative of'],
    member: ['member of', 'has as member'],
    leader: ['leader of', 'led by'],
    associate: ['associate of', 'has as associate'],
    ally: ['ally of', 'ally of'],
    rival: ['rival of', 'rival of'],
    'faction-of': ['faction of', 'has as faction'],
    'splinter-of': ['split from', 'split into']
  },
  es: {
    sibling: ['hermano(a) de', 'hermano(a) de'],
    spouse: ['cónyuge de', 'cónyuge de'],
    'in-law': ['pariente político de', 'pariente político de'],
    'parent-child': ['padre o madre de', 'hijo(a) de'],
    'extended-family': ['pariente de', 'pariente de'],
    member: ['integrante de', 'tiene como integrante a'],
    leader: ['líder de', 'encabezado por'],
    associate: ['socio(a) de', 'tiene como socio(a) a'],
    ally: ['aliado de', 'aliado de'],
    rival: ['rival de', 'rival de'],
    'faction-of': ['facción de', 'tiene como facción a'],
    'splinter-of': ['escisión de', 'se escindió en']
  }
};

/**
 * Spanish takes the article of an organization's common noun after "de" and "a": "líder del Cártel de Sinaloa",
 * "integrante de la Red de Kentucky"; a name that is its own article ("Los Zetas", "La Familia") takes none.
 */
function withArticle(words: string, name: string): string {
  const article = /^(Cártel|Grupo)\b/.test(name) ? 'el' : /^(Red|Organización|Pandilla)\b/.test(name) ? 'la' : /^Grupos\b/.test(name) ? 'los' : null;
  if (!article) return `${words} ${name}`;
  if (article === 'el' && / de$/.test(words)) return `${words.slice(0, -3)} del ${name}`;
  if (article === 'el' && / a$/.test(words)) return `${words.slice(0, -2)} al ${name}`;
  return / (de|a)$/.test(words) ? `${words} ${article} ${name}` : `${words} ${name}`;
}

/** A tie in words from one end: "sibling of José González Valencia". */
export function tieWords(model: NetworkModel, e: NetEdge, from: number, lang: Lang = 'en'): string {
  const forward = e.s === from;
  const other = model.nodes[forward ? e.t : e.s]!;
  const words = RELATION_WORDS[lang][e.r][forward ? 0 : 1];
  return lang === 'es' && other.kind === 'org' ? withArticle(words, other.name) : `${words} ${other.name}`;
}

/** A tie in words, both ends: "Abigael González Valencia, sibling of José González Valencia". */
export function tieSentence(model: NetworkModel, e: NetEdge, lang: Lang = 'en'): string {
  return `${model.nodes[e.s]!.name}, ${tieWords(model, e, e.s, lang)}`;
}

/** The ties of one node, in a stable order: family first, then organizations, then allies and rivals (ids by code point: no collator on a scene change). */
export function tiesOf(model: NetworkModel, node: number): number[] {
  const rank = (r: Relation) => Object.keys(RELATION_WORDS.en).indexOf(r);
  return model.edges
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.s === node || e.t === node)
    .sort((a, b) => rank(a.e.r) - rank(b.e.r) || byCodePoint(a.e.id, b.e.id))
    .map(({ i }) => i);
}

// Every node's number of ties, counted once per model: each node's accessible name gives it, and working it out
// from tiesOf node by node (a filter and a sort over every edge, for each node) was a sixth of the network
// island's hydration on a phone.
const tieCounts = new WeakMap<NetworkModel, number[]>();
function tieCount(model: NetworkModel, node: number): number {
  let counts = tieCounts.get(model);
  if (!counts) {
    counts = model.nodes.map(() => 0);
    for (const e of model.edges) {
      counts[e.s]!++;
      if (e.t !== e.s) counts[e.t]!++;
    }
    tieCounts.set(model, counts);
  }
  return counts[node]!;
}

function describeIn(lang: Lang) {
  return perScene(function describeNetwork(model: NetworkModel, scene: NetworkScene): string {
    const s = networkSceneState(model, scene);
    const picked = [...s.nodes].map((i) => model.nodes[i]!);
    const people = picked.filter((n) => n.kind === 'person');
    const sent = people.filter((n) => n.t >= 0).length;
    const orgs = picked.length - people.length;
    const disputed = [...s.edges].filter((i) => model.edges[i]!.d).length;
    const focus = s.focus !== null ? model.nodes[s.focus]! : null;
    const focusTies = s.focus !== null ? tieCount(model, s.focus) : 0;
    if (lang === 'es') {
      const sentWords = sent === 0 ? 'ninguna de ellas enviada' : `${countEs(sent, true)} de ellas ${sent === 1 ? 'enviada' : 'enviadas'}`;
      let text = `${scene.title}. Resaltadas: ${pluralEs(people.length, 'persona', 'personas', true)} (${sentWords} a Estados Unidos)`;
      if (orgs) text += ` y ${pluralEs(orgs, 'organización', 'organizaciones', true)}`;
      text += `, con ${pluralEs(s.edges.size, 'lazo', 'lazos')}${disputed ? ` (${disputed === 1 ? 'uno' : countEs(disputed)} en disputa)` : ''}.`;
      if (focus) text += ` En foco: ${focus.name}, con ${pluralEs(focusTies, 'lazo', 'lazos')}.`;
      return text;
    }
    let text = `${scene.title}. Highlighted: ${plural(people.length, 'person', 'people')} (${count(sent)} of them transferred to the United States)`;
    if (orgs) text += ` and ${plural(orgs, 'organization')}`;
    text += `, with ${plural(s.edges.size, 'tie')}${disputed ? ` (${count(disputed)} disputed)` : ''}.`;
    if (focus) text += ` In focus: ${focus.name}, with ${plural(focusTies, 'tie')}.`;
    return text;
  });
}
const DESCRIBE: Words<(model: NetworkModel, scene: NetworkScene) => string> = { en: describeIn('en'), es: describeIn('es') };

/** The scene in words, for screen readers: what stands out, how many were transferred, the ties. */
export function describeNetwork(model: NetworkModel, scene: NetworkScene, lang: Lang = 'en'): string {
  return DESCRIBE[lang](model, scene);
}

/** "transferred 27 February 2025" or "not transferred": a person's cue in the chart and the panel. */
export function transferCue(model: NetworkModel, t: number, lang: Lang = 'en'): string {
  if (lang === 'es') return t >= 0 ? `en el envío del ${formatDateEs(model.transfers[t]!.date)}` : 'fuera de los envíos';
  return t >= 0 ? `transferred ${formatDate(model.transfers[t]!.date)}` : 'not transferred';
}

/** A node's accessible name: "Abigael González Valencia, transferred 27 February 2025, 4 ties". */
export function nodeLabel(model: NetworkModel, i: number, lang: Lang = 'en'): string {
  const n = model.nodes[i]!;
  const ties = tieCount(model, i);
  const what = n.kind === 'org' ? ORG[lang] : transferCue(model, n.t, lang);
  // The name begins with the words drawn (an organization's short name), so a reader who says what they see
  // ("CJNG") reaches the node by voice.
  const shown = n.lines.join(' ');
  const name = n.name.toLowerCase().includes(shown.toLowerCase()) ? n.name : `${shown}: ${n.name}`;
  const tieWord = lang === 'es' ? (ties === 1 ? 'lazo' : 'lazos') : ties === 1 ? 'tie' : 'ties';
  return `${name}, ${what}, ${ties} ${tieWord}`;
}

const cap = (t: string) => t[0]!.toUpperCase() + t.slice(1);
const ORG: Words = { en: 'organization', es: 'organización' };

/** The panel's cue under a node's name: "Organization", or the person's transfer, capitalized. */
export function nodeCue(model: NetworkModel, i: number, lang: Lang = 'en'): string {
  const n = model.nodes[i]!;
  return n.kind === 'org' ? cap(ORG[lang]) : cap(transferCue(model, n.t, lang));
}

/** A tie as the panel and the list write it, with its sources as links. */
export interface TieItem {
  id: string;
  /** From the node in focus ("sibling of …"), or both ends ("A, sibling of B") in the list. */
  words: string;
  disputed: boolean;
  detail: string;
  sources: { url: string; publisher: string }[];
}

function item(model: NetworkModel, e: NetEdge, words: string): TieItem {
  return { id: e.id, words, disputed: !!e.d, detail: e.detail, sources: e.src.map((s) => ({ url: model.sources[s]!.url, publisher: model.sources[s]!.publisher })) };
}

/** The ties of the node in focus, in the panel's order. */
export function panelTies(model: NetworkModel, node: number, lang: Lang = 'en'): TieItem[] {
  return tiesOf(model, node).map((i) => item(model, model.edges[i]!, tieWords(model, model.edges[i]!, node, lang)));
}

/** Every tie, both ends named, in model order: the list below the chart. */
export function listTies(model: NetworkModel, lang: Lang = 'en'): TieItem[] {
  return model.edges.map((e) => item(model, e, tieSentence(model, e, lang)));
}

/** One entry of the legend: its icon and its words. */
export type LegendKey =
  | { icon: 'transfer'; n: number; color: string; text: string }
  | { icon: 'context' | 'org'; text: string }
  | { icon: 'edge'; edge: string; text: string };

const LEGEND: Words<{ context: string; org: string; family: string; orgTie: string; ally: string; rival: string; disputed: string }> = {
  en: { context: 'Not transferred', org: 'Organization', family: 'Family', orgTie: 'Organization tie', ally: 'Ally', rival: 'Rival', disputed: 'Disputed' },
  es: { context: 'Fuera de los envíos', org: 'Organización', family: 'Familia', orgTie: 'Lazo con una organización', ally: 'Aliado', rival: 'Rival', disputed: 'En disputa' }
};

export function legendKeys(model: NetworkModel, lang: Lang = 'en'): LegendKey[] {
  const w = LEGEND[lang];
  const sent = (date: string) => (lang === 'es' ? `Envío del ${formatDateEs(date)}` : `Transferred ${formatDate(date, true)}`);
  return [
    ...model.transfers.map((t, k): LegendKey => ({ icon: 'transfer', n: k + 1, color: transferColor(k), text: sent(t.date) })),
    { icon: 'context', text: w.context },
    { icon: 'org', text: w.org },
    { icon: 'edge', edge: 'e-family', text: w.family },
    { icon: 'edge', edge: 'e-org', text: w.orgTie },
    { icon: 'edge', edge: 'e-ally', text: w.ally },
    { icon: 'edge', edge: 'e-rival', text: w.rival },
    { icon: 'edge', edge: 'e-family disputed', text: w.disputed }
  ];
}

/** The words the network's component draws around the chart. */
export const CHART_WORDS: Words<{
  disputed: string;
  disputedNote: string;
  sources: string;
  credit: string;
  close: (name: string) => string;
  listSummary: (n: number) => string;
  desc: (title: string) => string;
  pictureTitle: (scene: string, title: string) => string;
}> = {
  en: {
    disputed: 'disputed',
    disputedNote: ' (disputed)',
    sources: 'Sources: ',
    credit: 'Every line has at least one published source; select a name to see them.',
    close: (name) => `Close the ties of ${name}`,
    listSummary: (n) => `The ${n} ${n === 1 ? 'tie' : 'ties'} in this view, with sources`,
    desc: (title) => `${title}. People and organizations, one block per family cluster; select a name for its ties and sources. The ties in this view are listed below the chart.`,
    pictureTitle: (scene, title) => `${scene}. ${title}, one block per family cluster; the ties are listed below the chart.`
  },
  es: {
    disputed: 'en disputa',
    disputedNote: ' (en disputa)',
    sources: 'Fuentes: ',
    credit: 'Cada línea tiene al menos una fuente publicada; seleccione un nombre para verlas.',
    close: (name) => `Cerrar los lazos de ${name}`,
    listSummary: (n) => (n === 1 ? 'El lazo en esta vista, con sus fuentes' : `Los ${n} lazos en esta vista, con sus fuentes`),
    desc: (title) => `${title}. Personas y organizaciones, un bloque por grupo familiar; seleccione un nombre para ver sus lazos y fuentes. Los lazos de esta vista se enumeran debajo del gráfico.`,
    pictureTitle: (scene, title) => `${scene}. ${title}, un bloque por grupo familiar; los lazos se enumeran debajo del gráfico.`
  }
};
