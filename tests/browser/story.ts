// The story the build was made from, and the sections with a sticky graphic that the browser tests walk.
import { buildStory } from '../../src/lib/story';
import { dataset } from './data';

export const story = buildStory(dataset);
export const sticky = story.sections.filter((s) => s.visual && s.steps.length);
