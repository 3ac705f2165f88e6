// Placeholder until this screen's issue lands.
export default function HistoryPage() {
  return (
    <section>
      <h1>History</h1>
      <p>This screen is not built yet.</p>
    </section>
  );
}
