import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_GEMINI_KEY, type FakeGemini, startFakeGemini } from '../../e2e/fakes/fake-gemini.ts';
import { FAKE_TAVUS_KEY, type FakeTavus, startFakeTavus } from '../../e2e/fakes/fake-tavus.ts';
import { parseConfig } from '../../token-server/src/config.ts';
import { checkSteps } from './check-live.ts';
import { formatRows, runChecks } from './check-runner.ts';
import { spokenPcm16k } from './speech-fixture.ts';

// check:live pointed at the strict local fakes through its base URLs: the same steps a person
// runs with real keys, proving the script works end to end without a network.

let gemini: FakeGemini;
let tavus: FakeTavus;
let speech: Int16Array;

beforeAll(async () => {
  [gemini, tavus, speech] = await Promise.all([
    startFakeGemini(),
    startFakeTavus(),
    spokenPcm16k('Hello, can you hear me?'),
  ]);
});
afterAll(async () => {
  await Promise.all([gemini.close(), tavus.close()]);
});

const env = (extra: Record<string, string> = {}) => ({
  GEMINI_API_KEY: FAKE_GEMINI_KEY,
  GEMINI_API_BASE_URL: gemini.url,
  TAVUS_API_KEY: FAKE_TAVUS_KEY,
  TAVUS_API_BASE_URL: tavus.url,
  ...extra,
});
const check = (vars: Record<string, string>) => runChecks(checkSteps(parseConfig(vars), () => Promise.resolve(speech)));

describe('npm run check:live against the fakes', () => {
  it('passes every step: a spoken phrase gets audio and both transcriptions, a report, a Tavus conversation ended', async () => {
    const run = await check(env());
    expect(run.rows.map((r) => [r.name.split(' ')[0], r.verdict.kind])).toEqual([
      ['Gemini', 'pass'],
      ['Gemini', 'pass'],
      ['Tavus:', 'pass'],
    ]);
    expect(run.ok).toBe(true);
    expect(tavus.control.activeIds()).toEqual([]);
    expect(gemini.control.tokens.at(-1)?.lockedPaths).toContain('generationConfig.speechConfig');
  }, 60_000);

  it('fails the report step for a model the service no longer has', async () => {
    const run = await check(env({ GEMINI_REPORT_MODEL: 'gemini-2.5-flash', TAVUS_API_KEY: '' }));
    expect(run.rows.map((r) => r.verdict.kind)).toEqual(['pass', 'fail', 'skipped']);
    expect(run.rows[1]?.verdict).toMatchObject({ detail: expect.stringMatching(/./) as unknown });
    expect(run.ok).toBe(false);
  }, 60_000);

  it('fails the Live step when the service refuses the session', async () => {
    gemini.control.rejectNextConnections(1);
    const run = await check(env({ TAVUS_API_KEY: '' }));
    expect(run.rows.map((r) => r.verdict.kind)).toEqual(['fail', 'pass', 'skipped']);
    expect(run.ok).toBe(false);
  }, 60_000);

  it('skips what has no key, and does not pass a run that checked nothing', async () => {
    const run = await check({});
    expect(run.rows.map((r) => r.verdict)).toEqual([
      { kind: 'skipped', detail: 'no GEMINI_API_KEY' },
      { kind: 'skipped', detail: 'no GEMINI_API_KEY' },
      { kind: 'skipped', detail: 'no TAVUS_API_KEY' },
    ]);
    expect(run.ok).toBe(false);
    expect(formatRows(run.rows)).toMatch(/Tavus: create and end a conversation\s+skipped\s+no TAVUS_API_KEY/);
  });
});
