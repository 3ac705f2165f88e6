import { describe, expect, it } from 'vitest';
import { createTranscript, type Transcript, type TranscriptTurn } from './transcript';

/** Plays a script of fragments and events, collecting everything handed out for writing. */
function run(steps: ((t: Transcript) => TranscriptTurn[])[]) {
  const t = createTranscript();
  const written: TranscriptTurn[] = [];
  for (const step of steps) written.push(...step(t));
  return {
    t,
    written,
    lines: t.visible().map((x) => `${x.seq} ${x.role}: ${x.text}${x.interrupted ? ' [interrupted]' : ''}`),
  };
}

const ai = (text: string, at: number) => (t: Transcript) => t.fragment('interviewer', text, at);
const me = (text: string, at: number) => (t: Transcript) => t.fragment('candidate', text, at);
const audio = (at: number) => (t: Transcript) => t.modelOutput(at);
const done =
  (at: number, interrupted = false) =>
  (t: Transcript) =>
    t.interviewerDone(at, interrupted);
const reconnect = (at: number) => (t: Transcript) => t.boundary(at);
const typed = (text: string, at: number) => (t: Transcript) => t.typedAnswer(text, at);

describe('createTranscript: turns from fragments', () => {
  it('builds a question and an answer from their fragments', () => {
    const { lines, written } = run([
      audio(0),
      ai('Hi', 10),
      ai(', tell me', 20),
      ai(' about you.', 30),
      done(40),
      me('I am', 1000),
      me(' Sam.', 1500),
      audio(3000),
      ai('Nice', 3010),
    ]);
    expect(lines).toEqual(['1 interviewer: Hi, tell me about you.', '2 candidate: I am Sam.', '3 interviewer: Nice']);
    expect(written.map((w) => [w.seq, w.open])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(written[1]).toMatchObject({ startMs: 1000, endMs: 1500 });
  });

  it('marks an interrupted question and orders the barge-in after it', () => {
    const { lines } = run([
      audio(0),
      ai('Walk me through', 100),
      me('Sorry,', 300),
      done(400, true),
      me(' can you repeat?', 600),
      audio(2000),
    ]);
    expect(lines).toEqual(['1 interviewer: Walk me through [interrupted]', '2 candidate: Sorry, can you repeat?']);
  });

  it('adds a late fragment to the turn that just ended instead of starting a new one', () => {
    const { lines, written } = run([
      audio(0),
      ai('Walk me', 100),
      done(400, true),
      ai(' through', 500),
      me('Wait', 600),
    ]);
    expect(lines).toEqual(['1 interviewer: Walk me through [interrupted]', '2 candidate: Wait']);
    expect(written.map((w) => `${w.seq}:${w.text}`)).toEqual(['1:Walk me', '1:Walk me through']);
  });

  it('adds the candidate’s last words to their answer when they trail the reply’s start', () => {
    const { lines } = run([
      me('I led the team', 0),
      audio(1000),
      me(' for two years.', 1400),
      ai('Great.', 1600),
      done(2000),
    ]);
    expect(lines).toEqual(['1 candidate: I led the team for two years.', '2 interviewer: Great.']);
  });

  it('keeps a quick barge-in apart from the answer before it once the interruption arrives', () => {
    const { lines, written } = run([
      me('I am Sam.', 0),
      audio(2000),
      ai('Nice. Tell me', 2010),
      me('Sorry,', 2100),
      done(2300, true),
      me(' one thing.', 2500),
      audio(4000),
    ]);
    expect(lines).toEqual([
      '1 candidate: I am Sam.',
      '2 interviewer: Nice. Tell me [interrupted]',
      '3 candidate: Sorry, one thing.',
    ]);
    expect(written.map((w) => `${w.seq}:${w.text}`)).toEqual([
      '1:I am Sam.',
      '1:I am Sam. Sorry,',
      '2:Nice. Tell me',
      '1:I am Sam.',
      '3:Sorry, one thing.',
    ]);
  });

  it('starts a new question after a typed answer, however soon its words follow the last one', () => {
    const { lines } = run([
      audio(0),
      ai('Tell me about yourself and', 10),
      done(20),
      typed('I build APIs.', 300),
      ai('Describe a project.', 600),
      audio(700),
      done(900),
    ]);
    expect(lines).toEqual([
      '1 interviewer: Tell me about yourself and',
      '2 candidate: I build APIs.',
      '3 interviewer: Describe a project.',
    ]);
  });

  it('makes a typed answer a candidate turn of its own', () => {
    const { lines, written } = run([
      audio(0),
      ai('Any questions?', 10),
      done(20),
      typed('What is the team size?', 5000),
    ]);
    expect(lines).toEqual(['1 interviewer: Any questions?', '2 candidate: What is the team size?']);
    expect(written.at(-1)).toMatchObject({ seq: 2, role: 'candidate', startMs: 5000, endMs: 5000, open: false });
  });

  it('drops a reply that had audio but no words', () => {
    const { lines, written } = run([audio(0), done(100), me('Hello?', 500)]);
    expect(lines).toEqual(['2 candidate: Hello?']);
    expect(written).toEqual([]);
  });

  it('continues the numbering of turns stored earlier', () => {
    const t = createTranscript({ firstSeq: 8 });
    expect(t.typedAnswer('Back again.', 0)).toMatchObject([{ seq: 8 }]);
  });

  it('closes everything on finish and shows open turns meanwhile', () => {
    const t = createTranscript();
    t.fragment('candidate', 'Thank you', 0);
    expect(t.visible()).toMatchObject([{ text: 'Thank you', open: true }]);
    expect(t.finish(100)).toMatchObject([{ seq: 1, text: 'Thank you', open: false }]);
    expect(t.finish(200)).toEqual([]);
  });
});

describe('createTranscript: across reconnects', () => {
  it('keeps one copy when the new connection repeats the cut-off question and finishes it', () => {
    const { lines, written } = run([
      audio(0),
      ai('Tell me about your', 100),
      reconnect(500),
      audio(900),
      ai('Tell me about', 1000),
      ai(' your last project.', 1100),
      done(1500),
    ]);
    expect(lines).toEqual(['1 interviewer: Tell me about your last project.']);
    expect(written.map((w) => `${w.seq}:${w.text}`)).toEqual([
      '1:Tell me about your',
      '1:Tell me about your last project.',
    ]);
  });

  it('drops a pure repeat of a line that had already ended', () => {
    const { lines, written } = run([
      audio(0),
      ai('What is a closure?', 100),
      done(200),
      reconnect(3000),
      audio(3100),
      ai('What is', 3200),
      ai(' a closure?', 3300),
      done(3400),
      me('A function with its scope.', 6000),
    ]);
    expect(lines).toEqual(['1 interviewer: What is a closure?', '3 candidate: A function with its scope.']);
    expect(written.map((w) => w.seq)).toEqual([1]);
  });

  it('keeps an answer that spans a reconnect as one line', () => {
    const { lines } = run([
      audio(0),
      ai('Why us?', 10),
      done(20),
      me('Because your product', 1000),
      reconnect(1500),
      me(' helps people.', 1900),
      audio(4000),
    ]);
    expect(lines).toEqual(['1 interviewer: Why us?', '2 candidate: Because your product helps people.']);
  });

  it('shows a regenerated question as a new line after the cut one', () => {
    const { lines } = run([
      audio(0),
      ai('Tell me about your team', 100),
      reconnect(500),
      audio(900),
      ai('Tell me how you', 1000),
      ai(' handle conflict.', 1100),
      done(1200),
    ]);
    expect(lines).toEqual([
      '1 interviewer: Tell me about your team',
      '2 interviewer: Tell me how you handle conflict.',
    ]);
  });

  it('does not mistake a new answer for a repeat of an old one once the interviewer spoke', () => {
    const { lines } = run([
      me('I do not know.', 0),
      audio(2000),
      ai('Fine.', 2100),
      reconnect(2150),
      done(2200),
      audio(2300),
      ai('Next: what is REST?', 2400),
      done(2500),
      me('I do not know', 4000),
      me(' REST well.', 4200),
      audio(6000),
    ]);
    expect(lines).toEqual([
      '1 candidate: I do not know.',
      '2 interviewer: Fine.',
      '3 interviewer: Next: what is REST?',
      '4 candidate: I do not know REST well.',
    ]);
  });

  it('forgets the guarded line after a while', () => {
    const { lines } = run([
      audio(0),
      ai('Hello there.', 100),
      done(200),
      reconnect(300),
      audio(30_000),
      ai('Hello there.', 30_100),
      done(30_200),
    ]);
    expect(lines).toEqual(['1 interviewer: Hello there.', '2 interviewer: Hello there.']);
  });

  it('never hands out the same line twice for one reconnect, nor loses one', () => {
    const { written, lines } = run([
      audio(0),
      ai('First question?', 100),
      done(200),
      me('Answer one.', 1000),
      audio(3000),
      ai('Second', 3100),
      reconnect(3200),
      audio(3300),
      ai('Second question?', 3400),
      done(3500),
      me('Answer two.', 5000),
      reconnect(5100),
      me(' And more.', 5200),
      audio(8000),
      ai('Thanks.', 8100),
      done(8200),
    ]);
    expect(lines).toEqual([
      '1 interviewer: First question?',
      '2 candidate: Answer one.',
      '3 interviewer: Second question?',
      '5 candidate: Answer two. And more.',
      '7 interviewer: Thanks.',
    ]);
    const finalBySeq = new Map(written.map((w) => [w.seq, w.text]));
    expect([...finalBySeq.values()]).toEqual([
      'First question?',
      'Answer one.',
      'Second question?',
      'Answer two. And more.',
      'Thanks.',
    ]);
  });
});
