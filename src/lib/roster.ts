// The roster's rows: one per transferred person, with names resolved and unknowns spelled out.
import type { Dataset, Status } from '$lib/data/schema';

export interface RosterRow {
  id: string;
  /** null when the sources give no name: the table says "unidentified" or "sealed", never a guess. */
  name: string | null;
  kind: 'named' | 'unidentified' | 'sealed';
  aliases: string[];
  description: string | null;
  transfer: string;
  transferDate: string;
  organization: string | null;
  court: string | null;
  courtNote: string | null;
  allegation: string | null;
  status: Status;
  statusDate: string | null;
  statusDetail: string | null;
  confidence: 'high' | 'medium' | 'low';
  sources: { url: string; publisher: string }[];
}

export const STATUS_LABELS: Record<Status, string> = {
  charged: 'Charged',
  'pleaded-not-guilty': 'Pleaded not guilty',
  'pleaded-guilty': 'Pleaded guilty',
  convicted: 'Convicted',
  sentenced: 'Sentenced',
  deceased: 'Deceased',
  unknown: 'Unknown'
};

export function rosterRows(d: Dataset): RosterRow[] {
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const courts = new Map(d.courts.map((c) => [c.id, c]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const transfers = new Map(d.transfers.map((t, i) => [t.id, { t, i }]));
  return d.people
    .filter((p) => p.transfer !== null)
    .map((p) => {
      const t = transfers.get(p.transfer!)!.t;
      return {
        id: p.id,
        name: p.name,
        kind: p.kind,
        aliases: p.aliases,
        description: p.description,
        transfer: t.id,
        transferDate: t.date,
        organization: p.organization ? orgs.get(p.organization)!.name : null,
        court: p.court ? courts.get(p.court)!.name : null,
        courtNote: p.courtNote,
        allegation: p.allegation,
        status: p.status.value,
        statusDate: p.status.date,
        statusDetail: p.status.sentence ? `${p.status.detail ?? ''} Sentence: ${p.status.sentence}`.trim() : p.status.detail,
        confidence: p.confidence,
        sources: p.sources.map((id) => {
          const s = sources.get(id)!;
          return { url: s.url, publisher: s.publisher };
        })
      };
    })
    .sort(
      (a, b) =>
        transfers.get(a.transfer)!.i - transfers.get(b.transfer)!.i ||
        Number(a.name === null) - Number(b.name === null) ||
        (a.name ?? a.id).localeCompare(b.name ?? b.id, 'es')
    );
}

/** Lower case without accents, so "narco de nárcos" finds "Narco de Narcos". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text a roster search looks through, folded once at build time. */
export function searchText(r: RosterRow): string {
  return fold([r.name ?? r.kind, ...r.aliases, r.organization ?? '', r.court ?? '', r.allegation ?? ''].join(' '));
}

/** Whether a row passes the roster's filters. */
export function rowMatches(row: { search: string; transfer: string }, query: string, transfer: string): boolean {
  return (transfer === 'all' || row.transfer === transfer) && (!query.trim() || row.search.includes(fold(query.trim())));
}

export function nameOf(r: Pick<RosterRow, 'name' | 'kind'>): string {
  return r.name ?? (r.kind === 'sealed' ? 'Name sealed by the US court' : 'Unidentified');
}
