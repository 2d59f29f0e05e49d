// The build-time models of the three visuals, made once per build and handed to the page as data.
import type { Dataset } from '$lib/data/schema';
import { buildMapModel, type MapModel } from './map/model';
import { buildNetworkModel, type NetworkModel } from './network/model';
import { buildTimelineModel, type TimelineModel } from './timeline/model';

export interface Models {
  map: MapModel;
  network: NetworkModel;
  timeline: TimelineModel;
}

export function buildModels(d: Dataset): Models {
  return { map: buildMapModel(d), network: buildNetworkModel(d), timeline: buildTimelineModel(d) };
}
