// The interview's clock as the interviewer hears it, told through whole sessions with fakes.
import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { createSessionRoom } from './testing/session-room';

const setup: InterviewSetup = {
  topic: 'Leadership',
  level: 'Advanced',
  voice: 'Kore',
  languageCode: 'de-DE',
  lengthMinutes: 10,
  patience: 'normal',
  avatar: false,
};

function room() {
  const { clock, player, session, live } = createSessionRoom(setup, { tickMs: 1000 });
  const cues = () => live().sent.filter((s) => s.startsWith('text:<<<APP CUE'));
  /** The interviewer asks a question: its audio plays, then stops. */
  async function interviewerAsks(text: string) {
    live().emit('outputTranscript', { text });
    player.setPlaying(true);
    await clock.advance(3000);
    live().emit('turnComplete', {});
    player.setPlaying(false);
  }
  return { clock, session, live, cues, interviewerAsks };
}

describe('makeInterviewSession: the clock the interviewer hears', () => {
  it('opens with a start cue in the interview language', async () => {
    const { session, cues } = room();
    await session.start();
    expect(cues()).toEqual([
      expect.stringMatching(/^text:<<<APP CUE start>>> Die Person ist jetzt im Raum/) as unknown,
    ]);
  });

  it('sends the half-time cue while the candidate answers, not over the interviewer', async () => {
    const { clock, session, live, cues, interviewerAsks } = room();
    await session.start();
    await interviewerAsks('Erzählen Sie von einem Konflikt im Team?');
    await clock.advance(5 * 60_000 - 4000);
    expect(cues().filter((c) => c.includes('half-time'))).toEqual([]);
    live().emit('inputTranscript', { text: 'Einmal hatten wir' });
    await clock.advance(2000);
    expect(cues().filter((c) => c.includes('half-time'))).toHaveLength(1);
    expect(cues().at(-1)).toMatch(
      /^text:<<<APP CUE half-time 5:0\d\/10:00>>> Die Hälfte der Interviewzeit ist vorbei\.$/,
    );
  });

  it('cues a long silence after the interviewer finished its question, once', async () => {
    const { clock, session, cues, interviewerAsks } = room();
    await session.start();
    await interviewerAsks('Was motiviert Sie an dieser Rolle?');
    await clock.advance(19_000);
    expect(cues().filter((c) => c.includes('silence'))).toEqual([]);
    await clock.advance(2000);
    await clock.advance(30_000);
    expect(cues().filter((c) => c.includes('silence'))).toEqual([
      expect.stringMatching(/^text:<<<APP CUE silence 0:\d\d\/10:00>>> Die Person schweigt/) as unknown,
    ]);
  });

  it('sends nothing more once the candidate ended the interview', async () => {
    const { clock, session, cues } = room();
    await session.start();
    await session.end();
    const before = cues().length;
    await clock.advance(11 * 60_000);
    expect(cues()).toHaveLength(before);
  });
});
