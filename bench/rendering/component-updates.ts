import type { Page } from 'playwright';

// Per-component rendering of the interview room, counted in the page: a MutationObserver on each
// component's root element marks it changed, and the animation frame that renders the change
// counts, per component, the frames in which it changed and the DOM mutations it made. A component
// that re-renders more than once per frame still counts one frame; one that renders every frame
// counts ~60/s. The frame callback is asked for only after a mutation, which has asked the page
// for a frame anyway: a counter that asked for every frame would keep the page rendering 60
// frames a second itself (it did, and its frames were most of the room's main-thread time).
// Read-only: it observes the DOM and changes nothing the app does.

/** The room's components by their root element (InterviewRoom.tsx). */
export const ROOM_COMPONENTS = {
  captions: 'section.captions',
  status: '.status-bar',
  interviewer: 'figure.interviewer',
  controls: '.controls',
} as const;

export type RoomComponent = keyof typeof ROOM_COMPONENTS;

export interface ComponentCounts {
  /** Animation frames in which any component's DOM changed. */
  frames: number;
  /** Animation frames in which the component's DOM changed. */
  changedFrames: Record<string, number>;
  mutations: Record<string, number>;
  elapsedMs: number;
}

// Plain JavaScript run in the page as a string: the bench's TypeScript runner would wrap named
// functions in a helper the page does not have.
const START = `(selectors) => {
  const counts = { frames: 0, changedFrames: {}, mutations: {}, startedAt: performance.now() };
  const dirty = new Set();
  let pending = false;
  const onFrame = () => {
    pending = false;
    counts.frames++;
    for (const name of dirty) counts.changedFrames[name]++;
    dirty.clear();
  };
  for (const [name, selector] of Object.entries(selectors)) {
    const root = document.querySelector(selector);
    if (!root) throw new Error('The room has no ' + name + ' (' + selector + ') on screen.');
    counts.changedFrames[name] = 0;
    counts.mutations[name] = 0;
    new MutationObserver((records) => {
      counts.mutations[name] += records.length;
      dirty.add(name);
      if (!pending) { pending = true; requestAnimationFrame(onFrame); }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  }
  window.__benchComponents = counts;
}`;

const READ = `(() => {
  const c = window.__benchComponents;
  return { frames: c.frames, changedFrames: { ...c.changedFrames }, mutations: { ...c.mutations }, elapsedMs: performance.now() - c.startedAt };
})()`;

/** Starts counting; the returned function reads the counts since the start. */
export async function countComponentUpdates(page: Page): Promise<() => Promise<ComponentCounts>> {
  await page.evaluate(`(${START})(${JSON.stringify(ROOM_COMPONENTS)})`);
  return () => page.evaluate<ComponentCounts>(READ);
}
