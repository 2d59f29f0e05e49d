// The roster tests' dataset: the valid fixture plus what the search must reach beyond a row's own fields (a
// faction of the Sinaloa cartel with a man in it, a brother of El Mencho who pleaded guilty), each record with
// its Spanish text as validation demands, so the English and the Spanish tests read the same cases.
import { join } from 'node:path';
import { loadDataset } from '$lib/data/load';
import type { Dataset } from '$lib/data/schema';

export const fixture = loadDataset(join(process.cwd(), 'tests/fixtures/data/valid'));

export function withFamilyAndFaction(): Dataset {
  const d = structuredClone(fixture);
  const sinaloa = d.organizations.find((o) => o.id === 'sinaloa')!;
  d.organizations.push({
    ...sinaloa,
    id: 'chapitos',
    name: 'Los Chapitos',
    shortName: 'Chapitos',
    aliases: ['La Chapiza'],
    parent: 'sinaloa',
    kind: 'faction',
    es: { name: 'Los Chapitos' }
  });
  const base = d.people.find((p) => p.id === 'aug-2025-person')!;
  d.people.push({ ...base, id: 'chapito-man', name: 'Ovidio Fixture', organization: 'chapitos' });
  d.people.push({
    ...base,
    id: 'mencho-brother',
    name: 'Antonio Oseguera Fixture',
    organization: null,
    status: { value: 'pleaded-guilty', date: '2025-09-01', detail: 'Pleaded guilty in Washington.' },
    es: { status: { detail: 'Se declaró culpable en Washington.' } }
  });
  // The transfer's announced count must match its people for the data to be valid; the roster does not care.
  const tie = d.ties[0]!;
  d.ties.push({
    ...tie,
    id: 'mencho--sibling--mencho-brother',
    source: 'mencho',
    target: 'mencho-brother',
    relation: 'sibling',
    detail: 'Brothers.',
    es: { detail: 'Hermanos.' }
  });
  return d;
}
