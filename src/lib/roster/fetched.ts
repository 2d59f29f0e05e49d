// The roster page's HTML as the story page takes it in: the table cut into its shell and its rows by plain string
// work, so the 300 KB are never parsed in one task; the rows are then parsed a handful at a time (Roster.svelte).

export interface TableParts {
  /** The table with its caption, head and an empty body. */
  shell: string;
  /** One `<tr …>…</tr>` per person, in the page's order. */
  rows: string[];
}

const TABLE = /<table class="roster-table"[^>]*>[^]*?<\/table>/;
// Where a row begins. A row's markup holds no other <tr> (RosterTable.svelte).
const ROW = /(?=<tr[\s>])/;

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
  const body = table.slice(open + '<tbody>'.length, close).trim();
  const rows = body.split(ROW).map((r) => r.trimEnd()).filter((r) => r.startsWith('<tr'));
  if (!rows.length) throw new Error('roster page: the table has no rows');
  return { shell: table.slice(0, open + '<tbody>'.length) + table.slice(close), rows };
}
