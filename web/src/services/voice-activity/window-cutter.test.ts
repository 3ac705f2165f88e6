import { describe, expect, it } from 'vitest';
import { WindowCutter, type CutPiece } from './window-cutter';

const frame = (value: number, length = 320) => new Int16Array(length).fill(value);
const windows = (pieces: CutPiece[]) => pieces.filter((p) => p.type === 'window');

describe('WindowCutter', () => {
  it('cuts 20 ms capture frames into 32 ms windows dated on the stream clock', () => {
    const cutter = new WindowCutter(512);
    const pieces = [0, 320, 640, 960].flatMap((position) => cutter.push(frame(1000), position));
    expect(windows(pieces).map((w) => w.type === 'window' && [w.startMs, w.endMs])).toEqual([
      [0, 32],
      [32, 64],
    ]);
  });

  it('converts PCM16 to floats in -1..1', () => {
    const [piece] = new WindowCutter(320).push(frame(-32768), 0);
    expect(piece?.type === 'window' && piece.samples[0]).toBe(-1);
  });

  it('dates the first window from the first frame it is given, not from zero', () => {
    const [piece] = new WindowCutter(320).push(frame(1), 16000);
    expect(piece).toMatchObject({ type: 'window', startMs: 1000, endMs: 1020 });
  });

  it('reports a jump in positions as a gap and starts a fresh window after it', () => {
    const cutter = new WindowCutter(512);
    cutter.push(frame(1), 0);
    const pieces = [...cutter.push(frame(1), 3200), ...cutter.push(frame(1), 3520)];
    expect(pieces[0]).toEqual({ type: 'gap', toMs: 200 });
    expect(windows(pieces)[0]).toMatchObject({ startMs: 200, endMs: 232 });
  });

  it('hands out a new array for every window', () => {
    const cutter = new WindowCutter(160);
    const [a, b] = windows(cutter.push(frame(1), 0));
    expect(a?.type === 'window' && b?.type === 'window' && a.samples !== b.samples).toBe(true);
  });
});
