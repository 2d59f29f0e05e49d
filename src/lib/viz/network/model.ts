// What the network needs, computed once at build time: nodes in cluster order, ties with their
// sources, and a finished layout for phones and wide screens, so the browser runs no simulation.
import type { Dataset, Relation, Tie } from '$lib/data/schema';
import { orgFamily, type OrgFamily } from '../palette';
import type { NetworkCluster } from './descriptor';
import type { Lang, Words } from '$lib/i18n/lang';
import { FAMILY, nameLines, reachOrder } from './graph';
import { FRAMES, layoutFrame, type Frame, type LayoutCluster } from './layout';
import { byCodePoint } from '../order';

export interface NetNode {
  id: string;
  kind: 'person' | 'org';
  name: string;
  lines: string[];
  /** Index into model.transfers; -1: not transferred (a context figure, or an organization). */
  t: number;
  /** Organization family, for colour. */
  fam: OrgFamily;
  /** Index into model.clusters. */
  c: number;
}

export interface NetEdge {
  id: string;
  /** Node indices; parent-child runs parent → child. */
  s: number;
  t: number;
  r: Relation;
  detail: string;
  /** 1 when the sources disagree about the tie. */
  d?: 1;
  conf: Tie['confidence'];
  /** Indices into model.sources. */
  src: number[];
}

export interface NetworkModel {
  title: string;
  transfers: { label: string; date: string }[];
  nodes: NetNode[];
  edges: NetEdge[];
  clusters: { id: string; label: string }[];
  sources: { url: string; publisher: string; date: string | null }[];
  frames: { narrow: Frame; wide: Frame };
}

/**
 * Nodes are every person or organization with at least one tie; the rest belong to other visuals. The
 * story's clusters (editorial rules, handed in as data) claim nodes in their order.
 */
/** The model's own words in each edition: the chart's title and the block of organizations no family claims. */
const MODEL_WORDS: Words<{ title: string; others: string }> = {
  en: { title: 'Family ties among the transferred', others: 'Others' },
  es: { title: 'Lazos familiares entre los enviados', others: 'Otros' }
};

export function buildNetworkModel(d: Dataset, storyClusters: readonly NetworkCluster[], lang: Lang = 'en'): NetworkModel {
  const words = MODEL_WORDS[lang];
  const people = new Map(d.people.map((p) => [p.id, p]));
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const ties = d.ties
    .filter((t) => (people.has(t.source) || orgs.has(t.source)) && (people.has(t.target) || orgs.has(t.target)))
    .filter((t) => t.sources.length > 0)
    .slice()
    .sort((a, b) => byCodePoint(a.id, b.id));
  const tied = new Set(ties.flatMap((t) => [t.source, t.target]));
  const transfers = d.transfers.slice().sort((a, b) => (a.date < b.date ? -1 : 1));

  const rootOf = (orgId: string | null): string | null => {
    let id = orgId;
    for (let guard = 0; id && orgs.get(id)?.parent && guard < 10; guard++) id = orgs.get(id)!.parent;
    return id;
  };
  const orgOf = (id: string): string | null => (orgs.has(id) ? id : (people.get(id)?.organization ?? null));

  // Clusters: the story's family rules claim nodes in order; each remaining node joins the cluster
  // holding its own organization, else its root organization, else a cluster of that root.
  const assigned = new Map<string, number>();
  const members: string[][] = [];
  const clusters: { id: string; label: string }[] = [];
  for (const rule of storyClusters) {
    const found = reachOrder(ties, rule.reach, tied).filter((id) => tied.has(id) && !assigned.has(id));
    if (!found.length) continue;
    found.forEach((id) => assigned.set(id, clusters.length));
    members.push(found);
    clusters.push({ id: rule.id, label: rule.label });
  }
  const rest = [...tied].filter((id) => !assigned.has(id)).sort();
  // Organizations first, so a person can join the cluster its organization landed in.
  rest.sort((a, b) => Number(orgs.has(b)) - Number(orgs.has(a)));
  const byRoot = new Map<string, number>();
  for (const id of rest) {
    const own = orgOf(id);
    const root = rootOf(own);
    let c = own !== null && own !== id ? assigned.get(own) : undefined;
    if (c === undefined && root !== null && root !== id) c = assigned.get(root);
    if (c === undefined) {
      const key = root ?? 'none';
      c = byRoot.get(key);
      if (c === undefined) {
        c = clusters.length;
        byRoot.set(key, c);
        members.push([]);
        const o = root ? orgs.get(root) : undefined;
        clusters.push({ id: `org-${key}`, label: o ? o.shortName : words.others });
      }
    }
    assigned.set(id, c);
    members[c]!.push(id);
  }
  mergeSingletons(clusters, members, words.others);

  // Within a cluster: organizations, then people in family order (breadth-first over family ties
  // from the first member), so relatives sit side by side.
  const ordered = members.map((ids) => {
    const set = new Set(ids);
    const famLinks = ties.filter((t) => FAMILY.includes(t.relation) && set.has(t.source) && set.has(t.target));
    const ppl = ids.filter((id) => people.has(id));
    const seq = reachOrder(famLinks, ppl.map((from) => ({ from, via: FAMILY, depth: 99 })));
    return [...ids.filter((id) => orgs.has(id)), ...seq];
  });

  const nodes: NetNode[] = [];
  ordered.forEach((ids, c) =>
    ids.forEach((id) => {
      const p = people.get(id);
      if (p) {
        const name = p.name ?? p.description ?? id;
        const t = p.transfer ? transfers.findIndex((x) => x.id === p.transfer) : -1;
        nodes.push({ id, kind: 'person', name, lines: nameLines(name), t, fam: orgFamily(rootOf(p.organization) ?? p.organization), c });
      } else {
        const o = orgs.get(id)!;
        nodes.push({ id, kind: 'org', name: o.name, lines: nameLines(o.shortName), t: -1, fam: orgFamily(rootOf(id) ?? id), c });
      }
    })
  );
  const index = new Map(nodes.map((n, i) => [n.id, i]));

  const srcIndex = new Map<string, number>();
  const sources: NetworkModel['sources'] = [];
  const sourceById = new Map(d.sources.map((s) => [s.id, s]));
  const edges: NetEdge[] = ties.map((t) => ({
    id: t.id,
    s: index.get(t.source)!,
    t: index.get(t.target)!,
    r: t.relation,
    detail: t.detail,
    ...(t.disputed ? { d: 1 as const } : {}),
    conf: t.confidence,
    src: t.sources.map((sid) => {
      let i = srcIndex.get(sid);
      if (i === undefined) {
        const s = sourceById.get(sid);
        if (!s) throw new Error(`tie ${t.id} cites unknown source ${sid}`);
        i = sources.length;
        srcIndex.set(sid, i);
        sources.push({ url: s.url, publisher: s.publisher, date: s.date });
      }
      return i;
    })
  }));

  const layoutClusters: LayoutCluster[] = ordered.map((ids, c) => ({
    label: clusters[c]!.label,
    nodes: ids.map((id) => nodes[index.get(id)!]!)
  }));
  return {
    title: words.title,
    transfers: transfers.map((t) => ({ label: t.label, date: t.date })),
    nodes,
    edges,
    clusters,
    sources,
    frames: { narrow: layoutFrame(layoutClusters, FRAMES.narrow), wide: layoutFrame(layoutClusters, FRAMES.wide) }
  };
}

/** One-node organization clusters read as noise: they join one "Others" block at the end. */
function mergeSingletons(clusters: { id: string; label: string }[], members: string[][], others: string) {
  const small = clusters
    .map((c, i) => (c.id === 'org-none' || (c.id.startsWith('org-') && members[i]!.length === 1) ? i : -1))
    .filter((i) => i >= 0);
  if (small.length < 2) return;
  const merged = small.flatMap((i) => members[i]!);
  for (const i of small.reverse()) {
    clusters.splice(i, 1);
    members.splice(i, 1);
  }
  clusters.push({ id: 'org-others', label: others });
  members.push(merged.sort());
}
