// Links written in the story's content as site paths ('/data/people.csv') become links that work under any base path.
import { resolve } from '$app/paths';

/** A path inside the site, resolved against the base path; any other URL as it is. */
export function siteHref(href: string): string {
  // '/' alone is typed as a route; the cast only widens what `resolve` accepts, it checks paths at run time.
  return href.startsWith('/') && !href.startsWith('//') ? resolve(href as '/') : href;
}
