// The interview room's logic, free of any UI framework. One state machine owns the status
// (session-machine.ts); one conversation owns the transcript and who spoke when
// (conversation.ts); Live events arrive already turned into the interview's own events
// (live-events.ts); reply audio goes out through one voice (interviewer-voice.ts). Everything
// outside is injected, so tests run the whole interview with fakes.

import type { TranscriptTurn } from './transcript/transcript';
import { startAudio } from './audio-start';
import { AVATAR_WAIT_MS } from './avatar-link';
import { createConversation } from './conversation';
import type { InterviewSession, InterviewSessionDeps } from './interview-session-api';
import { createRecordKeeper } from './record-keeper';
import { createInterviewTimer } from './interview-timer';
import { createInterviewerVoice } from './interviewer-voice';
import { handleInterviewEvent } from './handle-interview-event';
import { createInterviewCues } from './interview-cues';
import { continuationText, kickoffText, typedAnswersText } from './kickoff';
import { linkLiveMedia, type LiveMediaLink } from './live-media';
import { createLiveSessionSlot } from './live-session-slot';
import { liveFailure, micFailure } from './session-errors';
import { canStart, createSessionMachine, isOver, type SessionEvent } from './session-machine';
import type { SessionSnapshot } from './session-types';
import { createReaskNotice } from './reask-notice';
import { connectSpeechTimes } from './speech-times/connect-speech-times';
import { acceptsTypedAnswers, typedAnswerText } from './typed-answers';
import { connectRoomTurns } from './turn/room-turns';
import { createHeldReplies } from './turn/held-replies';

export type { InterviewSession, InterviewSessionDeps } from './interview-session-api';

export function makeInterviewSession(deps: InterviewSessionDeps): InterviewSession {
  const { clock, player, mic, avatar } = deps;
  /** Typed answers only: the microphone is never asked for. */
  let typing = deps.setup.typedAnswers === true;
  const listeners = new Set<(s: SessionSnapshot) => void>();
  const machine = createSessionMachine(() => notify());
  const dispatch = (event: SessionEvent) => machine.dispatch(event);
  const phase = () => machine.state().phase;
  const record = createRecordKeeper({
    ...deps,
    wallClock: deps.wallClock ?? (() => Date.now()),
    onChange: () => notify(),
  });
  const conversation = createConversation();
  const voice = createInterviewerVoice({ player, ...(avatar ? { avatar } : {}), now: () => clock.now() });
  const timer = createInterviewTimer(clock, deps.tickMs ?? 250, () => onTick());
  const reask = createReaskNotice();
  // The reply waits here while an answer is handed over early (turn/early-hand-over.ts).
  const replies = createHeldReplies(
    (event) => handleInterviewEvent(events, event),
    () => media?.replies,
  );
  const live = createLiveSessionSlot({ createLiveClient: deps.createLiveClient, onEvent: (e) => replies.event(e) });
  // With our own detector the browser decides when an answer is over (turn/turn-taking.ts).
  const turns = connectRoomTurns({
    detector: deps.voiceActivity,
    setup: deps.setup,
    clock,
    live: () => live.client(),
    voice,
    listening: () => !machine.state().muted && (phase().status === 'live' || phase().status === 'reconnecting'),
    linkedAnswers: () => media?.answers,
    replies: (action) => replies.apply(action),
    dispatch,
  });
  const events = {
    conversation,
    voice,
    write,
    dispatch,
    reask,
    ...(turns ? { turn: turns.turn } : {}),
    t: () => timer.now(),
    elapsed: () => timer.elapsed(),
    now: () => clock.now(),
  };
  const cues = createInterviewCues({
    clock,
    setup: deps.setup,
    facts: {
      voice,
      spoke: () => conversation.lastSpoke(),
      elapsed: () => timer.elapsed(),
      live: () => phase().status === 'live',
      muted: () => machine.state().muted,
    },
    send: (text) => live.client()?.sendText(text),
  });
  /** The start in progress, so a second click gets the same promise. */
  let running: Promise<void> | undefined;
  /** The wrap-up in progress: from the first end, nothing else may start or stop. */
  let finishing: Promise<void> | undefined;
  const over = () => isOver(phase()) || finishing !== undefined;
  const speech = connectSpeechTimes({
    ...(deps.voiceActivity ? { detector: deps.voiceActivity } : {}),
    voice,
    interviewMs: () => timer.now(),
    started: () => timer.started(),
    rewrite: (turns) => record.write(turns),
  });
  /**
   * The microphone's audio goes to the interviewer: live (or saying goodbye) and not muted. With
   * our own turn-taking it is held back outside an answer instead, so it flows while unmuted.
   */
  const micFlows = () =>
    !machine.state().muted && (turns !== undefined || phase().status === 'live' || phase().status === 'ending');
  /** Audio linked straight to a Live client on its own thread (live-media.ts), while one is open. */
  let media: LiveMediaLink | undefined;
  const offs = [
    () => speech.dispose(),
    mic.onChunk((chunk) => {
      const { muted } = machine.state();
      if (muted) return;
      // With our own turn-taking every frame is counted on the detector's clock, and audio
      // reaches the model inside an answer only.
      if (turns) turns.turn.audio(chunk.pcm);
      else if (!media?.micLinked && micFlows()) live.client()?.sendAudio(chunk.pcm);
    }),
    mic.onEnded(() => {
      dispatch({ type: 'mic', mic: 'off' });
      if (phase().status !== 'ended') dispatch({ type: 'failed', failure: micFailure(undefined, true) });
    }),
    voice.on('change', () => notify()),
  ];

  const visibleTurns = () => [...record.earlier(), ...conversation.visible()];

  function snapshot(): SessionSnapshot {
    const { phase, muted, turn } = machine.state();
    return {
      phase,
      turn,
      activity: conversation.activity(clock.now(), { playing: voice.playing(), stoppedAt: voice.stoppedAt() }),
      elapsedMs: timer.elapsed(),
      targetMs: deps.setup.lengthMinutes * 60_000,
      muted,
      typedAnswers: typing,
      turns: visibleTurns(),
      saving: record.saving(),
      avatar: avatar?.view() ?? { status: 'none' },
      ...(reask.text() || record.notice() ? { notice: reask.text() ?? record.notice() } : {}),
    };
  }

  function notify() {
    media?.setMicOpen(micFlows());
    const s = snapshot();
    listeners.forEach((l) => l(s));
  }

  function write(turns: TranscriptTurn[]) {
    record.write(speech.annotate(turns));
    notify();
  }

  function onTick() {
    if (phase().status === 'ending' && conversation.goodbyeHeard(clock.now(), voice.playing(), deps.endingTiming))
      void finish('interviewer');
    notify();
  }

  async function prepareAudio(): Promise<boolean> {
    dispatch({ type: 'prepare', step: 'microphone' });
    const micOn = machine.state().mic === 'on';
    const result = await startAudio({
      player,
      ...(micOn || typing ? {} : { mic }),
      ...(deps.micDeviceId ? { micDeviceId: deps.micDeviceId } : {}),
      clock,
      timeoutMs: deps.audioStartTimeoutMs ?? 3000,
    });
    if (!typing && (result === 'ok' || result.kind !== 'microphone')) dispatch({ type: 'mic', mic: 'on' });
    if (result !== 'ok') dispatch({ type: 'failed', failure: result });
    return result === 'ok';
  }

  /** The transcript continues the saved turns' numbering, so it begins once the record is open. */
  async function openRecord(): Promise<boolean> {
    if ((await record.open()) === 'ended') {
      dispatch({ type: 'ended', by: 'candidate' });
      return false;
    }
    conversation.begin(record.nextSeq());
    return true;
  }

  async function connectLive() {
    dispatch({ type: 'prepare', step: 'token' });
    avatar?.open(); // beside the Live session, not after it: the two waits overlap
    const result = await live.connect();
    if (result.kind === 'failed') return dispatch({ type: 'failed', failure: liveFailure(result.error) });
    if (result.kind !== 'open') return;
    media?.stop();
    // Our own turn-taking has the client hold the microphone's audio outside an answer
    // (services/live/answer-audio.ts), on its own thread when the microphone is linked.
    media = linkLiveMedia(result.client, { mic, player, holdAnswers: turns !== undefined, playReplies: !avatar });
    if (avatar?.view().status === 'opening') dispatch({ type: 'prepare', step: 'avatar' });
    await avatar?.ready(deps.avatarWaitMs ?? AVATAR_WAIT_MS);
    if (live.client() !== result.client || over()) return;
    const resuming = timer.started() || record.earlier().length > 0;
    await record.begin();
    if (live.client() !== result.client || over()) return;
    timer.start(record.earlier().at(-1)?.endMs ?? 0);
    dispatch({ type: 'live' });
    turns?.turn.begin();
    const { languageCode, lengthMinutes } = deps.setup;
    result.client.sendText(
      resuming
        ? continuationText({
            turns: visibleTurns(),
            languageCode,
            typed: typing,
            elapsedMs: timer.elapsed(),
            targetMs: lengthMinutes * 60_000,
          })
        : kickoffText(languageCode, typing),
    );
    cues.start();
  }

  function stopEverything(): number {
    const finalElapsed = timer.stop();
    cues.stop();
    turns?.close();
    live.close();
    media?.stop();
    offs.forEach((off) => off());
    voice.dispose();
    void avatar?.close();
    return finalElapsed;
  }

  async function wrapUp(by: 'interviewer' | 'candidate') {
    timer.stop(); // first, so the wrap-up shows the final length
    dispatch({ type: 'ending', by });
    const finalElapsed = stopEverything();
    if (by === 'candidate') player.flush();
    write(conversation.finish(finalElapsed));
    await mic.stop().catch(() => undefined);
    await record.end(finalElapsed, by);
    await player.close();
    dispatch({ type: 'ended', by });
  }

  function finish(by: 'interviewer' | 'candidate'): Promise<void> {
    if (over()) return finishing ?? Promise.resolve();
    finishing = wrapUp(by);
    return finishing;
  }

  async function run() {
    if (!(await prepareAudio())) return;
    if (!(await openRecord())) return;
    if (live.client()) return dispatch({ type: 'live' });
    await connectLive();
  }

  function start(): Promise<void> {
    if (running || !canStart(phase()) || over()) return running ?? Promise.resolve();
    running = run().finally(() => (running = undefined));
    return running;
  }

  return {
    start,
    retry: start,
    typeInstead() {
      // Mid-interview (the microphone was lost) the interviewer hears of the switch at once.
      if (!typing) live.client()?.sendText(typedAnswersText(deps.setup.languageCode));
      typing = true;
      notify();
      return start();
    },
    setMuted(muted) {
      dispatch({ type: 'mute', muted });
      mic.setMuted(muted);
      // Muting ends the answer under way, as the microphone going quiet would.
      if (muted) turns?.turn.handle({ type: 'hand-over' });
      if (muted) live.client()?.sendAudioStreamEnd();
    },
    holdTurn: (held) => turns?.turn.handle({ type: 'hold', held }),
    handOver: () => turns?.turn.handle({ type: 'hand-over' }),
    sendTypedAnswer(text) {
      const answer = text.trim();
      const client = live.client();
      if (!answer || !client || !acceptsTypedAnswers(phase())) return;
      client.sendText(typedAnswerText(answer));
      write(conversation.typedAnswer(answer, timer.elapsed(), clock.now()));
    },
    end: () => finish('candidate'),
    async dispose() {
      if (over()) return;
      const started = timer.started();
      const finalElapsed = stopEverything();
      write(conversation.finish(finalElapsed));
      dispatch({ type: 'closed' });
      await Promise.all([mic.stop().catch(() => undefined), player.close()]);
      await record.leave(started ? finalElapsed : undefined);
    },
    snapshot,
    subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    levels: () => ({ mic: machine.state().mic === 'on' ? mic.level() : 0, output: player.level() }),
  };
}
