// The URL fragment follows the active step within every engine's limits. WebKit refuses history.replaceState
// after 100 calls in 10 s (a held arrow key makes 200 step changes in 9 s); a refused or failed write must
// never stop the ones after it.

export interface FollowUrlOptions {
  /** How long a step must hold before it is written: a burst of steps writes once, when the reader stops. */
  holdMs?: number;
  /** How long to wait after a refused write before trying again (WebKit's window is 10 s). */
  retryMs?: number;
}

export interface UrlFollower {
  /** The reader is now on `id` (null: above the first step, no fragment). */
  follow(id: string | null): void;
  /** Writes what is pending now (the page is being hidden or left). */
  flush(): void;
  cancel(): void;
}

/**
 * Calls `write` with the latest id once it has held for `holdMs`, so writes are at least `holdMs` apart
 * (at most ~3 a second with the default, 33 in WebKit's 10 s window) and the last one comes `holdMs` after
 * the reader stops. When `write` throws, it tries again every `retryMs` until it succeeds or a newer id comes.
 */
export function createUrlFollower(write: (id: string | null) => void, options: FollowUrlOptions = {}): UrlFollower {
  const holdMs = options.holdMs ?? 300;
  const retryMs = options.retryMs ?? 1000;
  let pending = false;
  let wanted: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function attempt() {
    timer = undefined;
    if (!pending) return;
    try {
      write(wanted);
      pending = false;
    } catch {
      timer = setTimeout(attempt, retryMs);
    }
  }

  return {
    follow(id) {
      // The same step reported again (scroll settling on it) keeps the time it has already held.
      if (pending && id === wanted) return;
      pending = true;
      wanted = id;
      clearTimeout(timer);
      timer = setTimeout(attempt, holdMs);
    },
    flush() {
      clearTimeout(timer);
      attempt();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = false;
    }
  };
}
