export function ComingSoon({ title, text }: { title: string; text: string }) {
  return (
    <section aria-labelledby="coming-title">
      <h1 id="coming-title">{title}</h1>
      <div className="panel">
        <p>
          <strong>Sắp có.</strong> {text}
        </p>
      </div>
    </section>
  );
}
