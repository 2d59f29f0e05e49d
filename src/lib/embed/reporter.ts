// Tells the host page how tall an embed's content is, whenever that may have changed, in both protocols.
import { childIdFrom, heightMessages, isHeightRequest, toHeight } from './height';

export interface ReporterOptions {
  /** The Datawrapper chart id, e.g. "handover-map". */
  chartId: string;
  /** Defaults to the childId query parameter pym's Parent adds. */
  childId?: string | null;
  /** Defaults to window.parent.postMessage(message, '*'): heights are not secret, and the host's origin is unknown. */
  post?: (message: unknown) => void;
}

/**
 * Measures `root` (the content, not the body: a body stretched to the iframe never shrinks) and posts its height
 * on start, on load, after fonts, on resize, on any change of the content's size, and when the host asks.
 * Returns a cleanup. Does nothing when the page is not in a frame.
 */
export function startHeightReporter(root: HTMLElement, options: ReporterOptions): () => void {
  const framed = window.parent !== window;
  if (!framed && !options.post) return () => {};
  const childId = options.childId !== undefined ? options.childId : childIdFrom(location.search);
  const post = options.post ?? ((m: unknown) => window.parent.postMessage(m, '*'));
  let last = -1;
  let frame = 0;
  let stopped = false;

  const send = (force: boolean) => {
    if (stopped) return;
    const px = toHeight(root.getBoundingClientRect().height);
    if (px === null || (px === last && !force)) return;
    last = px;
    for (const m of heightMessages(px, { childId, chartId: options.chartId })) post(m);
  };
  // Several triggers often fire in one frame (resize + ResizeObserver): one message per frame is enough.
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      send(false);
    });
  };
  const onMessage = (e: MessageEvent) => {
    if (e.source === window.parent && isHeightRequest(e.data)) send(true);
  };

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  observer?.observe(root);
  window.addEventListener('resize', schedule);
  window.addEventListener('load', schedule);
  window.addEventListener('message', onMessage);
  document.fonts?.ready.then(schedule, () => {});
  send(true);

  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    observer?.disconnect();
    window.removeEventListener('resize', schedule);
    window.removeEventListener('load', schedule);
    window.removeEventListener('message', onMessage);
  };
}
