// A realistic dataset for the timeline's unit tests: the 94 research events (1985 → March 2026) with
// three transfers, so layouts are tested at the real density rather than on a toy fixture.
import type { Dataset, Event } from '$lib/data/schema';
import research from './fixtures/research-events.json';

export function researchDataset(): Dataset {
  return {
    meta: {
      title: 'Test',
      dek: 'Test',
      asOf: '2026-03-20',
      published: '2026-03-20',
      modified: '2026-03-20',
      siteUrl: 'https://example.org'
    },
    sources: Array.from({ length: 7 }, (_, i) => ({
      id: `src-${i}`,
      url: `https://example.org/${i}`,
      publisher: `Publisher ${i}`,
      date: '2026-01-01',
      kind: 'news' as const,
      via: null
    })),
    transfers: [
      ['feb-2025', '2025-02-27', 29],
      ['aug-2025', '2025-08-12', 26],
      ['jan-2026', '2026-01-20', 37]
    ].map(([id, date, count]) => ({
      id: id as string,
      date: date as string,
      count: count as number,
      label: date as string,
      summary: 'Transfer',
      origin: 'santa-lucia',
      arrivals: [],
      sources: ['src-0']
    })),
    people: [
      {
        id: 'rafael-caro-quintero',
        kind: 'named',
        name: 'Rafael Caro Quintero',
        nameVariants: [],
        aliases: [],
        transfer: 'feb-2025',
        nationality: null,
        organization: null,
        faction: null,
        role: null,
        court: null,
        courtNote: null,
        charges: [],
        allegation: null,
        capture: null,
        status: { value: 'charged', date: null, detail: null },
        history: [],
        confidence: 'high',
        description: null,
        conflicts: [],
        sources: ['src-1']
      }
    ],
    organizations: [],
    ties: [],
    events: research as Event[],
    territories: [],
    courts: [],
    places: [],
    corrections: []
  };
}
