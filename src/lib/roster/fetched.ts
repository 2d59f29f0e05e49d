// The roster page's HTML as the story page takes it in: the table cut into its shell and its rows by plain string
// work, so the 300 KB are never parsed in one task; the rows are then parsed a handful at a time (Roster.svelte).

export interface TableParts {
  /** The table with its caption, head and an empty body. */
  shell: string;
  /** One `<tr …>…</tr>` per person, in the page's order. */
  rows: string[];
}

const TABLE = /<table class="roster-table"[^>]*>[^]*?<\/table>/;
const ROW = '<tr id="person-';

/**
 * Cuts the roster table out of a roster page. Throws if the page has no table or no rows: the story page then
 * keeps its link to the roster page.
 */
export function tableParts(html: string): TableParts {
  const table = TABLE.exec(html)?.[0];
  if (!table) throw new Error('roster page: no table.roster-table');
  const open = table.indexOf('<tbody>');
  const close = table.lastIndexOf('</tbody>');
  if (open < 0 || close < open) throw new Error('roster page: the table has no <tbody>');
  // A row's markup holds no other <tr> (RosterTable.svelte): each starts where the next one's id does.
  const body = table.slice(open + '<tbody>'.length, close).trim();
  const rows = body.split(ROW).slice(1).map((r) => ROW + r.trimEnd());
  if (!rows.length) throw new Error('roster page: the table has no rows');
  return { shell: table.slice(0, open + '<tbody>'.length) + table.slice(close), rows };
}

/** The rows in groups of `size`, the last one shorter. */
export function batches<T>(items: T[], size: number): T[][] {
  if (size < 1) throw new Error(`batch size ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
