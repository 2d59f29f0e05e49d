// The Spanish edition's downloads (/es/data/*): the rows of /data/* built from the records in Spanish, with
// Spanish keys and column names. Ids, dates, URLs and codes (status, kind, relation, category…) are the English
// files' own, so a reporter can join the two editions' files on them; the text is the Spanish edition's.
import { localize } from './localize';
import { PEOPLE_COLUMNS, flatPerson, publishPeople, toCsv, type PeopleColumn } from './publish';
import { FACT_FIELDS, type Dataset, type FactField } from './schema';

/** The fact fields by their Spanish names, as keys of `fuentesPorCampo` and in the CSV's per-field columns. */
const FIELD_ES: Record<FactField, string> = {
  identification: 'identificacion',
  transfer: 'envio',
  aliases: 'alias',
  nationality: 'nacionalidad',
  organization: 'organizacion',
  role: 'papel',
  charges: 'cargos',
  court: 'tribunal',
  status: 'situacion',
  capture: 'captura'
};

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Every key the published files carry, in Spanish; plain ASCII, so the columns are easy to type in a
 * spreadsheet formula or a script. A key missing here fails the build (inSpanish), never ships in English.
 */
export const KEYS_ES: Record<string, string> = {
  ...FIELD_ES,
  ...Object.fromEntries(FACT_FIELDS.map((f) => [`${f}Sources`, `fuentes${cap(FIELD_ES[f])}`])),
  id: 'id',
  name: 'nombre',
  kind: 'tipo',
  transferDate: 'fechaEnvio',
  organizationParents: 'organizacionesSuperiores',
  usDistrict: 'tribunalDistritoEU',
  courtNote: 'notaTribunal',
  allegation: 'acusacion',
  captureDate: 'fechaCaptura',
  capturePlace: 'lugarCaptura',
  captureNote: 'notaCaptura',
  statusDate: 'fechaSituacion',
  statusDetail: 'detalleSituacion',
  sentence: 'sentencia',
  nextScheduled: 'proximaDiligencia',
  nextScheduledDate: 'fechaProximaDiligencia',
  nextScheduledWhat: 'proximaDiligenciaQue',
  nextScheduledNote: 'notaProximaDiligencia',
  scheduled: 'diligencias',
  confidence: 'confianza',
  conflicts: 'discrepancias',
  sourceUrls: 'urlsFuentes',
  sourceKinds: 'tiposFuente',
  sources: 'fuentes',
  fieldSources: 'fuentesPorCampo',
  // Inside the nested objects: a step, its outcome, a conflict, a source, a capture.
  date: 'fecha',
  what: 'diligencia',
  outcome: 'resultado',
  text: 'texto',
  note: 'nota',
  place: 'lugar',
  field: 'campo',
  url: 'url',
  publisher: 'medio',
  title: 'titulo',
  via: 'via',
  // events.json, ties.json, territories.json
  description: 'descripcion',
  category: 'categoria',
  people: 'personas',
  organizations: 'organizaciones',
  tags: 'etiquetas',
  source: 'origen',
  target: 'destino',
  relation: 'relacion',
  detail: 'detalle',
  disputed: 'disputado',
  state: 'estado',
  strength: 'fuerza',
  year: 'anio'
};

/**
 * A published value with its keys in Spanish, throughout. The records' `es` mirrors are dropped: their text
 * is already in place (localize). A key with no Spanish name throws, naming it.
 */
export function inSpanish<T>(value: T): unknown {
  if (Array.isArray(value)) return value.map(inSpanish);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'es')
      .map(([k, v]) => {
        const es = KEYS_ES[k];
        if (!es) throw new Error(`publish-es.ts: no Spanish name for the key "${k}" (add it to KEYS_ES)`);
        return [es, inSpanish(v)];
      })
  );
}

/** Column order of /es/data/people.csv: the English file's, in Spanish. */
export const PEOPLE_COLUMNS_ES = PEOPLE_COLUMNS.map((c: PeopleColumn) => KEYS_ES[c]!);

/** /es/data/people.json */
export function publishPeopleEs(d: Dataset): unknown[] {
  return publishPeople(localize(d, 'es'), 'es').map(inSpanish);
}

/** /es/data/people.csv: UTF-8 with a byte order mark, like the English file (see peopleCsv). */
export function peopleCsvEs(d: Dataset): string {
  const rows = publishPeople(localize(d, 'es'), 'es').map((p) => inSpanish(flatPerson(p)) as Record<string, unknown>);
  return '\uFEFF' + toCsv(rows, PEOPLE_COLUMNS_ES);
}

/** /es/data/events.json, ties.json, territories.json: the records in Spanish. */
export function publishRecordsEs(d: Dataset, file: 'events' | 'ties' | 'territories'): unknown[] {
  return localize(d, 'es')[file].map(inSpanish);
}
