import { transcriptFragments } from './interview-script.ts';
import type { LiveConnection } from './live-connection.ts';

// The scripted answer the fake "hears" for one candidate turn, in the parts its input
// transcription arrives in (split on `|` in the script): with manual activity a part goes out
// after each stretch of speech, the rest when the turn ends; otherwise all at once.

export class ScriptedAnswer {
  private readonly parts: string[];
  private sent = 0;

  constructor(scripted: string) {
    this.parts = scripted.split(/\s*\|\s*/);
  }

  /** The whole answer as one line, without the part marks. */
  get line(): string {
    return this.parts.join(' ');
  }

  /** Sends the next part's transcription, never the last one (that waits for the turn's end). */
  sendNext(conn: LiveConnection): void {
    if (this.sent < this.parts.length - 1) this.sendUpTo(conn, this.sent + 1);
  }

  sendRest(conn: LiveConnection): void {
    this.sendUpTo(conn, this.parts.length);
  }

  private sendUpTo(conn: LiveConnection, upTo: number): void {
    for (; this.sent < upTo; this.sent++) {
      const part = `${this.sent > 0 ? ' ' : ''}${this.parts[this.sent] ?? ''}`;
      for (const text of transcriptFragments(part)) conn.send({ serverContent: { inputTranscription: { text } } });
    }
  }
}
