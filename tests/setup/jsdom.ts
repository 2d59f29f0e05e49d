// jsdom lacks the observers scrollama and the story engine use; these stubs record what was observed
// so a test can fire an intersection by hand.
type Entry = { callback: IntersectionObserverCallback; targets: Element[] };
export const intersectionObservers: Entry[] = [];

class IO {
  entry: Entry;
  constructor(callback: IntersectionObserverCallback) {
    this.entry = { callback, targets: [] };
    intersectionObservers.push(this.entry);
  }
  observe(el: Element) {
    this.entry.targets.push(el);
  }
  unobserve(el: Element) {
    this.entry.targets = this.entry.targets.filter((t) => t !== el);
  }
  disconnect() {
    this.entry.targets = [];
  }
  takeRecords() {
    return [];
  }
}
class RO {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { IntersectionObserver: IO, ResizeObserver: RO });
if (!window.matchMedia)
  window.matchMedia = (q: string) =>
    ({ matches: false, media: q, addEventListener() {}, removeEventListener() {}, onchange: null }) as unknown as MediaQueryList;
