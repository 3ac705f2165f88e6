import { describe, expect, it } from 'vitest';
import { countFillers, findFillers } from './fillers';

const en = (text: string) => findFillers(text, 'en-US');

describe('English fillers', () => {
  it('finds hesitation sounds in any spelling', () => {
    expect(en('Um, so, uhh, I think er, ummm, hmm.')).toEqual(['um', 'uh', 'er', 'um', 'hmm']);
  });

  it('counts "like" set off by commas or next to um, but not the verb or the comparison', () => {
    expect(en('It was, like, really slow.')).toEqual(['like']);
    expect(en('Like, we never tested it.')).toEqual(['like']);
    expect(en('and um like the cache')).toEqual(['um', 'like']);
    expect(en('I like Python.')).toEqual([]);
    expect(en("I'd like to add, that we would like, ideally, more tests.")).toEqual([]);
    expect(en('The things I really like, honestly, are tests.')).toEqual([]);
    expect(en('It looks like a race condition, like the one we had.')).toEqual([]);
  });

  it('counts "you know" as a filler but not "do you know" or "you know how"', () => {
    expect(en('It was, you know, slow.')).toEqual(['you know']);
    expect(en('Do you know Rust?')).toEqual([]);
    expect(en('As you know how it works, you know.')).toEqual(['you know']);
  });

  it('counts "I mean" but not "what I mean" or "I mean it"', () => {
    expect(en('I mean, it worked.')).toEqual(['I mean']);
    expect(en('That is what I mean. I mean it.')).toEqual([]);
  });

  it('counts the hedge "kind of"/"sort of" but not the noun', () => {
    expect(en("It's kind of slow and sort of fragile.")).toEqual(['kind of', 'sort of']);
    expect(en('What kind of database? This sort of problem.')).toEqual([]);
  });

  it('always counts basically and actually', () => {
    expect(en('Basically it actually worked.')).toEqual(['basically', 'actually']);
  });

  it('does not join words across a comma', () => {
    expect(en('If you, know what')).toEqual([]);
  });
});

describe('fillers in other languages', () => {
  it('knows German hesitations and hedges, and leaves "er" (he) alone', () => {
    expect(findFillers('Äh, er hat sozusagen ähm eigentlich recht.', 'de-DE')).toEqual([
      'äh',
      'sozusagen',
      'äh',
      'eigentlich',
    ]);
  });

  it('knows French fillers but not "genre" as a noun', () => {
    expect(findFillers("Euh, du coup, c'était genre, en fait, ce genre de truc, tu vois.", 'fr-FR')).toEqual([
      'euh',
      'du coup',
      'genre',
      'en fait',
      'tu vois',
    ]);
    expect(findFillers('Tu vois le problème ?', 'fr-FR')).toEqual([]);
  });

  it('knows Spanish fillers', () => {
    expect(findFillers('Eh, o sea, digamos que em funcionó.', 'es-ES')).toEqual(['eh', 'o sea', 'digamos', 'em']);
  });

  it('falls back to universal hesitation sounds for other languages', () => {
    expect(findFillers('Um, ja, uh, er is een like.', 'nl-NL')).toEqual(['um', 'uh']);
  });
});

describe('countFillers', () => {
  it('tallies across answers, most frequent first', () => {
    expect(countFillers(['Um, like, yes.', 'Um, basically, um.'], 'en-GB')).toEqual([
      { filler: 'um', count: 3 },
      { filler: 'basically', count: 1 },
      { filler: 'like', count: 1 },
    ]);
  });
});
