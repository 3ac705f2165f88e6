import { A, useParams } from '@solidjs/router';
import { createMemo, Match, Show, Switch } from 'solid-js';
import { useServices } from '../../app/services';
import { loadSetupForInterview } from '../../services/handoff/read-setup-handoff';
import { createRoomAudio } from './create-room-audio';
import { InterviewRoom } from './InterviewRoom';
import './interview.css';

/** Route /interview/:id — the live interview room for the setup the Setup screen handed over. */
export default function InterviewPage() {
  const params = useParams<{ id: string }>();
  const setup = createMemo(() => loadSetupForInterview(params.id));
  const audio = createRoomAudio(useServices().loadRoomAudio);
  const readyAudio = () => {
    const status = audio();
    return status.kind === 'ready' ? status.audio : undefined;
  };
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
      {(s) => (
        <Switch>
          <Match when={audio().kind === 'failed'}>
            <section class="room-missing" role="alert">
              <h1>The interview room could not load</h1>
              <p>
                Part of the app did not arrive, perhaps because the connection dropped. Check your connection, then
                reload this page: your setup is kept in this tab.
              </p>
            </section>
          </Match>
          <Match when={readyAudio()}>{(a) => <InterviewRoom interviewId={params.id} setup={s} audio={a()} />}</Match>
        </Switch>
      )}
    </Show>
  );
}
