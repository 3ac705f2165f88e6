import { describe, expect, it } from 'vitest';
import { recordingNotice } from './recording-notice';

describe('recording notice', () => {
  it('says nothing when recording is off or finished', () => {
    expect(recordingNotice({ status: 'off' })).toBeUndefined();
    expect(recordingNotice({ status: 'done' })).toBeUndefined();
  });

  it('tells the candidate the recording stays on this device while it runs', () => {
    expect(recordingNotice({ status: 'recording' })).toMatch(/this device only/);
  });

  it('says when a full disk stopped the recording and that the interview goes on', () => {
    const notice = recordingNotice({ status: 'stopped', reason: 'quota', atMs: 754_000 });
    expect(notice).toContain('storage is full');
    expect(notice).toContain('12:34');
    expect(notice).toContain('The interview goes on');
  });
});
