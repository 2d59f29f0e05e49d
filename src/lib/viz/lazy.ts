// The graphic as the story's islands load it: a module of its own, imported only dynamically (by the page in
// the browser, and by nothing on the server), so that its code leaves the first load while Kit, finding the
// same dynamic import in both builds, still puts the visuals' styles in the page for the server's drawing.
export { default } from './Graphic.svelte';
