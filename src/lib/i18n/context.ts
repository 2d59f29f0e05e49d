// The edition's language for components deep in a page (a chart's legend, a table's headers) without threading
// a prop through every level. Read through a getter, so a page that changes edition never keeps the old one.
import { getContext, setContext } from 'svelte';
import type { Lang } from './lang';

const KEY = Symbol('lang');

/** Called once by the root layout with a getter over the route's language. */
export function provideLang(get: () => Lang): void {
  setContext(KEY, get);
}

/** The same, as an entry of the context a component mounted on its own (an island) is given. */
export function langContext(get: () => Lang): [symbol, () => Lang] {
  return [KEY, get];
}

/** The page's language; English where no layout provided one (a component rendered alone, in a test). */
export function useLang(): () => Lang {
  return getContext<(() => Lang) | undefined>(KEY) ?? (() => 'en');
}
