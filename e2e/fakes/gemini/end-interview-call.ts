import { randomBytes } from 'node:crypto';
import { isRecord, preciseNow } from '../shared/http.ts';
import type { Conversation } from './conversation.ts';
import { END_INTERVIEW } from './interview-script.ts';
import type { LiveConnection } from './live-connection.ts';
import type { InterviewerPosition } from './resumption-handles.ts';
import { declaresFunction, functionBehavior } from './setup-fields.ts';
import type { FakeGeminiState } from './state.ts';

// The interviewer's one function call, run the way the session's model runs calls:
// synchronously on 2.5 and 3.1 (the turn waits for the response), asynchronously on 3.8
// (NON_BLOCKING by default: the model calls and keeps talking; the response may carry
// `scheduling`). Sources: contracts/models/live-profiles.ts [3.8] [3.1].

export class EndInterviewCall {
  constructor(
    private readonly conv: Conversation,
    private readonly state: FakeGeminiState,
    private readonly position: () => InterviewerPosition,
  ) {}

  declared(conn: LiveConnection): boolean {
    return declaresFunction(conn.setup, END_INTERVIEW);
  }

  /** Whether the call runs asynchronously: the declaration's behavior, else the model's default. */
  async(conn: LiveConnection): boolean {
    const behavior = functionBehavior(conn.setup, END_INTERVIEW) ?? this.conv.profile.functionCalls.default;
    return behavior === 'NON_BLOCKING';
  }

  send(conn: LiveConnection, args: Record<string, unknown> = this.state.script.endInterviewArgs): void {
    const pending = { id: `fc-${randomBytes(4).toString('hex')}`, args };
    this.position().pendingCall = pending;
    this.conv.toolCalls.push({ id: pending.id, name: END_INTERVIEW, args, at: preciseNow() });
    this.state.events.bump('toolCall');
    conn.send({ toolCall: { functionCalls: [{ id: pending.id, name: END_INTERVIEW, args }] } });
  }

  /** Records the response; true when it answered the pending call. */
  answered(conn: LiveConnection, responses: unknown[]): boolean {
    const position = this.position();
    const pendingId = position.pendingCall?.id;
    const matched = pendingId !== undefined && responses.some((r) => isRecord(r) && r.id === pendingId);
    this.conv.toolResponses.push({ at: preciseNow(), connectionId: conn.id, functionResponses: responses, matched });
    this.state.events.bump('toolResponse');
    if (matched) delete position.pendingCall;
    return matched;
  }
}
