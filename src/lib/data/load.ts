// Reads data/*.json from disk and validates it. Runs only at build time (Node), never in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, type Dataset, type FileName } from './schema';
import { DataError, validateDataset, type DataProblem } from './validate';

export function readDataFiles(dir: string): Partial<Record<FileName, unknown>> {
  const files: Partial<Record<FileName, unknown>> = {};
  const problems: DataProblem[] = [];
  for (const name of Object.keys(FILES) as FileName[]) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue; // validateDataset reports the missing file
    }
    try {
      files[name] = JSON.parse(text);
    } catch (e) {
      problems.push({ file: name, record: '(file)', field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
    }
  }
  if (problems.length) throw new DataError(problems);
  return files;
}

/** The validated dataset in `dir` (default: the project's data/ folder). Throws DataError on bad data. */
export function loadDataset(dir = join(process.cwd(), 'data')): Dataset {
  return validateDataset(readDataFiles(dir));
}
