// A structural check of WordprocessingML parts: the children of the property elements Word is strict about
// (w:pPr, w:rPr, w:tblPr, w:tcPr, w:sectPr) must come in the order of their xsd:sequence in the ECMA-376
// transitional schema (wml.xsd), and the containers (w:p, w:tbl, w:tr, w:tc) must start with their properties.
// Word refuses or "repairs" a file whose property children are out of order; LibreOffice does not mind, so
// rendering alone does not catch it.
//
// The full schema validation is tests/integration/ooxml-schema.test.ts (the Open XML SDK validator, an npm
// devDependency with its own binary); this check is the quick one every document test can afford.
// The sequences below are copied from the schema's complex types, with the element names in schema order.

const SEQUENCES: Record<string, readonly string[]> = {
  // CT_PPrBase, then CT_PPr's own rPr, sectPr, pPrChange.
  'w:pPr': [
    'w:pStyle',
    'w:keepNext',
    'w:keepLines',
    'w:pageBreakBefore',
    'w:framePr',
    'w:widowControl',
    'w:numPr',
    'w:suppressLineNumbers',
    'w:pBdr',
    'w:shd',
    'w:tabs',
    'w:suppressAutoHyphens',
    'w:kinsoku',
    'w:wordWrap',
    'w:overflowPunct',
    'w:topLinePunct',
    'w:autoSpaceDE',
    'w:autoSpaceDN',
    'w:bidi',
    'w:adjustRightInd',
    'w:snapToGrid',
    'w:spacing',
    'w:ind',
    'w:contextualSpacing',
    'w:mirrorIndents',
    'w:suppressOverlap',
    'w:jc',
    'w:textDirection',
    'w:textAlignment',
    'w:textboxTightWrap',
    'w:outlineLvl',
    'w:divId',
    'w:cnfStyle',
    'w:rPr',
    'w:sectPr',
    'w:pPrChange',
  ],
  // EG_RPrBase in the order Word writes it (the strict schema's sequence), then rPrChange.
  'w:rPr': [
    'w:rStyle',
    'w:rFonts',
    'w:b',
    'w:bCs',
    'w:i',
    'w:iCs',
    'w:caps',
    'w:smallCaps',
    'w:strike',
    'w:dstrike',
    'w:outline',
    'w:shadow',
    'w:emboss',
    'w:imprint',
    'w:noProof',
    'w:snapToGrid',
    'w:vanish',
    'w:webHidden',
    'w:color',
    'w:spacing',
    'w:w',
    'w:kern',
    'w:position',
    'w:sz',
    'w:szCs',
    'w:highlight',
    'w:u',
    'w:effect',
    'w:bdr',
    'w:shd',
    'w:fitText',
    'w:vertAlign',
    'w:rtl',
    'w:cs',
    'w:em',
    'w:lang',
    'w:eastAsianLayout',
    'w:specVanish',
    'w:oMath',
    'w:ins',
    'w:del',
    'w:moveFrom',
    'w:moveTo',
    'w:rPrChange',
  ],
  // CT_TblPrBase, then tblPrChange.
  'w:tblPr': [
    'w:tblStyle',
    'w:tblpPr',
    'w:tblOverlap',
    'w:bidiVisual',
    'w:tblStyleRowBandSize',
    'w:tblStyleColBandSize',
    'w:tblW',
    'w:jc',
    'w:tblCellSpacing',
    'w:tblInd',
    'w:tblBorders',
    'w:shd',
    'w:tblLayout',
    'w:tblCellMar',
    'w:tblLook',
    'w:tblCaption',
    'w:tblDescription',
    'w:tblPrChange',
  ],
  // CT_TcPrBase + CT_TcPrInner, then tcPrChange.
  'w:tcPr': [
    'w:cnfStyle',
    'w:tcW',
    'w:gridSpan',
    'w:hMerge',
    'w:vMerge',
    'w:tcBorders',
    'w:shd',
    'w:noWrap',
    'w:tcMar',
    'w:textDirection',
    'w:tcFitText',
    'w:vAlign',
    'w:hideMark',
    'w:headers',
    'w:cellIns',
    'w:cellDel',
    'w:cellMerge',
    'w:tcPrChange',
  ],
  // EG_HdrFtrReferences (any order among themselves), then EG_SectPrContents, then sectPrChange.
  'w:sectPr': [
    'w:headerReference|w:footerReference',
    'w:footnotePr',
    'w:endnotePr',
    'w:type',
    'w:pgSz',
    'w:pgMar',
    'w:paperSrc',
    'w:pgBorders',
    'w:lnNumType',
    'w:pgNumType',
    'w:cols',
    'w:formProt',
    'w:vAlign',
    'w:noEndnote',
    'w:titlePg',
    'w:textDirection',
    'w:bidi',
    'w:rtlGutter',
    'w:docGrid',
    'w:printerSettings',
    'w:sectPrChange',
  ],
  // CT_TcBorders / CT_TblBorders / CT_PBdr, CT_TblCellMar / CT_TcMar.
  'w:tblBorders': ['w:top', 'w:left|w:start', 'w:bottom', 'w:right|w:end', 'w:insideH', 'w:insideV'],
  'w:tcBorders': ['w:top', 'w:left|w:start', 'w:bottom', 'w:right|w:end', 'w:insideH', 'w:insideV', 'w:tl2br', 'w:tr2bl'],
  'w:pBdr': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:between', 'w:bar'],
  'w:tblCellMar': ['w:top', 'w:left|w:start', 'w:bottom', 'w:right|w:end'],
  'w:tcMar': ['w:top', 'w:left|w:start', 'w:bottom', 'w:right|w:end'],
};

/** Containers whose properties element, when present, must be their first child. */
const FIRST_CHILD: Record<string, string> = { 'w:p': 'w:pPr', 'w:r': 'w:rPr', 'w:tbl': 'w:tblPr', 'w:tc': 'w:tcPr' };
/** w:tr: w:tblPrEx then w:trPr before the cells. */
const ROW_HEAD = ['w:tblPrEx', 'w:trPr'];

export interface OrderProblem {
  part: string;
  element: string;
  message: string;
}

function rankIn(sequence: readonly string[], name: string): number {
  return sequence.findIndex((entry) => entry.split('|').includes(name));
}

/** Checks one XML part; returns the problems found (empty when the order is right). */
export function checkElementOrder(xml: string, part = 'part'): OrderProblem[] {
  const problems: OrderProblem[] = [];
  const stack: Array<{ name: string; children: string[] }> = [];
  const tag =
    /<(\/?)([A-Za-z_][\w.-]*:[\w.-]+|[A-Za-z_][\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  const close = (node: { name: string; children: string[] }) => {
    const sequence = SEQUENCES[node.name];
    if (sequence) {
      let last = -1;
      for (const child of node.children) {
        const rank = rankIn(sequence, child);
        if (rank < 0) problems.push({ part, element: node.name, message: `${child} is not a child of ${node.name}` });
        else if (rank < last)
          problems.push({ part, element: node.name, message: `${child} comes after ${sequence[last]} in ${node.name} (order: ${node.children.join(', ')})` });
        else last = rank;
      }
    }
    const first = FIRST_CHILD[node.name];
    if (first) {
      const at = node.children.indexOf(first);
      if (at > 0) problems.push({ part, element: node.name, message: `${first} must be the first child of ${node.name} (order: ${node.children.join(', ')})` });
    }
    if (node.name === 'w:tr') {
      const cells = node.children.findIndex((c) => !ROW_HEAD.includes(c));
      const heads = node.children.map((c, i) => ({ c, i })).filter((x) => ROW_HEAD.includes(x.c));
      for (const h of heads) if (cells >= 0 && h.i > cells) problems.push({ part, element: 'w:tr', message: `${h.c} after the cells of w:tr` });
      const ranks = heads.map((h) => ROW_HEAD.indexOf(h.c));
      if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) problems.push({ part, element: 'w:tr', message: 'w:trPr before w:tblPrEx' });
    }
  };
  for (const m of xml.matchAll(tag)) {
    const name = m[2];
    if (!name) continue; // comment, CDATA, processing instruction
    if (m[1] === '/') {
      const node = stack.pop();
      if (!node || node.name !== name) {
        problems.push({ part, element: name, message: `unbalanced </${name}>` });
        return problems;
      }
      close(node);
      continue;
    }
    stack[stack.length - 1]?.children.push(name);
    if (m[4] === '/') close({ name, children: [] });
    else stack.push({ name, children: [] });
  }
  if (stack.length) problems.push({ part, element: stack[stack.length - 1]!.name, message: 'unclosed element' });
  return problems;
}
