// One typed wrapper around scrollama: set up on the step elements, torn down on unmount.
import scrollama from 'scrollama';

export interface ScrollyOptions {
  steps: HTMLElement[];
  /** Trigger line in pixels from the viewport top. */
  offsetPx: number;
  onEnter: (el: HTMLElement, direction: 'up' | 'down') => void;
}

export interface Scrolly {
  /** Moves the trigger line (after a width or orientation change). */
  setOffset(px: number): void;
  destroy(): void;
}

export function createScrolly({ steps, offsetPx, onEnter }: ScrollyOptions): Scrolly {
  const scroller = scrollama();
  scroller
    // scrollama accepts "123px" though its types list only fractions.
    .setup({ step: steps, offset: `${offsetPx}px` as unknown as scrollama.DecimalType })
    .onStepEnter(({ element, direction }) => onEnter(element as HTMLElement, direction));
  return {
    setOffset(px) {
      (scroller as unknown as { offset(v: string): void }).offset(`${px}px`);
      scroller.resize();
    },
    destroy() {
      scroller.destroy();
    }
  };
}
