// Every page is prerendered; trailing slashes give /s/<id>/ and /embed/map/ their own index.html.
export const prerender = true;
export const trailingSlash = 'always';
