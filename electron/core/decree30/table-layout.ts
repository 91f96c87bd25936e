// Data tables (timetable, award lists, sign-in sheet): column widths measured from their content, and which
// rows may split across pages.
import { textWidthTwips } from './text-width';

export interface ColumnContent {
  header: string;
  /** Cell texts of this column (a sample is enough for long tables). */
  texts: readonly string[];
  /** Numbers, dates, STT: printed on one line, so the column is as wide as its widest value. */
  nowrap?: boolean;
  /** A floor in twips (e.g. room for a signature). */
  minTwips?: number;
}

/** Rows measured when sizing columns: evenly spread over a long table, enough for its proportions. */
const SAMPLE_ROWS = 400;

function sample<T>(items: readonly T[]): readonly T[] {
  if (items.length <= SAMPLE_ROWS) return items;
  const step = items.length / SAMPLE_ROWS;
  return Array.from({ length: SAMPLE_ROWS }, (_, i) => items[Math.floor(i * step)]!);
}

/** Largest share of the table a header may claim to stay on one line. */
const HEADER_ONE_LINE_SHARE = 0.3;
/**
 * Text columns share the room by their typical line raised to this power: straight proportions (1) would
 * equalise line counts in theory, but starve short columns, which lose most to whole-word wrapping.
 */
const SHARE_EXPONENT = 0.7;

const longestWord = (text: string, sizePt: number, bold: boolean) => Math.max(0, ...text.split(/\s+/u).map((w) => textWidthTwips(w, sizePt, bold)));

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * Column widths (twips) summing to `totalTwips`, from the printed width of what each column holds:
 * - no column is narrower than its longest word (header in bold included), so words never break;
 * - one-line columns (numbers) get exactly their widest value;
 * - the rest share what is left by their typical line (90th percentile of the cell widths, see SHARE_EXPONENT),
 *   so a column of long texts ("Thành tích") is wider than one of short names.
 * `paddingTwips` is the cell's left + right margin.
 */
export function contentColumnWidths(columns: readonly ColumnContent[], totalTwips: number, sizePt: number, paddingTwips: number): number[] {
  const measured = columns.map((c) => {
    const texts = sample(c.texts).filter((t) => t.trim());
    const widths = texts.map((t) => textWidthTwips(t, sizePt, false));
    // A header stays on one line unless it is long (then it wraps between words).
    const headerFull = textWidthTwips(c.header, sizePt, true);
    const header = c.nowrap || headerFull + paddingTwips <= totalTwips * HEADER_ONE_LINE_SHARE ? headerFull : longestWord(c.header, sizePt, true);
    const words = c.nowrap ? Math.max(0, ...widths) : Math.max(0, ...texts.map((t) => longestWord(t, sizePt, false)));
    const min = Math.max(header, words, c.minTwips ?? 0) + paddingTwips + 20;
    const natural = c.nowrap ? min : Math.max(min, percentile(widths, 0.9) + paddingTwips + 20, textWidthTwips(c.header, sizePt, true) + paddingTwips);
    return { min, natural, flexible: !c.nowrap, weight: Math.pow(natural, SHARE_EXPONENT) };
  });
  const sumNatural = measured.reduce((s, m) => s + m.natural, 0);
  let widths: number[];
  if (sumNatural <= totalTwips) {
    // Room to spare: give it to the text columns in proportion to their content.
    const flexNatural = measured.filter((m) => m.flexible).reduce((s, m) => s + m.natural, 0) || 1;
    const spare = totalTwips - sumNatural;
    widths = measured.map((m) => (m.flexible ? m.natural + (spare * m.natural) / flexNatural : m.natural));
  } else {
    // Too wide: one-line columns keep their width, text columns share the rest by content, never below a word.
    widths = measured.map((m) => m.min);
    let fixed = new Set(measured.map((m, i) => (m.flexible ? -1 : i)).filter((i) => i >= 0));
    for (let round = 0; round < columns.length; round++) {
      const remaining = totalTwips - [...fixed].reduce((s, i) => s + widths[i]!, 0);
      const free = measured.map((_, i) => i).filter((i) => !fixed.has(i));
      const weight = free.reduce((s, i) => s + measured[i]!.weight, 0) || 1;
      const below = free.filter((i) => (remaining * measured[i]!.weight) / weight < measured[i]!.min);
      if (below.length === 0) {
        for (const i of free) widths[i] = (remaining * measured[i]!.weight) / weight;
        break;
      }
      fixed = new Set([...fixed, ...below]);
    }
  }
  // Whole twips summing exactly to the total (the last column takes the rounding).
  const rounded = widths.map((w) => Math.max(1, Math.floor(w)));
  const overflow = rounded.reduce((a, b) => a + b, 0) - totalTwips;
  if (overflow > 0) {
    // Only when even the minimums do not fit: shrink the widest columns.
    let left = overflow;
    const order = rounded.map((_, i) => i).sort((a, b) => rounded[b]! - rounded[a]!);
    for (const i of order) {
      const cut = Math.min(left, Math.floor(rounded[i]! / 3));
      rounded[i]! -= cut;
      left -= cut;
      if (left <= 0) break;
    }
  }
  rounded[rounded.length - 1]! += totalTwips - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/**
 * Estimated height (twips) of a table row holding these cells: lines each cell wraps to, at single spacing.
 * Text lines split on "\n" (each a paragraph in the cell).
 */
export function estimatedRowHeightTwips(
  cells: ReadonlyArray<{ text: string; widthTwips: number }>,
  sizePt: number,
  paddingTwips: number,
  lineSpacing = 1,
): number {
  const lineHeight = sizePt * 20 * 1.15 * lineSpacing;
  let maxLines = 1;
  for (const c of cells) {
    const inner = Math.max(200, c.widthTwips - paddingTwips);
    let lines = 0;
    for (const para of c.text.split('\n')) lines += Math.max(1, Math.ceil((textWidthTwips(para, sizePt, false) * 1.08) / inner));
    maxLines = Math.max(maxLines, lines);
  }
  return Math.round(maxLines * lineHeight);
}

/**
 * Whether a row may be kept whole (w:cantSplit). A row taller than about two thirds of the usable page height must
 * be allowed to split: Word clips an unsplittable row that does not fit, and it would otherwise leave most of a
 * page empty before it.
 */
export function rowFitsOnPage(heightTwips: number, usablePageHeightTwips: number): boolean {
  return heightTwips <= usablePageHeightTwips * 0.66;
}
