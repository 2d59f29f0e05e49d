// /embed/map/, /embed/network/, /embed/timeline/: one visual alone, for iframes.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { embedData } from '$lib/server/embed-data';

const VISUALS = ['map', 'network', 'timeline'] as const;

export const entries = () => VISUALS.map((visual) => ({ visual }));

export const load = ({ params }) => {
  const visual = VISUALS.find((v) => v === params.visual);
  if (!visual) error(404, 'No such visual');
  return embedData(dataset, visual);
};
