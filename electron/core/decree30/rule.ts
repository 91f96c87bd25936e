// Short solid lines under header texts and the summary. Drawn as the top border of a tiny empty paragraph
// whose indents leave exactly the wanted length: both Word and LibreOffice render paragraph borders the same
// way, whereas drawing shapes are anchored differently by each and move when the text reflows.
import { BorderStyle, Paragraph } from 'docx';
import { textRun } from './runs';

export interface RuleOptions {
  /** Length of the line in twips. */
  lengthTwips: number;
  /** Width of the container the line is centred in (cell or text width), in twips. */
  containerTwips: number;
  /** Gap above the line in points (the line sits just under the previous text). */
  gapBeforePt?: number;
  /** Gap below the line in points. */
  gapAfterPt?: number;
}

/** A centred horizontal line, 0.5 pt solid black. */
export function horizontalRule(options: RuleOptions): Paragraph {
  const length = Math.max(0, Math.min(options.lengthTwips, options.containerTwips));
  const side = Math.max(0, Math.floor((options.containerTwips - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: {
      before: Math.round((options.gapBeforePt ?? 3) * 20),
      after: Math.round((options.gapAfterPt ?? 0) * 20),
      // A 2 pt line box keeps the rule tight under the text.
      line: 40,
      lineRule: 'exact',
    },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [textRun('', { sizePt: 2 })],
  });
}
