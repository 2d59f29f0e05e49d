// The validated dataset, loaded once per build. HANDOVER_DATA points it at another folder (tests, fixtures).
import { join } from 'node:path';
import { loadDataset } from '$lib/data/load';

export const dataset = loadDataset(process.env.HANDOVER_DATA ?? join(process.cwd(), 'data'));
