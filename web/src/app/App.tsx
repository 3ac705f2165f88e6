import { createResource, Show, type Component } from 'solid-js';

interface Health {
  ok: boolean;
  features: { live: boolean; avatar: boolean; report: boolean };
  version: string;
}

async function fetchHealth(): Promise<Health> {
  const res = await fetch('/api/health');
  if (!res.ok) throw new Error(`Server answered ${res.status}`);
  return (await res.json()) as Health;
}

export const App: Component = () => {
  const [health] = createResource(fetchHealth);
  return (
    <main class="page">
      <h1>Mockingbird</h1>
      <p>Practise a spoken interview on any topic. Everything stays in your browser.</p>
      <section aria-labelledby="server-status">
        <h2 id="server-status">Server status</h2>
        <Show when={!health.loading} fallback={<p role="status">Checking the server…</p>}>
          <Show
            when={health()}
            fallback={<p role="alert">The server could not be reached. Start it with npm start.</p>}
          >
            {(h) => (
              <ul role="status" aria-label="Server features">
                <li>Live interviews: {h().features.live ? 'available' : 'not configured'}</li>
                <li>Avatar: {h().features.avatar ? 'available' : 'not configured'}</li>
                <li>Written report: {h().features.report ? 'available' : 'not configured'}</li>
              </ul>
            )}
          </Show>
        </Show>
      </section>
    </main>
  );
};
