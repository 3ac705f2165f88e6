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
  const key = createHash('sha256').update(JSON.stringify([text, voice, wpm, before, after])).digest('hex').slice(0, 16);
  const path = join(SPEECH_DIR, `${key}.wav`);
  const fixture = { path, text, padBeforeSeconds: before, padAfterSeconds: after };
  if (existsSync(path)) return fixture;
  mkdirSync(SPEECH_DIR, { recursive: true });
  // Unique temporary names, then an atomic rename: parallel workers may make the same file.
  const tmp = `${path}.${process.pid}.${Date.now()}`;
  try {
    execFileSync('espeak-ng', ['-v', voice, '-s', String(wpm), '-w', `${tmp}.raw.wav`, text], { stdio: 'pipe' });
    execFileSync('sox', [`${tmp}.raw.wav`, '-r', '48000', '-c', '1', '-b', '16', `${tmp}.wav`, 'pad', String(before), String(after)], { stdio: 'pipe' });
    renameSync(`${tmp}.wav`, path);
  } catch (err) {
    throw new Error(`Could not make the speech fixture (needs espeak-ng and sox: apt-get install -y espeak-ng sox): ${String(err)}`);
  } finally {
    rmSync(`${tmp}.raw.wav`, { force: true });
    rmSync(`${tmp}.wav`, { force: true });
  }
  return fixture;
}
