import { A, type RouteSectionProps } from '@solidjs/router';
import type { Component } from 'solid-js';

export const Layout: Component<RouteSectionProps> = (props) => (
  <>
    <a class="skip-link" href="#main">
      Skip to content
    </a>
    <header class="site-header">
      <A href="/" class="brand" end>
        <img src="/favicon.svg" alt="" width="28" height="28" />
        Mockingbird
      </A>
      <nav aria-label="Main">
        <A href="/" end>
          New interview
        </A>
        <A href="/history">History</A>
        <A href="/settings">Settings</A>
      </nav>
    </header>
    <main id="main" class="page" tabindex="-1">
      {props.children}
    </main>
  </>
);
