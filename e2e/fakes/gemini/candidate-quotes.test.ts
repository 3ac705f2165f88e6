import { describe, expect, it } from 'vitest';
import { buildReportPrompt } from '../../../contracts/report-prompt.ts';
import { candidateQuotes } from './candidate-quotes.ts';

const transcript = [
  { n: 1, role: 'interviewer', text: 'Tell me about yourself.' },
  {
    n: 2,
    role: 'candidate',
    text: 'I  write "compilers" and I have done so for one, two, three, four, five, six years.',
  },
  { n: 3, role: 'candidate', text: 'Short one.' },
];

describe('candidateQuotes', () => {
  it('quotes the first words of each candidate turn exactly, never the interviewer', () => {
    const body = {
      contents: [{ role: 'user', parts: [{ text: `Transcript:\n${JSON.stringify(transcript, null, 1)}` }] }],
    };
    const quotes = candidateQuotes(body);
    expect(quotes).toEqual(['I  write "compilers" and I have done so for one, two, three,', 'Short one.']);
    for (const quote of quotes)
      expect(transcript.some((t) => t.role === 'candidate' && t.text.includes(quote))).toBe(true);
  });

  it('reads the numbered lines the report prompt writes, as the server sends them', () => {
    const text = buildReportPrompt({
      interview: { topic: 'Compilers', level: 'Advanced' },
      transcript: transcript.map(({ role, text }) => ({ role: role as 'interviewer' | 'candidate', text })),
    }).userText;
    expect(candidateQuotes({ contents: [{ role: 'user', parts: [{ text }] }] })).toEqual([
      'I  write "compilers" and I have done so for one, two, three,',
      'Short one.',
    ]);
  });

  it('finds nothing in a request without a transcript', () => {
    expect(candidateQuotes({ contents: 'hello' })).toEqual([]);
  });
});
