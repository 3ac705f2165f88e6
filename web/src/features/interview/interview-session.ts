// The interview room's logic, free of any UI framework: it wires the microphone to the live
// session, the session's audio to the player (and the avatar, when there is one), its
// transcription into turns that are saved as each one finishes, and it decides what the room
// shows (a status union, see session-types.ts). Everything outside is injected, so tests run the
// whole interview with fakes.

import { createTranscript, type TranscriptTurn } from '../../lib/transcript';
import { startAudio } from './audio-start';
import { closingWordsHeard } from './ending';
import type { InterviewSession, InterviewSessionDeps } from './interview-session-api';
import { createInterviewRecord } from './interview-record';
import { createInterviewTimer } from './interview-timer';
import { interviewerActivity } from './interviewer-activity';
import { AVATAR_WAIT_MS } from './avatar-link';
import { watchInterviewerVoice } from './interviewer-voice';
import { continuationText, KICKOFF_TEXT } from './kickoff';
import { createLiveConnection } from './live-connection';
import type { Conversation } from './live-wiring';
import { liveFailure, micFailure, type SessionFailure } from './session-errors';
import type { SessionPhase, SessionSnapshot } from './session-types';
import { acceptsTypedAnswers } from './typed-answers';

export type { InterviewSession, InterviewSessionDeps } from './interview-session-api';

export function makeInterviewSession(deps: InterviewSessionDeps): InterviewSession {
  const { clock, player, mic, avatar } = deps;
  const listeners = new Set<(s: SessionSnapshot) => void>();
  const record = createInterviewRecord({ ...deps, wallClock: deps.wallClock ?? (() => Date.now()), onChange: () => notify() });
  const c: Conversation = { transcript: createTranscript(), typedPending: false, playing: false };
  const timer = createInterviewTimer(clock, deps.tickMs ?? 250, () => onTick());
  let phase: SessionPhase = { status: 'preparing', step: 'microphone' };
  let micReady = false;
  let muted = false;
  let transcriptReady = false;
  const live = createLiveConnection({
    createLiveClient: deps.createLiveClient,
    wiring: { c, player, t: () => timer.now(), now: () => clock.now(), write, phase: () => phase, setPhase, ...(avatar ? { reply: avatar } : {}) },
    onLost: (message) => {
      player.flush();
      avatar?.interrupted();
      write(c.transcript.finish(timer.elapsed()));
      fail({ kind: 'lost', message });
    },
  });
  const offs = [
    mic.onChunk((chunk) => {
      if (!muted && (phase.status === 'live' || phase.status === 'ending')) live.client()?.sendAudio(chunk.pcm);
    }),
    mic.onEnded(() => {
      micReady = false;
      if (phase.status !== 'ended') fail(micFailure(undefined, true));
    }),
    watchInterviewerVoice({ player, ...(avatar ? { avatar } : {}), c, now: () => clock.now(), onChange: () => notify() }),
  ];

  const visibleTurns = () => [...record.earlier(), ...c.transcript.visible()];

  function snapshot(): SessionSnapshot {
    return {
      phase,
      activity: interviewerActivity({ ...c, now: clock.now() }),
      elapsedMs: timer.elapsed(),
      targetMs: deps.setup.lengthMinutes * 60_000,
      muted,
      turns: visibleTurns(),
      saving: record.saving(),
      avatar: avatar?.view() ?? { status: 'none' },
      ...(record.notice() ? { notice: record.notice() } : {}),
    };
  }

  function notify() {
    const s = snapshot();
    listeners.forEach((l) => l(s));
  }

  function setPhase(next: SessionPhase) {
    if (phase.status === 'ended') return;
    phase = next;
    notify();
  }

  const fail = (failure: SessionFailure) => setPhase({ status: 'error', ...failure });

  function write(turns: TranscriptTurn[]) {
    record.write(turns);
    notify();
  }

  function onTick() {
    const e = c.ending;
    const facts = { now: clock.now(), playing: c.playing, ...(c.lastModelAt !== undefined ? { lastModelAt: c.lastModelAt } : {}) };
    if (e && phase.status === 'ending' && closingWordsHeard({ ...e, ...facts }, deps.endingTiming)) void finish('interviewer');
    notify();
  }

  async function prepareAudio(): Promise<boolean> {
    setPhase({ status: 'preparing', step: 'microphone' });
    const result = await startAudio({ player, ...(micReady ? {} : { mic }), ...(deps.micDeviceId ? { micDeviceId: deps.micDeviceId } : {}), clock, timeoutMs: deps.audioStartTimeoutMs ?? 3000 });
    if (result === 'ok' || result.kind !== 'microphone') micReady = true;
    if (result !== 'ok') fail(result);
    return result === 'ok';
  }

  /** The transcript continues the saved turns' numbering, so it is made once the record is open. */
  async function openRecordOnce(): Promise<boolean> {
    if (transcriptReady) return true;
    if ((await record.open()) === 'ended') {
      setPhase({ status: 'ended', by: 'candidate' });
      return false;
    }
    c.transcript = createTranscript({ firstSeq: record.nextSeq() });
    transcriptReady = true;
    return true;
  }

  async function connectLive() {
    setPhase({ status: 'preparing', step: 'token' });
    avatar?.open(); // beside the Live session, not after it: the two waits overlap
    const result = await live.connect();
    if (result.kind === 'failed') return fail(liveFailure(result.error));
    if (result.kind !== 'open') return;
    if (avatar?.view().status === 'opening') setPhase({ status: 'preparing', step: 'avatar' });
    await avatar?.ready(deps.avatarWaitMs ?? AVATAR_WAIT_MS);
    if (live.client() !== result.client || timer.stopped()) return;
    const resuming = timer.started() || record.earlier().length > 0;
    await record.begin();
    if (live.client() !== result.client || timer.stopped()) return;
    timer.start(record.earlier().at(-1)?.endMs ?? 0);
    setPhase({ status: 'live' });
    result.client.sendText(resuming ? continuationText(visibleTurns()) : KICKOFF_TEXT);
  }

  function stopEverything(): number {
    const finalElapsed = timer.stop();
    live.close();
    offs.forEach((off) => off());
    void avatar?.close();
    return finalElapsed;
  }

  async function finish(by: 'interviewer' | 'candidate') {
    if (phase.status === 'ended' || timer.stopped()) return;
    timer.stop();
    if (phase.status !== 'ending') setPhase({ status: 'ending', by });
    const finalElapsed = stopEverything();
    if (by === 'candidate') player.flush();
    write(c.transcript.finish(finalElapsed));
    await mic.stop().catch(() => undefined);
    await record.end(finalElapsed);
    await player.close();
    setPhase({ status: 'ended', by });
  }

  async function run() {
    if (!(await prepareAudio())) return;
    if (!(await openRecordOnce())) return;
    if (live.client()) return setPhase({ status: 'live' });
    await connectLive();
  }

  /** Only from the first screen or an error: a second click while starting or live does nothing. */
  let starting: Promise<void> | undefined;
  function start(): Promise<void> {
    const idle = phase.status === 'error' || (phase.status === 'preparing' && phase.step === 'microphone' && !micReady);
    if (starting || !idle || timer.stopped()) return starting ?? Promise.resolve();
    starting = run().finally(() => (starting = undefined));
    return starting;
  }

  return {
    start,
    retry: start,
    setMuted(next) {
      muted = next;
      mic.setMuted(next);
      if (next) live.client()?.sendAudioStreamEnd();
      notify();
    },
    sendTypedAnswer(text) {
      const answer = text.trim();
      const client = live.client();
      if (!answer || !client || !acceptsTypedAnswers(phase)) return;
      client.sendText(answer);
      c.lastCandidateAt = clock.now();
      c.typedPending = true;
      write(c.transcript.typedAnswer(answer, timer.elapsed()));
    },
    end: () => finish('candidate'),
    async dispose() {
      if (phase.status === 'ended' || timer.stopped()) return;
      const finalElapsed = stopEverything();
      write(c.transcript.finish(finalElapsed));
      await Promise.all([mic.stop().catch(() => undefined), player.close()]);
      await record.leave(timer.started() ? finalElapsed : undefined);
    },
    snapshot,
    subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    levels: () => ({ mic: micReady ? mic.level() : 0, output: player.level() }),
  };
}
