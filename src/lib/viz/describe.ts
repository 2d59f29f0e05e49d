// A scene in words, whichever visual draws it: kept in sync with the graphic for screen readers.
export { describeScene } from './registry';
