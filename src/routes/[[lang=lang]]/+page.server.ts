// The story page's data, made at build time: the story, the visuals' models, and the sources it cites.
import { dataset } from '$lib/server/dataset';
import { pageData } from '$lib/server/page-data';
import { langOf } from '$lib/i18n/lang';

export const load = ({ params }) => pageData(dataset, langOf(params));
