// What an editor should look up next: scheduled steps whose date has passed with no outcome recorded, and facts
// that rest only on "other" sources (blogs, aggregators, unknown sites). Printed by `npm run data:due`.
import { FACT_FIELDS, type Dataset } from './schema';
import { lastDay, openSteps } from './scheduled';

export interface PassedStep {
  person: string;
  date: string;
  what: string;
  urls: string[];
}

export interface WeakFact {
  file: 'people.json' | 'events.json';
  record: string;
  field: string;
  urls: string[];
}

export interface DueReport {
  today: string;
  asOf: string;
  passed: PassedStep[];
  otherOnly: WeakFact[];
}

export function dueReport(d: Dataset, today: string): DueReport {
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  const urls = (ids: string[]) => ids.map((id) => byId.get(id)?.url ?? id);
  // An empty list is not "only other": a field without sources is the validator's business.
  const onlyOther = (ids: string[]) => ids.length > 0 && ids.every((id) => byId.get(id)?.kind === 'other');
  const passed: PassedStep[] = [];
  const otherOnly: WeakFact[] = [];
  for (const p of d.people) {
    for (const s of openSteps(p))
      if (lastDay(s.date) < today) passed.push({ person: p.id, date: s.date, what: s.what, urls: urls(s.sources) });
    for (const f of FACT_FIELDS) {
      const ids = p.fieldSources?.[f] ?? [];
      if (onlyOther(ids)) otherOnly.push({ file: 'people.json', record: p.id, field: f, urls: urls(ids) });
    }
    (p.scheduled ?? []).forEach((s, i) => {
      if (onlyOther(s.sources)) otherOnly.push({ file: 'people.json', record: p.id, field: `scheduled[${i}]`, urls: urls(s.sources) });
    });
  }
  for (const e of d.events)
    if (onlyOther(e.sources)) otherOnly.push({ file: 'events.json', record: e.id, field: 'sources', urls: urls(e.sources) });
  passed.sort((a, b) => a.date.localeCompare(b.date) || a.person.localeCompare(b.person));
  return { today, asOf: d.meta.asOf, passed, otherOnly };
}

export function formatDue(r: DueReport): string {
  const lines = [`Scheduled steps whose date has passed with no outcome recorded (today ${r.today}, reporting as of ${r.asOf}): ${r.passed.length}`];
  for (const s of r.passed) lines.push(`  ${s.date}  ${s.person}: ${s.what}`, ...s.urls.map((u) => `      ${u}`));
  lines.push('', `Facts resting only on "other" sources: ${r.otherOnly.length}`);
  for (const f of r.otherOnly) lines.push(`  data/${f.file}: record "${f.record}", field "${f.field}"`, ...f.urls.map((u) => `      ${u}`));
  return lines.join('\n');
}
