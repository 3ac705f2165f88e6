import { isRecord, preciseNow } from '../shared/http.ts';
import { readAppText } from './app-text.ts';
import { CandidateListener } from './candidate-listener.ts';
import type { Conversation, UtteranceRecord } from './conversation.ts';
import { EndInterviewCall } from './end-interview-call.ts';
import { candidateAnswer, questionUtterance, transcriptFragments, type Utterance } from './interview-script.ts';
import { ScriptedAnswer } from './scripted-answer.ts';
import type { LiveConnection } from './live-connection.ts';
import type { InterviewerPosition, IssuedHandle } from './resumption-handles.ts';
import { ManualTurn } from './manual-turn.ts';
import { manualActivity, wantsInputTranscription, wantsOutputTranscription, wantsResumption } from './setup-fields.ts';
import type { FakeGeminiState } from './state.ts';
import { synthesizeUtterance } from './synthetic-voice.ts';
import { UtteranceStreamer } from './utterance-streamer.ts';

// The scripted interviewer of one conversation: greets once the client first speaks or types
// (as the real service, which stays silent until it gets input), asks each question after the
// candidate's answer, yields to barge-in, and ends with a closing line and `end_interview`.
// Resumption is the service's, not a kinder one: while it speaks it says `resumable: false`
// and issues no handle; a handle restores the position it was issued at; a reply cut by a lost
// connection is gone, and a resumed session waits for input like any other (SDK docs of
// LiveServerSessionResumptionUpdate; issue 21 "A drop mid-question leaves both sides waiting").

interface Speaking {
  utterance: Utterance;
  streamer: UtteranceStreamer;
  conn: LiveConnection;
}

export class Interviewer {
  private position: InterviewerPosition = { asked: 0, candidateTurns: 0, opened: false, finished: false };
  private speaking?: Speaking;
  private stalled = false;
  private readonly listener: CandidateListener;
  /** The turn the client marks itself when automatic detection is off (manual-turn.ts). */
  private readonly manualTurn: ManualTurn;
  /** The scripted answer being "heard" in the current turn. */
  private answer?: ScriptedAnswer;
  private readonly call: EndInterviewCall;

  constructor(
    private readonly conv: Conversation,
    private readonly state: FakeGeminiState,
  ) {
    this.listener = new CandidateListener(
      { onSpeechStart: () => this.onSpeechStart(), onSpeechEnd: () => this.candidateTurn() },
      state.voiceActivity,
      conv.profile,
    );
    this.manualTurn = new ManualTurn(
      {
        onStart: () => this.onSpeechStart(),
        onPause: () => this.sendAnswerPart(),
        onEnd: (heard) => this.manualTurnEnded(heard),
      },
      state.voiceActivity,
    );
    this.call = new EndInterviewCall(conv, state, () => this.position);
  }

  /** A connection's setup was accepted: a resumed one continues from its handle's position. */
  attach(conn: LiveConnection, resumedFrom?: IssuedHandle): void {
    this.stalled = false;
    this.listener.useSetup(conn.setup);
    this.manualTurn.reset();
    if (resumedFrom) {
      this.cancelSpeaking();
      this.position = structuredClone(resumedFrom.position);
    }
    // The service sends a first handle soon after setup; until then nothing could be resumed.
    this.sendResumptionUpdate(conn);
    if (!resumedFrom && this.state.greetAt === 'setup') this.open();
  }

  hear(conn: LiveConnection, pcm: Int16Array): void {
    this.conv.received.push({ pcm, at: preciseNow(), connectionId: conn.id });
    if (manualActivity(conn.setup)) this.manualTurn.hear(pcm);
    else this.listener.hear(pcm);
  }

  audioStreamEnded(): void {
    this.listener.streamEnded();
  }

  activity(edge: 'start' | 'end'): void {
    if (edge === 'start') this.manualTurn.start();
    else this.manualTurn.end();
  }

  /**
   * Realtime text. With manual activity it is part of the open turn, answered at activityEnd;
   * outside a turn it is recorded and not answered (the docs name only "detected voice and text
   * input" as activity when detection is on; harsher reading when it is off).
   */
  realtimeText(conn: LiveConnection, text: string): void {
    if (!manualActivity(conn.setup)) return this.typed(text);
    this.conv.textInputs.push({ text, at: preciseNow() });
    this.state.events.bump('textInput');
    this.manualTurn.text(text);
  }

  /**
   * Typed text is a whole turn at once, and it interrupts like speech does. The first text of
   * a conversation that has not been greeted yet is the client's opening, not an answer; a later
   * app cue (time, silence, nudge) is recorded and not answered (see app-text.ts).
   */
  typed(text: string): void {
    this.conv.textInputs.push({ text, at: preciseNow() });
    this.state.events.bump('textInput');
    this.takeText(text);
  }

  /** What a text turn asks of the interviewer; true when it answers it. */
  private takeText(text: string): boolean {
    if (!this.position.opened) {
      this.open();
      return true;
    }
    const read = readAppText(text);
    if (read.kind === 'cue') {
      this.cued(read.cue);
      return false;
    }
    if (this.speaking) this.interrupt();
    this.candidateTurn(read.text);
    return true;
  }

  /** activityEnd: a typed answer in the turn is the answer; otherwise what was said is. */
  private manualTurnEnded(heard: { voiced: boolean; texts: string[] }): void {
    let answered = false;
    for (const text of heard.texts) answered = this.takeText(text) || answered;
    if (heard.voiced && !answered) this.candidateTurn();
  }

  /** The scripted answer of the current turn. */
  private currentAnswer(): ScriptedAnswer {
    this.answer ??= new ScriptedAnswer(candidateAnswer(this.state.script, this.position.candidateTurns));
    return this.answer;
  }

  /** A pause inside a manual turn: the transcription of what was said so far arrives. */
  private sendAnswerPart(): void {
    const conn = this.conv.activeConnection();
    if (conn && wantsInputTranscription(conn.setup)) this.currentAnswer().sendNext(conn);
  }

  /** A nudge asks a silent model to go on, so it gets the reply it owes; other cues are context. */
  private cued(cue: string): void {
    if (cue === 'nudge' && !this.speaking && !this.stalled && !this.position.pendingCall && !this.position.finished)
      this.reply();
  }

  toolResponse(conn: LiveConnection, payload: unknown): void {
    const responses = isRecord(payload) && Array.isArray(payload.functionResponses) ? payload.functionResponses : [];
    if (!this.call.answered(conn, responses)) return;
    this.position.finished = true;
    // A blocking call held the turn open until now; an asynchronous one completed it already.
    if (!this.call.async(conn)) this.completeTurn(conn);
  }

  /** Stops the current reply (if any) and tells the client to drop queued audio. */
  interrupt(): void {
    const current = this.speaking;
    this.cancelSpeaking();
    const conn = current?.conn ?? this.conv.activeConnection();
    if (current && !current.streamer.sentAny) return;
    conn?.send({ serverContent: { interrupted: true } });
    this.state.events.bump('interrupted');
    if (this.state.live.stallAfterNextInterruption) {
      this.state.live.stallAfterNextInterruption = false;
      this.stalled = true;
    }
  }

  /** Ends the interview at once, whatever is being said. */
  callEndInterview(args?: Record<string, unknown>): void {
    const conn = this.conv.activeConnection();
    this.cancelSpeaking();
    if (conn) this.call.send(conn, args);
  }

  connectionClosed(conn: LiveConnection): void {
    if (this.speaking?.conn === conn) this.speaking.streamer.poke();
  }

  dispose(): void {
    this.cancelSpeaking();
    this.listener.dispose();
  }

  private cancelSpeaking(): void {
    this.speaking?.streamer.cancel();
    this.speaking = undefined;
  }

  private onSpeechStart(): void {
    this.state.events.bump('speechStart');
    if (this.speaking) this.interrupt();
  }

  private candidateTurn(typedText?: string): void {
    const conn = this.conv.activeConnection();
    const answer = this.currentAnswer();
    this.answer = undefined;
    const line = typedText ?? answer.line;
    this.position.candidateTurns += 1;
    this.conv.candidateLines.push(line);
    if (typedText === undefined && conn && wantsInputTranscription(conn.setup)) answer.sendRest(conn);
    this.state.events.bump('candidateTurn');
    // A spoken first turn is heard like any answer; the reply to it is the greeting.
    this.position.opened = true;
    if (conn) this.sendResumptionUpdate(conn);
    if (!this.stalled && !this.position.pendingCall && !this.position.finished) this.reply();
  }

  private open(): void {
    this.position.opened = true;
    this.reply();
  }

  private reply(): void {
    const conn = this.conv.activeConnection();
    if (!conn) return;
    const { script } = this.state;
    const { asked } = this.position;
    const next: Utterance =
      asked < script.questions.length ? questionUtterance(script, asked) : { kind: 'closing', text: script.closing };
    void this.speak(next, conn);
  }

  private async speak(utterance: Utterance, conn: LiveConnection): Promise<void> {
    this.cancelSpeaking();
    const record: UtteranceRecord = {
      id: this.conv.utterances.length + 1,
      kind: utterance.kind,
      text: utterance.text,
      connectionId: conn.id,
      requestedAt: preciseNow(),
    };
    this.conv.utterances.push(record);
    // Generating from here on: no handle until the turn is over.
    if (wantsResumption(conn.setup)) conn.send({ sessionResumptionUpdate: { resumable: false } });
    const pcm = synthesizeUtterance(utterance.text, this.state.voice);
    const fragments = wantsOutputTranscription(conn.setup) ? transcriptFragments(utterance.text) : undefined;
    const streamer = new UtteranceStreamer(conn, pcm, fragments, this.state.pace, this.conv.profile.multiPartMessages, {
      onChunkSent: (samples, at) => {
        if (record.startedAt === undefined) this.started(utterance, record, at, conn);
        this.conv.sent.push({ samples, at, connectionId: conn.id, utteranceId: record.id });
      },
    });
    this.speaking = { utterance, streamer, conn };
    record.result = await streamer.run();
    record.endedAt = preciseNow();
    if (this.speaking?.streamer !== streamer) return;
    this.speaking = undefined;
    // A reply cut by a lost connection is not kept anywhere: the next session starts from a handle.
    if (record.result === 'completed') this.finishUtterance(utterance, conn);
  }

  private started(utterance: Utterance, record: UtteranceRecord, at: number, conn: LiveConnection): void {
    record.startedAt = at;
    if (utterance.kind === 'question') this.position.asked = Math.max(this.position.asked, utterance.index + 1);
    this.state.events.bump('utteranceStarted');
    // An asynchronous model calls its function and keeps talking (3.8: NON_BLOCKING by default).
    if (utterance.kind === 'closing' && this.call.async(conn)) this.call.send(conn);
  }

  private finishUtterance(utterance: Utterance, conn: LiveConnection): void {
    conn.send({ serverContent: { generationComplete: true } });
    if (utterance.kind === 'closing' && this.call.declared(conn) && !this.call.async(conn)) return this.call.send(conn);
    if (utterance.kind === 'closing' && !this.call.declared(conn)) this.position.finished = true;
    this.completeTurn(conn);
  }

  private completeTurn(conn: LiveConnection): void {
    const waiting = this.conv.profile.serverFields.waitingForInput ? { waitingForInput: true } : {};
    conn.send({
      serverContent: { turnComplete: true, ...waiting },
      usageMetadata: { promptTokenCount: 200, responseTokenCount: 50, totalTokenCount: 250 },
    });
    this.state.events.bump('interviewerTurn');
    this.sendResumptionUpdate(conn);
  }

  private sendResumptionUpdate(conn: LiveConnection): void {
    if (!wantsResumption(conn.setup)) return;
    conn.send({ sessionResumptionUpdate: { newHandle: this.conv.resumption.issue(this.position), resumable: true } });
  }
}
