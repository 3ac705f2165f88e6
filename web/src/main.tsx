import { render } from 'solid-js/web';
import { App } from './app/App';
import type { Services } from './app/services';
import { createHttpApiClient } from './services/api/http-api-client';
import './app/global.css';

// The only place that chooses concrete services; features receive them through context.
function buildServices(): Services {
  return {
    api: createHttpApiClient({
      baseUrl: '',
      sendBeacon: (url, body) => navigator.sendBeacon(url, body),
    }),
  };
}

const root = document.getElementById('root');
if (!root) throw new Error('Mockingbird: #root element missing from index.html');
render(() => <App services={buildServices()} />, root);
