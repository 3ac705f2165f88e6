import { A, useParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { loadSetupForInterview } from '../../services/handoff/read-setup-handoff';
import { InterviewRoom } from './InterviewRoom';
import './interview.css';

/** Route /interview/:id — the live interview room for the setup the Setup screen handed over. */
export default function InterviewPage() {
  const params = useParams<{ id: string }>();
  const setup = createMemo(() => loadSetupForInterview(params.id));
  return (
    <Show
      when={setup()}
      keyed
      fallback={
        <section class="room-missing">
          <h1>This interview is not open in this tab</h1>
          <p>
            Interviews start from the setup screen, and an interview's settings stay in the tab it was started in.{' '}
            <A href="/">Set up a new interview</A>, or open earlier ones in your <A href="/history">history</A>.
          </p>
        </section>
      }
    >
      {(s) => <InterviewRoom interviewId={params.id} setup={s} />}
    </Show>
  );
}
