// The microphone's way out in the Live worker: the capture worklet posts its frames on a port
// straight to this thread, and they go to the session while the page keeps the gate open (live,
// unmuted). When the room marks the candidate's turns itself, the frames are held back outside
// an answer instead (answer-audio.ts) and the page only says when an answer opens and closes:
// activityStart, the held pre-roll and then the live frames go out here, in this thread's order.

import { createAnswerAudio, type AnswerAudio } from '../answer-audio';
import { frameEndMs, isCaptureFrame } from '../../audio/capture-consumer-messages';
import type { LiveClient } from '../types';

type Sender = Pick<LiveClient, 'sendAudio' | 'sendActivityStart' | 'sendActivityEnd'>;

export interface WorkerMic {
  /** The capture worklet's port for this capture run; a later run's replaces it. */
  usePort(port: MessagePort): void;
  setOpen(open: boolean): void;
  /** From now on frames are held outside an answer (the room's own turn-taking). */
  holdAnswers(): void;
  /** The answer opened at `streamMs` (the capture stream's clock): activityStart, then its pre-roll. */
  openAnswer(streamMs: number): void;
  /** The answer is over: activityEnd, and frames are held again. */
  closeAnswer(): void;
  /** Whether the candidate's answer is open now (reply audio then is the cut reply's tail). */
  answerOpen(): boolean;
  close(): void;
}

export function createWorkerMic(client: () => Sender | undefined): WorkerMic {
  let port: MessagePort | undefined;
  let open = false;
  let answers: AnswerAudio | undefined;
  /** The capture stream's clock goes on across capture runs, as the detector's does. */
  let offsetMs = 0;
  let lastEndMs = 0;

  function onFrame(data: unknown) {
    if (!isCaptureFrame(data)) return;
    lastEndMs = offsetMs + frameEndMs(data);
    if (!open) return;
    if (answers) answers.push(data.pcm, lastEndMs);
    else client()?.sendAudio(data.pcm);
  }

  return {
    usePort(next) {
      port?.close();
      port = next;
      offsetMs = lastEndMs;
      next.onmessage = (event: MessageEvent<unknown>) => onFrame(event.data);
    },
    setOpen: (next) => void (open = next),
    holdAnswers() {
      answers ??= createAnswerAudio((pcm) => client()?.sendAudio(pcm));
    },
    openAnswer(streamMs) {
      if (!answers || answers.isOpen()) return;
      const preRoll = answers.open(streamMs);
      const live = client();
      live?.sendActivityStart();
      preRoll.forEach((pcm) => live?.sendAudio(pcm));
    },
    closeAnswer() {
      if (!answers?.isOpen()) return;
      answers.close();
      client()?.sendActivityEnd();
    },
    answerOpen: () => answers?.isOpen() ?? false,
    close() {
      port?.close();
      port = undefined;
      answers?.close();
    },
  };
}
