/** The <option>s of a code list from shared/domain ({ code, label }), for any <select> of it. */
export function CodeOptions({ codes }: { codes: ReadonlyArray<{ code: string; label: string }> }) {
  return (
    <>
      {codes.map((c) => (
        <option key={c.code} value={c.code}>
          {c.label}
        </option>
      ))}
    </>
  );
}
