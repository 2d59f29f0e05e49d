import { it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '$lib/data/load';
import { buildMapModel } from './model';
it('size', () => {
  const m = buildMapModel(loadDataset('tests/fixtures/data/valid'));
  const g = (x: unknown) => gzipSync(JSON.stringify(x)).length;
  console.log('total', JSON.stringify(m).length, g(m), 'mx', g(m.mx), 'us', g(m.us), 'pts', m.mx.reduce((n, s) => n + (s.d.match(/[LM]/g)?.length ?? 0), 0), m.us.reduce((n, s) => n + (s.d.match(/[LM]/g)?.length ?? 0), 0));
});
