// WordprocessingML written as text and placed in a docx document: for the long data tables (a 2,000-row award
// list), which docx's object model takes ten times the zipping time to build and serialise. docx writes a slot
// element where the XML goes; packDocx puts the XML there. Only packDocx may pack a document holding one.
import { FileChild, type IContext, type IXmlableObject } from 'docx';

/** The slots written in a document and their XML, by the document (the docx File) being formatted. */
const written = new WeakMap<object, Map<string, string>>();
let lastSlot = 0;

/** Body-level XML (a w:tbl, w:p …) that packDocx splices in verbatim. */
export class RawXml extends FileChild {
  readonly slot: string;
  constructor(readonly xml: string) {
    const slot = `thuky-raw-xml-${++lastSlot}`;
    super(slot);
    this.slot = slot;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    let slots = written.get(context.file);
    if (!slots) written.set(context.file, (slots = new Map()));
    slots.set(`<${this.slot}/>`, this.xml);
    return super.prepForXml(context);
  }
}

/** The slots docx wrote while formatting `file`, each with its XML (empty when there are none). */
export function rawXmlSlots(file: object): ReadonlyMap<string, string> {
  return written.get(file) ?? new Map();
}

/** `documentXml` with each slot replaced by its XML; every slot must be there exactly once. */
export function spliceRawXml(documentXml: string, slots: ReadonlyMap<string, string>): string {
  if (slots.size === 0) return documentXml;
  const pattern = /<thuky-raw-xml-\d+\/>/g;
  const seen = new Set<string>();
  const result = documentXml.replace(pattern, (slot) => {
    const xml = slots.get(slot);
    if (xml === undefined || seen.has(slot)) throw new Error(`Unknown or repeated raw XML slot ${slot}`);
    seen.add(slot);
    return xml;
  });
  if (seen.size !== slots.size) throw new Error('A raw XML slot is missing from word/document.xml');
  return result;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/**
 * Text as XML character data, escaped as docx escapes it (quotes included); control characters XML 1.0 cannot
 * hold are dropped, tab and line ends kept.
 */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}
