// npm run data:due [YYYY-MM-DD]: prints for an editor what is due a look-up (see src/lib/data/due.ts).
import { dueReport, formatDue } from '../src/lib/data/due';
import { loadDataset } from '../src/lib/data/load';

const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`usage: npm run data:due [YYYY-MM-DD] (got "${today}")`);
  process.exit(2);
}
console.log(formatDue(dueReport(loadDataset(), today)));
