import { describe, expect, it } from 'vitest';
import { appendFragment, appendWords, finalText, wordsOf } from './transcript-text';

const join = (...fragments: string[]) => finalText(fragments.reduce(appendFragment, ''));

describe('appendFragment', () => {
  it('keeps the spacing the fragments carry', () => {
    expect(join('Hello', ' there', ',', ' how', ' are', ' you', '?')).toBe('Hello there, how are you?');
  });

  it('joins pieces of one word without a space', () => {
    expect(join('Tell me about your inter', 'view', ' experience')).toBe('Tell me about your interview experience');
  });

  it('collapses doubled spaces and removes spaces before punctuation', () => {
    expect(join(' Great ', '  answer ', ' .')).toBe('Great answer.');
  });

  it('adds the space a sentence end is missing before the next word', () => {
    expect(join('Thanks.', 'Next question')).toBe('Thanks. Next question');
  });

  it('keeps two sentences apart when the second arrives without its leading space', () => {
    expect(join('Tell me a little about yourself and', 'Describe a project you led.')).toBe(
      'Tell me a little about yourself and Describe a project you led.',
    );
    expect(join('Tell me about your inter', 'view')).toBe('Tell me about your interview');
  });

  it('does not add spaces between characters of languages written without them', () => {
    expect(join('你好。', '请介绍一下')).toBe('你好。请介绍一下');
  });
});

describe('appendWords', () => {
  it('puts a space between two pieces of a turn', () => {
    expect(appendWords('I worked on', 'payments ')).toBe('I worked on payments');
    expect(appendWords('I worked on', ', mostly')).toBe('I worked on, mostly');
    expect(appendWords('', ' hi')).toBe('hi');
  });
});

describe('wordsOf', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(wordsOf(' Hello,  THERE! Ça va? ')).toBe('hello there ça va');
  });
});
