import { Route, Router } from '@solidjs/router';
import { lazy, onCleanup, onMount, type Component } from 'solid-js';
import { afterPaint } from '../lib/after-paint';
import { ServicesProvider, useServices, type Services } from './services';
import type { InterviewSetup } from '../lib/interview';
import { Layout } from './Layout';

// Each screen is its own chunk so the first screen ships as little JavaScript as possible.
const SetupPage = lazy(() => import('../features/setup/SetupPage'));
const InterviewPage = lazy(() => import('../features/interview/InterviewPage'));
const ReportPage = lazy(() => import('../features/report/ReportPage'));
const HistoryPage = lazy(() => import('../features/history/HistoryPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const PrepPage = lazy(() => import('../features/prep/PrepPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/**
 * The setup screen's Prepare action writes a pack with the prep feature's code, loaded on first use.
 * `onShown`: the screen has been painted (the app loads the rest only then; at mount its lazy
 * chunk's DOM may not be on the page yet).
 */
const SetupRoute: Component<{ onShown?: () => void }> = (props) => {
  const { api, store } = useServices();
  onMount(() => onCleanup(afterPaint(() => props.onShown?.())));
  const writePack = async (setup: InterviewSetup, signal: AbortSignal) => {
    const { generatePrepPack } = await import('../features/prep/generate-prep');
    return generatePrepPack({ api, store }, setup, signal);
  };
  return <SetupPage writePack={writePack} />;
};

export const App: Component<{ services: Services; onSetupShown?: () => void }> = (props) => (
  <ServicesProvider services={props.services}>
    <Router root={Layout}>
      <Route path="/" component={() => <SetupRoute onShown={props.onSetupShown} />} />
      <Route path="/interview/:id" component={InterviewPage} />
      <Route path="/report/:id" component={ReportPage} />
      <Route path="/prep/:id" component={PrepPage} />
      <Route path="/history" component={HistoryPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  </ServicesProvider>
);
