// Whether a map scene can be drawn from the model: every id it names exists, so a typo fails the build
// instead of silently showing North America.
import type { MapModel } from './model';
import type { MapScene } from './descriptor';
import { stopPoint } from './scene';

export function checkMapScene(model: MapModel, scene: MapScene): string[] {
  const out: string[] = [];
  const missing = (what: string, ids: readonly string[] | undefined, known: (id: string) => boolean) => {
    for (const id of ids ?? []) if (!known(id)) out.push(`map: no ${what} "${id}"`);
  };
  if (!model.zooms[scene.zoom]) out.push(`map: no zoom "${scene.zoom}"`);
  if (scene.layer === 'org' && !(scene.org && model.orgs[scene.org])) out.push(`map: layer "org" needs a known organization, got "${scene.org ?? ''}"`);
  missing('state', scene.states, (id) => model.mx.some((s) => s.id === id));
  missing('place', scene.places, (id) => model.places.some((p) => p.id === id));
  missing('transfer', scene.flights, (id) => model.transfers.some((t) => t.id === id));
  missing('court with transferred people', scene.courts?.highlight, (id) => model.courts.some((c) => c.id === id));
  if (scene.path) {
    missing('stop', scene.path.stops, (id) => stopPoint(model, id) !== null);
    if (scene.path.stops.length < 2) out.push(`map: the path of "${scene.path.person}" needs two stops, has ${scene.path.stops.length}`);
  }
  return out;
}
