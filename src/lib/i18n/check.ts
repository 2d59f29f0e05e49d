// A missing translation fails the build: every interface message of English needs its Spanish, and back.
import { readFileSync } from 'node:fs';

type Messages = Record<string, string>;

export function missingMessages(en: Messages, es: Messages): string[] {
  const keys = (m: Messages) => Object.keys(m).filter((k) => k !== '$schema');
  const blank = (m: Messages, k: string) => typeof m[k] !== 'string' || !m[k]!.trim();
  return [
    ...keys(en).filter((k) => blank(es, k)).map((k) => `messages/es.json: no Spanish text for "${k}"`),
    ...keys(es).filter((k) => blank(en, k)).map((k) => `messages/en.json: no English text for "${k}"`)
  ];
}

export function checkMessageFiles(dir = 'messages'): void {
  const read = (lang: string) => JSON.parse(readFileSync(`${dir}/${lang}.json`, 'utf8')) as Messages;
  const missing = missingMessages(read('en'), read('es'));
  if (missing.length) throw new Error(missing.join('\n'));
}
