import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { closeServer, listenOnLoopback, sendJson, splitUrl } from './shared/http.ts';
import { FakeGeminiControl } from './gemini/control.ts';
import { handleControl } from './gemini/control-http.ts';
import { DEFAULT_SCRIPT, type InterviewScript } from './gemini/interview-script.ts';
import { LiveServer } from './gemini/live-server.ts';
import { handleRest, sendGoogleError } from './gemini/rest-routes.ts';
import {
  FakeGeminiState,
  type GenerateRequest,
  type GreetAt,
  INSTANT_PACE,
  type Pace,
  REALISTIC_PACE,
} from './gemini/state.ts';
import { DEFAULT_VOICE, type VoiceOptions } from './gemini/synthetic-voice.ts';
import { DEFAULT_VOICE_ACTIVITY, type VoiceActivityOptions } from './gemini/voice-activity.ts';

// A stand-in for Google's Gemini API on loopback: ephemeral tokens, generateContent and the
// Live WebSocket, speaking the wire format of docs/protocols.md so the real @google/genai SDK
// talks to it unmodified. Start it from a test, or run this file for `npm run dev:fake`.

export interface FakeGeminiOptions {
  /** The key the token server must send; anything else gets 401. */
  apiKey?: string;
  port?: number;
  script?: Partial<InterviewScript>;
  /** 'realistic' (real-time audio, think time) or 'instant'; or fine-tune any field. */
  pace?: 'realistic' | 'instant' | Partial<Pace>;
  voice?: Partial<VoiceOptions>;
  voiceActivity?: Partial<VoiceActivityOptions>;
  /** Text of generateContent replies; default: a value that fits the request's JSON schema. */
  reportText?: (req: GenerateRequest) => string;
  /** Send Live messages as binary frames, as the hosted service does (the default), or as text. */
  binaryFrames?: boolean;
  /** 'first-input' (default, as the real service) or 'setup' to greet before any input. */
  greetAt?: GreetAt;
}

export interface FakeGemini {
  /** Base URL for `httpOptions.baseUrl` / GEMINI_API_BASE_URL, without a trailing slash. */
  url: string;
  port: number;
  control: FakeGeminiControl;
  close(): Promise<void>;
}

export const FAKE_GEMINI_KEY = 'fake-gemini-key';

function resolvePace(pace: FakeGeminiOptions['pace']): Pace {
  if (pace === 'instant') return { ...INSTANT_PACE };
  if (pace === undefined || pace === 'realistic') return { ...REALISTIC_PACE };
  return { ...REALISTIC_PACE, ...pace };
}

export async function startFakeGemini(opts: FakeGeminiOptions = {}): Promise<FakeGemini> {
  const state = new FakeGeminiState(
    opts.apiKey ?? FAKE_GEMINI_KEY,
    { ...DEFAULT_SCRIPT, ...opts.script },
    resolvePace(opts.pace),
    { ...DEFAULT_VOICE, ...opts.voice },
    { ...DEFAULT_VOICE_ACTIVITY, ...opts.voiceActivity },
    opts.reportText,
  );
  state.greetAt = opts.greetAt ?? 'first-input';
  const live = new LiveServer(state, opts.binaryFrames ?? true);
  const control = new FakeGeminiControl(state, live);
  const server = createServer((req, res) => {
    const { path, query } = splitUrl(req.url);
    const handled = async (): Promise<boolean> =>
      (await handleRest(state, req, res, path, query)) || (await handleControl(control, req, res, path));
    handled().then(
      (ok) =>
        ok || sendGoogleError(res, 404, 'NOT_FOUND', `The fake Gemini API has no route ${req.method ?? ''} ${path}.`),
      (err: unknown) => sendJson(res, 500, { error: { code: 500, message: String(err), status: 'INTERNAL' } }),
    );
  });
  server.on('upgrade', (req, socket, head) => {
    if (!live.handleUpgrade(req, socket, head)) socket.destroy();
  });
  const port = await listenOnLoopback(server, opts.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    control,
    close: async () => {
      live.close();
      await closeServer(server);
    },
  };
}

/** Standalone: `tsx e2e/fakes/fake-gemini.ts [--port N] [--key K] [--instant]`; prints one JSON line when ready. */
async function main(argv: string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const fake = await startFakeGemini({
    port: Number(arg('--port') ?? 0),
    apiKey: arg('--key') ?? FAKE_GEMINI_KEY,
    pace: argv.includes('--instant') ? 'instant' : 'realistic',
  });
  console.log(JSON.stringify({ fake: 'gemini', url: fake.url }));
  const stop = (): void => void fake.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
