// Placeholder until this screen's issue lands.
export default function InterviewPage() {
  return (
    <section>
      <h1>Interview room</h1>
      <p>This screen is not built yet.</p>
    </section>
  );
}
