// The URL fragment an embed follows: read once, then again on every hashchange, until the component goes.
/** The decoded fragment without "#", or null when it cannot be decoded. */
export function readFragment(hash: string): string | null {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/** Calls `onId` with the current fragment now and on each change; returns the clean-up for onMount. */
export function followFragment(onId: (id: string | null) => void): () => void {
  const pick = () => onId(readFragment(location.hash));
  pick();
  window.addEventListener('hashchange', pick);
  return () => window.removeEventListener('hashchange', pick);
}
