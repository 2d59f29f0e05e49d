// The roster contract as in-page scripts, plain strings so any driver runs them (playwright's evaluate,
// WebDriver's executeScript): they measure what the reader sees, never attributes.

/**
 * Rows with a rendered box, the numbers the live count states ("3 of 92", "3 de 92") and the row count in the markup.
 * Returns { shown: person ids, said, total, rows }.
 */
export const ROSTER_SHOWN = `(() => {
  const rows = Array.from(document.querySelectorAll('#roster tbody tr'));
  const shown = rows
    .filter((tr) => { const b = tr.getBoundingClientRect(); return b.width > 0 && b.height > 0; })
    .map((tr) => tr.getAttribute('data-person'));
  const live = document.querySelector('#roster [aria-live]');
  const m = /(\\d+) (?:of|de) (\\d+)/.exec(live ? live.textContent : '');
  return { shown, said: m ? Number(m[1]) : -1, total: m ? Number(m[2]) : -1, rows: rows.length };
})()`;

/** Whether the row of a person lies inside the viewport (at least partly, its top not above it). */
export function rowInView(personId: string): string {
  return `(() => {
    const tr = document.getElementById(${JSON.stringify(`person-${personId}`)});
    if (!tr) return false;
    const b = tr.getBoundingClientRect();
    return b.height > 0 && b.top >= -1 && b.top < innerHeight;
  })()`;
}

export interface RosterShown {
  shown: string[];
  said: number;
  total: number;
  rows: number;
}
