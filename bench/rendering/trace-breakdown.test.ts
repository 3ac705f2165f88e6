import { describe, expect, it } from 'vitest';
import { breakdown, kindOf, type TraceEvent, threadEvents } from './trace-breakdown.ts';

const X = (name: string, ts: number, dur: number, data: Record<string, unknown> = {}): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur: dur,
  args: { data },
});

/** A rendering frame (rAF callback, style, layout, paint, commit) and a message task, in 1 s. */
const EVENTS: TraceEvent[] = [
  X('ThreadControllerImpl::RunTask', 0, 1000),
  X('FireAnimationFrame', 100, 300),
  X('FunctionCall', 120, 250, { functionName: 'loop' }),
  X('UpdateLayoutTree', 400, 100),
  X('Layout', 500, 100),
  X('Paint', 600, 200),
  X('Commit', 800, 100),
  X('ThreadControllerImpl::RunTask', 2000, 500),
  X('FunctionCall', 2100, 300, { functionName: 'port.onmessage' }),
  X('MinorGC', 2200, 100),
  { ...X('ThreadControllerImpl::RunTask', 5000, 100), tid: 2 },
];

describe('main-thread trace breakdown', () => {
  const result = breakdown(threadEvents(EVENTS, 1, 1, 0, 1_000_000), 1000);

  it('sums the outermost tasks of the one thread', () => {
    expect(result.cpuMsPerS).toBeCloseTo(1.5);
  });

  it('counts the tasks that rendered a frame as frames', () => {
    expect(result.framesPerS).toBe(1);
  });

  it('counts each event by its own time, less the events inside it', () => {
    expect(result.byKind.script).toBeCloseTo(0.3 + 0.2);
    expect(result.byKind.gc).toBeCloseTo(0.1);
    expect(result.byKind.style).toBeCloseTo(0.1);
    expect(result.byKind.layout).toBeCloseTo(0.1);
    expect(result.byKind.paint).toBeCloseTo(0.2);
    expect(result.byKind.composite).toBeCloseTo(0.1);
    // The frame task's own time (1000 µs less its children's 800) is the frame's overhead.
    expect(result.byKind.frame).toBeCloseTo(0.2);
  });

  it('names each task after what started it: a rendering frame, or the function a message ran', () => {
    expect(result.bySource.map((s) => [s.source, s.msPerS])).toEqual([
      ['animation frame (rendering)', 1],
      ['function: port.onmessage', 0.5],
    ]);
  });

  it('knows V8 and Blink garbage collection by their prefixes', () => {
    expect([kindOf('V8.GC_SCAVENGER'), kindOf('BlinkGC.AtomicPhase'), kindOf('v8.compile')]).toEqual([
      'gc',
      'gc',
      'script',
    ]);
  });
});
