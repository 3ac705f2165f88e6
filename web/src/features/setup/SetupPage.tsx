// Placeholder until this screen's issue lands.
export default function SetupPage() {
  return (
    <section>
      <h1>New interview</h1>
      <p>This screen is not built yet.</p>
    </section>
  );
}
