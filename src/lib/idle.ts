// Work the reader does not wait for: after the next paint, or when the browser is idle. Each returns a
// function that cancels it.
export interface Deadline {
  timeRemaining(): number;
}

/** Runs f in a task of its own once the next frame has been painted, so it never lengthens that frame. */
export function afterPaint(f: () => void): () => void {
  let t = 0;
  const r = requestAnimationFrame(() => (t = window.setTimeout(f)));
  return () => {
    cancelAnimationFrame(r);
    clearTimeout(t);
  };
}

/** Runs f when the browser is idle (a timer stands in where the browser has no idle callbacks). */
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

/** Runs f once, when el first comes within a screen of the viewport (a reader about to reach it). */
export function whenNear(el: Element, f: () => void): () => void {
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      f();
    },
    { rootMargin: '100% 0px' }
  );
  near.observe(el);
  return () => near.disconnect();
}
