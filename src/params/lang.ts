// The optional first segment of a page's path: "es" is the Spanish edition; no segment is the English one.
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => param === 'es';
