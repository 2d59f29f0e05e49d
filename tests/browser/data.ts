// The dataset the build was made from, so tests compare the page to the data, not to copied numbers.
import { join } from 'node:path';
import { loadDataset } from '../../src/lib/data/load';
import { formatDate } from '../../src/lib/format';

export const dataset = loadDataset(process.env.HANDOVER_DATA ?? join(process.cwd(), 'data'));
export { formatDate };
