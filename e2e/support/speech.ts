import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './token-server-process.ts';

// Spoken fake-microphone input for Chromium (`--use-file-for-fake-audio-capture`): espeak-ng
// speaks the text, sox makes it 48 kHz mono 16-bit and pads it with silence so the speech has
// a known onset (docs/protocols.md). Files are cached by content under e2e/.artifacts/speech.

export interface SpeechOptions {
  /** espeak-ng voice, e.g. "en-us". */
  voice?: string;
  /** Words per minute (espeak-ng's default is 175). */
  wordsPerMinute?: number;
  padBeforeSeconds?: number;
  padAfterSeconds?: number;
  /** Silence spoken where the text has `|`: a thinking pause mid-answer. */
  pauseSeconds?: number;
}

export interface SpeechFixture {
  path: string;
  text: string;
  /** Silence before the first word: the speech onset in the file. */
  padBeforeSeconds: number;
  padAfterSeconds: number;
}

export const SPEECH_DIR = join(REPO_ROOT, 'e2e/.artifacts/speech');

/** Makes (or reuses) the WAV for `text`. Synchronous so a spec can call it while declaring tests. */
export function speechWav(text: string, opts: SpeechOptions = {}): SpeechFixture {
  const voice = opts.voice ?? 'en-us';
  const wpm = opts.wordsPerMinute ?? 175;
  const before = opts.padBeforeSeconds ?? 1;
  const after = opts.padAfterSeconds ?? 1;
  const pause = opts.pauseSeconds ?? 0;
  const key = createHash('sha256')
    .update(JSON.stringify([text, voice, wpm, before, after, pause]))
    .digest('hex')
    .slice(0, 16);
  const path = join(SPEECH_DIR, `${key}.wav`);
  const fixture = { path, text, padBeforeSeconds: before, padAfterSeconds: after };
  if (existsSync(path)) return fixture;
  mkdirSync(SPEECH_DIR, { recursive: true });
  // Unique temporary names, then an atomic rename: parallel workers may make the same file.
  const tmp = `${path}.${process.pid}.${Date.now()}`;
  try {
    speakParts(
      text.split('|').map((part) => part.trim()),
      { voice, wpm, pause, out: `${tmp}.raw.wav` },
    );
    execFileSync(
      'sox',
      [`${tmp}.raw.wav`, '-r', '48000', '-c', '1', '-b', '16', `${tmp}.wav`, 'pad', String(before), String(after)],
      { stdio: 'pipe' },
    );
    renameSync(`${tmp}.wav`, path);
  } catch (err) {
    throw new Error(
      `Could not make the speech fixture (needs espeak-ng and sox: apt-get install -y espeak-ng sox): ${String(err)}`,
    );
  } finally {
    rmSync(`${tmp}.raw.wav`, { force: true });
    rmSync(`${tmp}.wav`, { force: true });
  }
  return fixture;
}

/** espeak-ng per part, the parts joined with `pause` seconds of silence between them. */
function speakParts(parts: string[], o: { voice: string; wpm: number; pause: number; out: string }): void {
  if (parts.length === 1) {
    execFileSync('espeak-ng', ['-v', o.voice, '-s', String(o.wpm), '-w', o.out, parts[0] ?? ''], { stdio: 'pipe' });
    return;
  }
  const files = parts.map((part, i) => {
    const file = `${o.out}.${i}.wav`;
    execFileSync('espeak-ng', ['-v', o.voice, '-s', String(o.wpm), '-w', file, part], { stdio: 'pipe' });
    return file;
  });
  try {
    const padded = files.map((file, i) => {
      if (i === files.length - 1) return file;
      execFileSync('sox', [file, `${file}.pad.wav`, 'pad', '0', String(o.pause)], { stdio: 'pipe' });
      return `${file}.pad.wav`;
    });
    execFileSync('sox', [...padded, o.out], { stdio: 'pipe' });
  } finally {
    for (const file of files) {
      rmSync(file, { force: true });
      rmSync(`${file}.pad.wav`, { force: true });
    }
  }
}
