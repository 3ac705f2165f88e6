// Placeholder until this screen's issue lands.
export default function SettingsPage() {
  return (
    <section>
      <h1>Settings</h1>
      <p>This screen is not built yet.</p>
    </section>
  );
}
