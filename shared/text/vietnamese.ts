// Vietnamese text rules shared by every layer: normalisation, search folding, sorting.
// Pure TypeScript: no Node or Electron imports (shared/ runs in the renderer too).

/** Icelandic eth (Ð/ð) looks like Vietnamese Đ/đ and arrives from some keyboards and files. */
const ETH_TO_DYET: Record<string, string> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; lone surrogates.
// They cannot be written into XML (DOCX) and are never meaningful in our data.
// Also the bidirectional controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
// U+200E/U+200F/U+061C marks): they make a name display in a different order than it is stored.
// In Unicode mode a surrogate range matches only lone surrogates (a pair is one code point), and
// [^\P{Cc}\t\n\r] is "a control character other than tab, line feed and carriage return".
const CONTROL_CHARS = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uD800-\uDFFF]/gu;

/** Canonical stored form of any text: NFC, Đ not Ð, no control characters. Does not trim. */
export function normalizeText(value: string): string {
  return value
    .replace(CONTROL_CHARS, '')
    .normalize('NFC')
    .replace(/[\u00D0\u00F0]/g, (c) => ETH_TO_DYET[c] ?? c);
}

/** Collapses runs of spaces and trims: for names and titles typed or pasted by people. */
export function tidySpaces(value: string): string {
  return value.replace(/[ \t\u00A0]+/g, ' ').trim();
}

/**
 * Search key: lower case, no tone marks or diacritics, đ → d, spaces collapsed.
 * "Nguyễn Bá Thảo" → "nguyen ba thao"; "Đ" → "d". FTS5's remove_diacritics does not fold đ.
 */
export function foldForSearch(value: string): string {
  return normalizeText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export const vietnameseCollator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Sorts text as Vietnamese readers expect ("Tổ 2" before "Tổ 10", "Đ" after "D"). */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}

/**
 * Orders full names the Vietnamese way: by given name (last word), then middle names, then family name,
 * so "Trần Văn An" < "Nguyễn Thị Bình" < "Lê Văn Bình".
 */
export function comparePersonNames(a: string, b: string): number {
  const ka = personNameKey(a);
  const kb = personNameKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const c = compareVietnamese(ka[i] ?? '', kb[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/** [given, middle…, family]: the order in which Vietnamese name lists are sorted. */
function personNameKey(fullName: string): string[] {
  const words = tidySpaces(fullName).split(' ');
  if (words.length <= 1) return words;
  const family = words[0] ?? '';
  const given = words[words.length - 1] ?? '';
  return [given, words.slice(1, -1).join(' '), family];
}

/** ASCII-only slug for file names: "Hội nghị tổng kết 2024" → "Hoi-nghi-tong-ket-2024". */
export function fileNameSlug(value: string, maxLength = 80): string {
  const ascii = normalizeText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, maxLength).replace(/-+$/g, '') || 'Van-ban';
}
