// The interview room's logic, free of any UI framework: it wires the microphone to the live
// session, the session's audio to the player, its transcription into turns that are saved as
// each one finishes, and it decides what the room shows (a status union, see session-types.ts).
// Everything outside is injected, so tests run the whole interview with fakes.

import { createTranscript, type TranscriptTurn } from '../../lib/transcript';
import type { LiveClient } from '../../services/live/types';
import { createTurnWriter } from '../../services/storage/turn-writer';
import { startAudio } from './audio-start';
import { closingWordsHeard } from './ending';
import type { InterviewSession, InterviewSessionDeps } from './interview-session-api';
import { interviewerActivity } from './interviewer-activity';
import { continuationText, KICKOFF_TEXT } from './kickoff';
import { wireLiveClient, type Conversation } from './live-wiring';
import { closeRecord, openRecord } from './session-record';
import { liveFailure, micFailure, type SessionFailure } from './session-errors';
import type { SessionPhase, SessionSnapshot } from './session-types';
import { toStoredTurn } from './stored-turn';

export type { InterviewSession, InterviewSessionDeps } from './interview-session-api';

export function makeInterviewSession(deps: InterviewSessionDeps): InterviewSession {
  const { clock, player, mic, store, interviewId } = deps;
  const micDevice = deps.micDeviceId ? { micDeviceId: deps.micDeviceId } : {};
  const wallClock = deps.wallClock ?? (() => Date.now());
  const listeners = new Set<(s: SessionSnapshot) => void>();
  const writer = (deps.makeTurnWriter ?? createTurnWriter)({ store, interviewId, onChange: () => notify() });
  const c: Conversation = { transcript: createTranscript(), typedPending: false, playing: false };
  let earlier: TranscriptTurn[] = [];
  let phase: SessionPhase = { status: 'preparing', step: 'microphone' };
  let live: { client: LiveClient; unwire: () => void; open: boolean } | undefined;
  let micReady = false;
  let recordOpened = false;
  let startedAt: number | undefined;
  let finalElapsed: number | undefined;
  let muted = false;
  let notice: string | undefined;
  let tickTimer: number | undefined;
  let releaseLock = () => {};
  const offs = [
    mic.onChunk((chunk) => {
      if (!muted && live?.open && (phase.status === 'live' || phase.status === 'ending')) live.client.sendAudio(chunk.pcm);
    }),
    mic.onEnded(() => {
      micReady = false;
      if (phase.status !== 'ended') fail(micFailure(undefined, true));
    }),
    player.onPlaying((playing) => {
      c.playing = playing;
      if (!playing) c.stoppedPlayingAt = clock.now();
      notify();
    }),
  ];

  const elapsed = () => finalElapsed ?? (startedAt === undefined ? 0 : clock.now() - startedAt);
  const visibleTurns = () => [...earlier, ...c.transcript.visible()];

  function snapshot(): SessionSnapshot {
    const activity = interviewerActivity({ ...c, now: clock.now() });
    return {
      phase,
      activity,
      elapsedMs: elapsed(),
      targetMs: deps.setup.lengthMinutes * 60_000,
      muted,
      turns: visibleTurns(),
      saving: writer.state(),
      ...(notice ? { notice } : {}),
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

  function fail(failure: SessionFailure) {
    setPhase({ status: 'error', ...failure });
  }

  function write(turns: TranscriptTurn[]) {
    turns.forEach((t) => writer.write(toStoredTurn(t)));
    notify();
  }

  async function prepareAudio(): Promise<boolean> {
    setPhase({ status: 'preparing', step: 'microphone' });
    const result = await startAudio({ player, ...(micReady ? {} : { mic }), ...micDevice, clock, timeoutMs: deps.audioStartTimeoutMs ?? 3000 });
    if (result === 'ok' || result.kind !== 'microphone') micReady = true;
    if (result !== 'ok') fail(result);
    return result === 'ok';
  }

  async function openRecordOnce(): Promise<boolean> {
    if (recordOpened) return true;
    const opened = await openRecord(store, interviewId, deps.setup, wallClock());
    recordOpened = true;
    notice = opened.notice;
    if (opened.alreadyEnded) {
      setPhase({ status: 'ended', by: 'candidate' });
      return false;
    }
    earlier = opened.earlier.map((t) => ({ ...t, interrupted: false, open: false }));
    c.transcript = createTranscript({ firstSeq: Math.max(0, ...opened.earlier.map((t) => t.seq)) + 1 });
    releaseLock = deps.holdLock?.(interviewId) ?? releaseLock;
    return true;
  }

  async function connectLive() {
    live?.unwire();
    live?.client.close();
    const client = deps.createLiveClient();
    const current = { client, open: false, unwire: () => {} };
    live = current;
    current.unwire = wireLiveClient(client, {
      c,
      player,
      t: () => (startedAt === undefined ? 0 : clock.now() - startedAt),
      now: () => clock.now(),
      write,
      phase: () => phase,
      setPhase,
      onLost: (message) => {
        current.open = false;
        player.flush();
        write(c.transcript.finish(elapsed()));
        fail({ kind: 'lost', message });
      },
    });
    setPhase({ status: 'preparing', step: 'token' });
    try {
      await client.connect();
    } catch (err) {
      client.close();
      return fail(liveFailure(err));
    }
    if (live !== current) return client.close();
    current.open = true;
    const resuming = startedAt !== undefined || earlier.length > 0;
    startedAt ??= clock.now() - (earlier.at(-1)?.endMs ?? 0);
    setPhase({ status: 'live' });
    client.sendText(resuming ? continuationText(visibleTurns()) : KICKOFF_TEXT);
    startTicking();
  }

  function startTicking() {
    if (tickTimer !== undefined) return;
    const tick = () => {
      tickTimer = clock.setTimeout(tick, deps.tickMs ?? 250);
      const e = c.ending;
      if (e && phase.status === 'ending' && closingWordsHeard({ ...e, now: clock.now(), playing: c.playing, ...(c.lastModelAt !== undefined ? { lastModelAt: c.lastModelAt } : {}) }, deps.endingTiming)) {
        void finish('interviewer');
      }
      notify();
    };
    tickTimer = clock.setTimeout(tick, deps.tickMs ?? 250);
  }

  function stopEverything() {
    if (tickTimer !== undefined) clock.clearTimeout(tickTimer);
    tickTimer = undefined;
    live?.unwire();
    live?.client.close();
    if (live) live.open = false;
    offs.forEach((off) => off());
  }

  async function finish(by: 'interviewer' | 'candidate') {
    if (phase.status === 'ended' || finalElapsed !== undefined) return;
    finalElapsed = elapsed();
    if (phase.status !== 'ending') setPhase({ status: 'ending', by });
    stopEverything();
    if (by === 'candidate') player.flush();
    write(c.transcript.finish(finalElapsed));
    await mic.stop().catch(() => undefined);
    await writer.flush();
    notice = (await closeRecord(store, interviewId, { status: 'ended', durationMs: finalElapsed, endedAt: wallClock() })) ?? notice;
    releaseLock();
    await player.close();
    setPhase({ status: 'ended', by });
  }

  async function run() {
    if (!(await prepareAudio())) return;
    if (!(await openRecordOnce())) return;
    if (live?.open) return setPhase({ status: 'live' });
    await connectLive();
  }

  /** Only from the first screen or an error: a second click while starting or live does nothing. */
  let starting: Promise<void> | undefined;
  function start(): Promise<void> {
    const idle = phase.status === 'error' || (phase.status === 'preparing' && phase.step === 'microphone' && !micReady);
    if (starting || !idle || finalElapsed !== undefined) return starting ?? Promise.resolve();
    starting = run().finally(() => (starting = undefined));
    return starting;
  }

  return {
    start,
    retry: start,
    setMuted(next) {
      muted = next;
      mic.setMuted(next);
      if (next && live?.open) live.client.sendAudioStreamEnd();
      notify();
    },
    sendTypedAnswer(text) {
      const answer = text.trim();
      if (!answer || !live?.open || (phase.status !== 'live' && phase.status !== 'reconnecting')) return;
      live.client.sendText(answer);
      c.lastCandidateAt = clock.now();
      c.typedPending = true;
      write(c.transcript.typedAnswer(answer, elapsed()));
    },
    end: () => finish('candidate'),
    async dispose() {
      if (phase.status === 'ended' || finalElapsed !== undefined) return;
      finalElapsed = elapsed();
      stopEverything();
      write(c.transcript.finish(finalElapsed));
      await Promise.all([mic.stop().catch(() => undefined), player.close()]);
      await writer.flush();
      writer.dispose();
      if (recordOpened && startedAt !== undefined) await closeRecord(store, interviewId, { status: 'unfinished', durationMs: finalElapsed });
      releaseLock();
    },
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    levels: () => ({ mic: micReady ? mic.level() : 0, output: player.level() }),
  };
}
