import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, type Component } from 'solid-js';
import { useServices } from '../../app/services';
import type { PrepPack } from '../../services/storage/prep-pack';
import type { PrepPackRecord } from '../../services/storage/types';
import { StrengthsAndGaps, QuestionsToAsk, SharpenNotice } from './AdviceSections';
import { AnswerMaterial } from './AnswerMaterial';
import { createPrepPage } from './create-prep-page';
import { PackLinks } from '../../ui/PackLinks';
import { PrepActions } from './PrepActions';
import { PrepHeader } from './PrepHeader';
import { QuestionsSection } from './QuestionsSection';
import { errorOf, readyOf } from '../../ui/stored-load';
import '../../ui/page-kit.css';
import '../../ui/printable.css';
import './prep.css';

/** Route /prep/:id: one preparation pack from this device, to read, print, download and practise. */
export default function PrepPage() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <PrepForId id={id} />}
    </Show>
  );
}

const PrepForId: Component<{ id: string }> = (props) => {
  const services = useServices();
  const state = createPrepPage(props.id, services.store);
  const ready = () => readyOf(state.data());
  const failed = () => errorOf(state.data());
  return (
    <article class="prep kit printable">
      <Switch>
        <Match when={state.data().status === 'loading'}>
          <p role="status">Opening the preparation pack…</p>
        </Match>
        <Match when={state.data().status === 'missing' || state.data().status === 'unreadable'}>
          <h1>
            {state.data().status === 'missing' ? 'Preparation pack not found' : 'This preparation pack cannot be shown'}
          </h1>
          <p>
            {state.data().status === 'missing'
              ? 'There is no preparation pack with this address on this device. It may have been deleted, or made in another browser.'
              : 'It was saved in a form this version of Mockingbird does not understand.'}{' '}
            <A href="/">Make a new one</A> from the setup screen with <strong>Prepare</strong>.
          </p>
        </Match>
        <Match when={failed()}>
          {(data) => (
            <>
              <h1>The preparation pack could not be opened</h1>
              <p role="alert">{data().message}</p>
            </>
          )}
        </Match>
        <Match when={ready()}>{(data) => <LoadedPack record={data().record} pack={data().pack} />}</Match>
      </Switch>
      <PackLinks links={state.others()} title="Your other preparation packs" headingId="prep-others-title" />
    </article>
  );
};

const LoadedPack: Component<{ record: PrepPackRecord; pack: PrepPack }> = (props) => {
  const services = useServices();
  return (
    <>
      <PrepHeader pack={props.pack} createdAt={props.record.createdAt} />
      <Show when={services.storageNotice}>
        <p class="storage-notice no-print">{services.storageNotice}</p>
      </Show>
      <PrepActions record={props.record} pack={props.pack} store={services.store} />
      <SharpenNotice advice={props.pack.content.sharpenWith} />
      <QuestionsSection content={props.pack.content} />
      <AnswerMaterial content={props.pack.content} />
      <StrengthsAndGaps content={props.pack.content} />
      <QuestionsToAsk questions={props.pack.content.questionsToAsk} />
    </>
  );
};
