// The part of jsdom (a dev dependency without bundled types) the share cards use at build time.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
