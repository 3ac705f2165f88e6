import { A } from '@solidjs/router';
import { Match, Show, Switch, type Component } from 'solid-js';
import type { FeatureStatus } from '../../services/api/feature-status';
import './service-notice.css';
import { featureOffSentence, ownerFixSentence } from '../../ui/feature-notices';
import { SERVICE_NOTICE_ID, type ServerCheck } from './create-server-check';

const offReason = (status: FeatureStatus): string | undefined => (status.ok ? undefined : status.reason);

/**
 * The top of the setup screen when the server cannot run an interview: what is off, and both
 * ways to switch it on (the server's owner sets a key; anyone can use their own key here).
 */
export const ServiceNotice: Component<{ check: ServerCheck }> = (props) => {
  const features = () => (props.check.kind === 'known' ? props.check.features : undefined);
  const liveReason = () => {
    const f = features();
    return f ? offReason(f.live) : undefined;
  };
  return (
    <Switch>
      <Match when={liveReason()}>
        {(reason) => (
          <section class="service-notice tone-blocked" id={SERVICE_NOTICE_ID} aria-labelledby="service-notice-title">
            <h2 id="service-notice-title">{featureOffSentence('live', reason())}</h2>
            <p>You can fill in the form meanwhile. To start an interview, either:</p>
            <ul>
              <li>
                <strong>If you run this server:</strong> {ownerFixSentence('live', reason())}
              </li>
              <li>
                <strong>Or use your own Gemini API key</strong>, kept only in this browser:{' '}
                <A href="/settings?back=setup#gemini-key">add your key in Settings</A>. You come back here once it is
                saved.
              </li>
            </ul>
          </section>
        )}
      </Match>
      <Match when={props.check.kind === 'unreachable'}>
        <section class="service-notice" id={SERVICE_NOTICE_ID} aria-labelledby="service-notice-title">
          <h2 id="service-notice-title">The Mockingbird server did not answer</h2>
          <p>{props.check.kind === 'unreachable' ? props.check.message : ''}</p>
        </section>
      </Match>
    </Switch>
  );
};

/** A line under the form when the server will not write the report: the interview itself works. */
export const ReportOffNote: Component<{ check: ServerCheck }> = (props) => {
  const reason = () =>
    props.check.kind === 'known' && props.check.features.live.ok ? offReason(props.check.features.report) : undefined;
  return (
    <Show when={reason()}>
      {(r) => (
        <p class="service-note">
          {featureOffSentence('report', r())} You will still get your transcript and speaking statistics.
        </p>
      )}
    </Show>
  );
};
