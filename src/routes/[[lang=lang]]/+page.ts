// The story page's islands, named for Kit as the browser loads them (lazily, when each wakes). Kit puts the
// styles of a lazily loaded module in the page only when the server's module for the page imports it the same
// way, and +page.svelte cannot: its server graph reaches the hooks, which import the islands directly to draw
// them. Without those styles the server's drawing would paint unstyled until an island's code came.
export const _graphic = () => import('$lib/viz/lazy');
export const _roster = () => import('$lib/roster/lazy');
