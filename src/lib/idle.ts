// Work the reader does not wait for, run when the browser is idle (a timer stands in where the browser
// has no idle callbacks). Returns a function that cancels it.
export interface Deadline {
  timeRemaining(): number;
}

export function whenIdle(f: (d: Deadline) => void, timeout = 1500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const h = window.requestIdleCallback(f, { timeout });
    return () => window.cancelIdleCallback(h);
  }
  const h = window.setTimeout(() => {
    const end = performance.now() + 8;
    f({ timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 50);
  return () => window.clearTimeout(h);
}
