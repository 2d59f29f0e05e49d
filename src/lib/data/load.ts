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
      const message = `is not valid JSON${where(text, e as Error)}: ${(e as Error).message}`;
      problems.push({ file: name, record: '(file)', field: '(file)', message });
    }
  }
  if (problems.length) throw new DataError(problems);
  return files;
}

/** " at line L, column C" of a JSON syntax error: an editor's window shows lines, not the parser's offset. */
function where(text: string, e: Error): string {
  const at = /at position (\d+)/.exec(e.message);
  if (!at) return '';
  const before = text.slice(0, Number(at[1])).split('\n');
  return ` at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** The validated dataset in `dir` (default: the project's data/ folder). Throws DataError on bad data. */
export function loadDataset(dir = join(process.cwd(), 'data')): Dataset {
  return validateDataset(readDataFiles(dir));
}
