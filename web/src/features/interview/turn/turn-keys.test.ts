import { describe, expect, it } from 'vitest';
import { turnKeyDown, turnKeyUp } from './turn-keys';

const on = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra }) as unknown as EventTarget;

describe('turn keys', () => {
  it('holds the turn on Space and hands it over on Enter when focus is on the page', () => {
    expect(turnKeyDown({ key: ' ', repeat: false, target: on('BODY') })).toBe('hold');
    expect(turnKeyDown({ key: 'Enter', repeat: false, target: on('DIV') })).toBe('done');
    expect(turnKeyUp({ key: ' ', repeat: false, target: on('BODY') })).toBe('release');
  });

  it('leaves Space and Enter to the typed answer, buttons, links and editable text', () => {
    for (const target of [
      on('INPUT'),
      on('TEXTAREA'),
      on('BUTTON'),
      on('A'),
      on('SELECT'),
      on('DIV', { isContentEditable: true }),
    ]) {
      expect(turnKeyDown({ key: ' ', repeat: false, target })).toBeUndefined();
      expect(turnKeyDown({ key: 'Enter', repeat: false, target })).toBeUndefined();
    }
  });

  it('ignores the auto-repeat of a held key and other keys', () => {
    expect(turnKeyDown({ key: ' ', repeat: true, target: on('BODY') })).toBeUndefined();
    expect(turnKeyDown({ key: 'a', repeat: false, target: on('BODY') })).toBeUndefined();
    expect(turnKeyUp({ key: 'Enter', repeat: false, target: on('BODY') })).toBeUndefined();
  });
});
