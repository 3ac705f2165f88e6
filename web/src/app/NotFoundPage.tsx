import { A } from '@solidjs/router';

export default function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <A href="/">Start a new interview</A> or open your{' '}
        <A href="/history">history</A>.
      </p>
    </section>
  );
}
