import { randomBytes } from 'node:crypto';
import { isRecord, preciseNow } from '../shared/http.ts';
import { CandidateListener } from './candidate-listener.ts';
import type { Conversation, UtteranceRecord } from './conversation.ts';
import { candidateAnswer, END_INTERVIEW, questionUtterance, transcriptFragments, type Utterance } from './interview-script.ts';
import type { LiveConnection } from './live-connection.ts';
import { declaresFunction, wantsInputTranscription, wantsOutputTranscription, wantsResumption } from './setup-fields.ts';
import type { FakeGeminiState } from './state.ts';
import { synthesizeUtterance } from './synthetic-voice.ts';
import { UtteranceStreamer } from './utterance-streamer.ts';

// The scripted interviewer of one conversation: greets once the client first speaks or types
// (as the real service, which stays silent until it gets input), asks each question after the
// candidate's answer, yields to barge-in, and ends with a closing line and `end_interview`.
// Its position survives reconnects, so a resumed session neither repeats nor skips a question.

interface Speaking {
  utterance: Utterance;
  streamer: UtteranceStreamer;
  conn: LiveConnection;
}

export class Interviewer {
  private asked = 0;
  private candidateTurns = 0;
  private speaking?: Speaking;
  /** An utterance whose connection died mid-stream; it is spoken again on the next connection. */
  private unfinished?: Utterance;
  private pendingCall?: { id: string; args: Record<string, unknown> };
  private finished = false;
  private stalled = false;
  /** Whether the greeting has been asked for: by the first client input, or at setup. */
  private opened = false;
  private readonly listener: CandidateListener;

  constructor(
    private readonly conv: Conversation,
    private readonly state: FakeGeminiState,
  ) {
    this.listener = new CandidateListener({ onSpeechStart: () => this.onSpeechStart(), onSpeechEnd: () => this.candidateTurn() }, state.voiceActivity);
  }

  /** A connection's setup was accepted; a fresh conversation waits for input unless told to greet now. */
  attach(conn: LiveConnection, resumed: boolean): void {
    this.stalled = false;
    this.listener.useSetup(conn.setup);
    if (!resumed && this.state.greetAt === 'setup') return this.open();
    if (!resumed) return;
    const again = this.unfinished;
    this.unfinished = undefined;
    if (again) void this.speak(again, conn);
    else if (this.pendingCall) this.sendToolCall(conn);
  }

  hear(conn: LiveConnection, pcm: Int16Array): void {
    this.conv.received.push({ pcm, at: preciseNow(), connectionId: conn.id });
    this.listener.hear(pcm);
  }

  audioStreamEnded(): void {
    this.listener.streamEnded();
  }

  activity(edge: 'start' | 'end'): void {
    if (edge === 'start') this.listener.activityStart();
    else this.listener.activityEnd();
  }

  /**
   * Typed text is a whole answer at once, and it interrupts like speech does. The first text of
   * a conversation that has not been greeted yet is the client's opening, not an answer.
   */
  typed(text: string): void {
    this.conv.textInputs.push({ text, at: preciseNow() });
    this.state.events.bump('textInput');
    if (!this.opened) return this.open();
    if (this.speaking) this.interrupt();
    this.candidateTurn(text);
  }

  toolResponse(conn: LiveConnection, payload: unknown): void {
    const responses = isRecord(payload) && Array.isArray(payload.functionResponses) ? payload.functionResponses : [];
    const pendingId = this.pendingCall?.id;
    const matched = pendingId !== undefined && responses.some((r) => isRecord(r) && r.id === pendingId);
    this.conv.toolResponses.push({ at: preciseNow(), connectionId: conn.id, functionResponses: responses, matched });
    this.state.events.bump('toolResponse');
    if (!matched) return;
    this.pendingCall = undefined;
    this.finished = true;
    this.completeTurn(conn);
  }

  /** Stops the current reply (if any) and tells the client to drop queued audio. */
  interrupt(): void {
    const current = this.speaking;
    this.speaking = undefined;
    current?.streamer.cancel();
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
  callEndInterview(args: Record<string, unknown> = this.state.script.endInterviewArgs): void {
    const conn = this.conv.activeConnection();
    this.speaking?.streamer.cancel();
    this.speaking = undefined;
    if (!conn) return;
    this.pendingCall = { id: `fc-${randomBytes(4).toString('hex')}`, args };
    this.conv.toolCalls.push({ id: this.pendingCall.id, name: END_INTERVIEW, args, at: preciseNow() });
    this.state.events.bump('toolCall');
    this.sendToolCall(conn);
  }

  connectionClosed(conn: LiveConnection): void {
    if (this.speaking?.conn === conn) this.speaking.streamer.poke();
  }

  dispose(): void {
    this.speaking?.streamer.cancel();
    this.listener.dispose();
  }

  private onSpeechStart(): void {
    this.state.events.bump('speechStart');
    if (this.speaking) this.interrupt();
  }

  private candidateTurn(typedText?: string): void {
    const conn = this.conv.activeConnection();
    const line = typedText ?? candidateAnswer(this.state.script, this.candidateTurns);
    this.candidateTurns += 1;
    this.conv.candidateLines.push(line);
    if (typedText === undefined && conn && wantsInputTranscription(conn.setup)) {
      for (const text of transcriptFragments(line)) conn.send({ serverContent: { inputTranscription: { text } } });
    }
    this.state.events.bump('candidateTurn');
    if (conn) this.sendResumptionUpdate(conn);
    // A spoken first turn is heard like any answer; the reply to it is the greeting.
    this.opened = true;
    if (!this.stalled && !this.pendingCall && !this.finished) this.reply();
  }

  private open(): void {
    this.opened = true;
    this.reply();
  }

  private reply(): void {
    const conn = this.conv.activeConnection();
    if (!conn) return;
    const { script } = this.state;
    const next: Utterance = this.asked < script.questions.length ? questionUtterance(script, this.asked) : { kind: 'closing', text: script.closing };
    void this.speak(next, conn);
  }

  private async speak(utterance: Utterance, conn: LiveConnection): Promise<void> {
    this.speaking?.streamer.cancel();
    const record: UtteranceRecord = { id: this.conv.utterances.length + 1, kind: utterance.kind, text: utterance.text, connectionId: conn.id, requestedAt: preciseNow() };
    this.conv.utterances.push(record);
    const pcm = synthesizeUtterance(utterance.text, this.state.voice);
    const fragments = wantsOutputTranscription(conn.setup) ? transcriptFragments(utterance.text) : undefined;
    const streamer = new UtteranceStreamer(conn, pcm, fragments, this.state.pace, {
      onChunkSent: (samples, at) => {
        if (record.startedAt === undefined) this.started(utterance, record, at);
        this.conv.sent.push({ samples, at, connectionId: conn.id, utteranceId: record.id });
      },
    });
    this.speaking = { utterance, streamer, conn };
    record.result = await streamer.run();
    record.endedAt = preciseNow();
    if (this.speaking?.streamer !== streamer) return;
    this.speaking = undefined;
    if (record.result === 'completed') this.finishUtterance(utterance, conn);
    else if (record.result === 'connection-lost') this.continueElsewhere(utterance, conn);
  }

  private started(utterance: Utterance, record: UtteranceRecord, at: number): void {
    record.startedAt = at;
    if (utterance.kind === 'question') this.asked = Math.max(this.asked, utterance.index + 1);
    this.state.events.bump('utteranceStarted');
  }

  /** "No lost question": a newer connection gets the cut utterance now, otherwise the next one will. */
  private continueElsewhere(utterance: Utterance, lost: LiveConnection): void {
    const next = this.conv.activeConnection();
    if (next && next !== lost) void this.speak(utterance, next);
    else this.unfinished = utterance;
  }

  private finishUtterance(utterance: Utterance, conn: LiveConnection): void {
    conn.send({ serverContent: { generationComplete: true } });
    if (utterance.kind === 'closing' && declaresFunction(conn.setup, END_INTERVIEW)) return this.callEndInterview();
    if (utterance.kind === 'closing') this.finished = true;
    this.completeTurn(conn);
  }

  private completeTurn(conn: LiveConnection): void {
    conn.send({ serverContent: { turnComplete: true }, usageMetadata: { promptTokenCount: 200, responseTokenCount: 50, totalTokenCount: 250 } });
    this.state.events.bump('interviewerTurn');
    this.sendResumptionUpdate(conn);
  }

  private sendToolCall(conn: LiveConnection): void {
    if (!this.pendingCall) return;
    conn.send({ toolCall: { functionCalls: [{ id: this.pendingCall.id, name: END_INTERVIEW, args: this.pendingCall.args }] } });
  }

  private sendResumptionUpdate(conn: LiveConnection): void {
    if (wantsResumption(conn.setup)) conn.send({ sessionResumptionUpdate: { newHandle: this.conv.newHandle(), resumable: true } });
  }
}
