// Placeholder until this screen's issue lands.
export default function ReportPage() {
  return (
    <section>
      <h1>Interview report</h1>
      <p>This screen is not built yet.</p>
    </section>
  );
}
