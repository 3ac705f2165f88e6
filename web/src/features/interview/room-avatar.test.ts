import { describe, expect, it } from 'vitest';
import type { OpenedAvatar } from '../../services/avatar/open-avatar';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createRoomAvatar } from './room-avatar';

describe('createRoomAvatar', () => {
  const requests: { interviewId: string; maxMinutes: number }[] = [];
  const openAvatar = ({ interviewId, maxMinutes }: { interviewId: string; maxMinutes: number }) => {
    requests.push({ interviewId, maxMinutes });
    return new Promise<OpenedAvatar>(() => {});
  };
  const base = { interviewId: 'iv1', lengthMinutes: 20, clock: createManualClock() };

  it('opens a conversation that Tavus ends five minutes after the planned length', () => {
    createRoomAvatar({ ...base, chosen: true, openAvatar })?.open();
    expect(requests).toEqual([{ interviewId: 'iv1', maxMinutes: 25 }]);
  });

  it('makes no avatar when the candidate did not choose one, or the app has none', () => {
    expect(createRoomAvatar({ ...base, chosen: false, openAvatar })).toBeUndefined();
    expect(createRoomAvatar({ ...base, chosen: true, openAvatar: undefined })).toBeUndefined();
  });
});
