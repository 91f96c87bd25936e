// Money in Vietnamese đồng: whole numbers, dot as thousands separator.

/** "3.510.000" */
export function formatThousands(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return (
    sign +
    Math.abs(Math.round(amount))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  );
}

/** Rounds up to the next multiple of `step` (awards: the next 10.000 đ). */
export function roundUpTo(amount: number, step = 10_000): number {
  return Math.ceil(amount / step) * step;
}
