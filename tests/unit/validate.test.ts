import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, readDataFiles } from '../../src/lib/data/load';
import { DataError, validateDataset } from '../../src/lib/data/validate';
import { isRealDate, precisionOf } from '../../src/lib/data/schema';

const fixtures = join(__dirname, '../fixtures/data');
const valid = () => readDataFiles(join(fixtures, 'valid'));

const scratch = mkdtempSync(join(tmpdir(), 'handover-bad-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A folder holding the valid fixture with the files of one bad fixture laid over it, read the way the build
 * reads data/ (so a file that is not JSON fails where it would in the build).
 */
function badFolder(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(fixtures, 'valid'), dir, { recursive: true });
  cpSync(join(fixtures, 'bad', name), dir, { recursive: true });
  return dir;
}

function errorOf(load: () => unknown): DataError {
  try {
    load();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('the dataset validated, but it should not have');
}

describe('validateDataset', () => {
  it('accepts the valid fixture', () => {
    const d = validateDataset(valid());
    expect(d.people.map((p) => p.id)).toContain('caro-quintero');
  });

  // One fixture per failure; each must fail with one line naming file, record and field.
  const cases: [string, string][] = [
    ['missing-source', 'data/people.json: record "caro-quintero", field "sources": needs at least one source'],
    ['unknown-source-id', 'data/people.json: record "caro-quintero", field "sources[0]": unknown source id "no-such-source"'],
    ['unknown-organization', 'data/people.json: record "aug-2025-person", field "organization": unknown organization id "los-nadie"'],
    ['dangling-tie', 'data/ties.json: record "caro-guadalajara", field "target": unknown person or organization id "nobody-known"'],
    ['duplicate-id', 'data/events.json: record "camarena-abducted", field "id": duplicate id "camarena-abducted"'],
    ['malformed-date', 'data/events.json: record "camarena-abducted", field "date": must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'],
    ['date-out-of-range', 'data/events.json: record "transfer-feb-2025", field "date": date 2027-03-08 (day) is outside 1985-01-01 … 2026-03-20 (the "as of" date)'],
    ['count-mismatch', 'data/transfers.json: record "feb-2025", field "count": says 29 people, but people.json has 2'],
    ['unknown-status', 'data/people.json: record "caro-quintero", field "status.value": Invalid option'],
    ['field-without-source', 'data/people.json: record "caro-quintero", field "fieldSources.charges": the record states charges but names no source for it'],
    ['source-not-listed', 'data/people.json: record "caro-quintero", field "fieldSources.court[0]": source "publimetro-2025-02-28" is not among the record\'s sources'],
    ['field-source-unknown', 'data/people.json: record "caro-quintero", field "fieldSources.court[0]": unknown source id "no-such-source"'],
    ['scheduled-source-not-listed', 'data/people.json: record "caro-quintero", field "scheduled[1].sources[0]": source "publimetro-2025-02-28" is not among the record\'s sources'],
    ['staging-url', 'data/sources.json: record "publimetro-2025-02-28", field "url": "staging.publimetro.com.mx" is a staging, admin, CMS or preview host, not the public page'],
    ['bare-ip-url', 'data/sources.json: record "publimetro-2025-02-28", field "url": "http://20.210.105.67/txt/time/Time1985/1985-03-25/964097.html" is a bare IP address'],
    ['mirror-without-via', 'data/sources.json: record "doj-2025-02-27", field "via": "einpresswire.com" copies other publishers\' documents'],
    ['transferred-without-field-sources', 'data/people.json: record "aug-2025-person", field "fieldSources": a transferred person needs the sources of each stated field'],
    ['missing-spanish-text', 'data/people.json: record "caro-quintero", field "es.allegation": shown to readers, but has no Spanish text'],
    ['missing-spanish', 'data/transfers.json: record "aug-2025", field "es.summary": Invalid input: expected string, received undefined'],
    ['correction-unknown-record', 'data/corrections.json: record "#0 people.json:nobody-known", field "record": unknown record'],
    ['organization-id-is-person-id', 'data/organizations.json: record "mencho", field "id": id "mencho" is also a person id'],
    ['tie-to-itself', 'data/ties.json: record "caro-caro", field "target": a tie cannot join a node to itself'],
    ['territory-year-out-of-range', 'data/territories.json: record "sin-sinaloa", field "year": year 2030 is outside 1985 … 2026'],
    ['unknown-transfer', 'data/events.json: record "transfer-feb-2025", field "transfer": unknown transfer id "no-such-transfer"'],
    ['unknown-court', 'data/people.json: record "caro-quintero", field "court": unknown court id "no-such-court"'],
    ['unknown-place', 'data/transfers.json: record "feb-2025", field "arrivals[0].place": unknown place id "no-such-place"'],
    ['unknown-person', 'data/events.json: record "camarena-abducted", field "people[1]": unknown person id "nobody-known"'],
    ['unknown-parent-organization', 'data/organizations.json: record "sinaloa", field "parent": unknown organization id "no-such-cartel"'],
    ['aliases-on-unidentified', 'data/people.json: record "feb-2025-unidentified-carlos", field "aliases": an unidentified or sealed record must not carry aliases'],
    ['impossible-date', 'data/events.json: record "camarena-abducted", field "date": is not a real calendar date'],
    ['id-not-a-slug', 'data/events.json: record "The_Split", field "id": must be a lowercase slug (a-z, 0-9, -)'],
    ['state-not-iso', 'data/territories.json: record "sin-sinaloa", field "state": must be an ISO 3166-2:MX code'],
    ['home-base-not-iso', 'data/organizations.json: record "guadalajara", field "homeBase[0]": must be an ISO 3166-2:MX code'],
    // A file that is not JSON has no records to name; the line and column lead the editor to the fault.
    ['invalid-json', 'data/ties.json: record "(file)", field "(file)": is not valid JSON at line 9, column 23: ']
  ];

  it('has a test for every bad fixture on disk', () => {
    expect(readdirSync(join(fixtures, 'bad')).sort()).toEqual(cases.map(([n]) => n).sort());
  });

  it.each(cases)('rejects %s with a one-line message', (name, expected) => {
    const err = errorOf(() => loadDataset(badFolder(name)));
    expect(err.problems).toHaveLength(1);
    expect(err.message.split('\n')).toHaveLength(1);
    expect(err.message.startsWith(expected)).toBe(true);
  });

  it('names a missing file', () => {
    const files = valid() as Record<string, unknown>;
    delete files['ties.json'];
    expect(errorOf(() => validateDataset(files)).message).toBe('data/ties.json: record "(file)", field "(file)": file is missing');
  });

  it('rejects a record that carries a name while marked unidentified', () => {
    const files = valid() as Record<string, any>;
    files['people.json'][1].name = 'Carlos Guessed';
    expect(errorOf(() => validateDataset(files)).problems).toEqual([
      {
        file: 'people.json',
        record: 'feb-2025-unidentified-carlos',
        field: 'name',
        message: 'a named person needs a name; an unidentified or sealed one must not carry one'
      }
    ]);
  });

  it('requires the sentence of a sentenced person', () => {
    const files = valid() as Record<string, any>;
    files['people.json'][0].status = { value: 'sentenced', date: '2025-09-16', detail: 'x' };
    expect(errorOf(() => validateDataset(files)).problems).toEqual([
      {
        file: 'people.json',
        record: 'caro-quintero',
        field: 'status.sentence',
        message: 'a sentenced person needs the sentence'
      }
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['1985', true, 'year'],
    ['1985-02', true, 'month'],
    ['1985-02-07', true, 'day'],
    ['2024-02-29', true, 'day'],
    ['2025-02-29', false, 'day'],
    ['1985-13', false, 'month']
  ] as const)('%s is real: %s, precision %s', (s, real, precision) => {
    expect(isRealDate(s)).toBe(real);
    expect(precisionOf(s)).toBe(precision);
  });
});
