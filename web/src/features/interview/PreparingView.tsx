import { useNavigate } from '@solidjs/router';
import { For, type Component } from 'solid-js';
import { WaitClock } from '../../ui/WaitClock';
import type { PrepStep } from './session-types';

const STEPS: { step: PrepStep; label: string }[] = [
  { step: 'microphone', label: 'Microphone' },
  { step: 'token', label: 'Permission to start' },
  { step: 'connecting', label: 'Connecting to the interviewer' },
  { step: 'avatar', label: 'Connecting the video interviewer' },
];

/** The steps of this preparation: the video interviewer only when the candidate chose it. */
export const PreparingView: Component<{ step: PrepStep; topic: string; avatar: boolean }> = (props) => {
  const steps = () => STEPS.filter((s) => props.avatar || s.step !== 'avatar');
  const index = () => steps().findIndex((s) => s.step === props.step);
  const navigate = useNavigate();
  return (
    <>
      <div class="preparing" role="status" aria-live="polite">
        <h2>Getting your interview ready</h2>
        <p class="topic">{props.topic}</p>
        <ol class="prep-steps">
          <For each={steps()}>
            {(s, i) => (
              <li
                data-state={i() < index() ? 'done' : i() === index() ? 'active' : 'waiting'}
                aria-current={i() === index() ? 'step' : undefined}
              >
                {s.label}
                <span class="visually-hidden">
                  {i() < index() ? ' (done)' : i() === index() ? ' (in progress)' : ''}
                </span>
              </li>
            )}
          </For>
        </ol>
      </div>
      {/* Leaving the room closes whatever was being opened; nothing is kept from a start that never connected. */}
      <p class="preparing-wait">
        <WaitClock active={true} cancelLabel="Cancel and go back to setup" onCancel={() => navigate('/')} />
      </p>
    </>
  );
};
