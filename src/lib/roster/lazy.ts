// The roster's controls as the story page loads them: a module of its own, imported only when the roster wakes
// (RosterIsland.svelte), so that their code is not in the first load. See src/lib/viz/lazy.ts.
export { default } from './Roster.svelte';
