// Where the reader is in the story, as the URL fragment says: the language link carries it to the other edition.
export const place = $state<{ fragment: string | null }>({ fragment: null });
