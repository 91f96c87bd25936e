// Who may sign an award decision, and how (Decree 30/2020, Appendix I item 7): the options follow from the
// authority's kind and its head's title, so the form offers only these and the server refuses any other.
// Pure; used by the decision form, the service and the Word document alike.
import type { AuthorityKind } from '../domain/awards';

export type AwardSignerPrefix = 'TM.' | 'KT.' | '';

const upperVi = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "BỘ TRƯỞNG" → "Bộ trưởng": a title inside a sentence. */
export function titleCaseVi(title: string): string {
  const lower = title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  const deputy = /^(phó|thứ) (.*)$/u.exec(lower);
  return deputy ? `${cap(deputy[1]!)} ${deputy[1] === 'phó' ? cap(deputy[2]!) : deputy[2]}` : cap(lower);
}

const DEFAULT_HEAD: Record<AuthorityKind, string> = { uy_ban: 'CHỦ TỊCH', ban_chi_dao: 'TRƯỞNG BAN', thu_truong: 'THỦ TRƯỞNG' };

/** The head's title of an authority as printed ("CHỦ TỊCH", "GIÁM ĐỐC"); its kind's usual one when not given. */
export function headTitle(kind: AuthorityKind, signerPosition: string): string {
  return upperVi(signerPosition).replace(/^(PHÓ|THỨ)\s+/u, '') || DEFAULT_HEAD[kind];
}

/** The deputy who signs for the head: "CHỦ TỊCH" → "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG" → "THỨ TRƯỞNG". */
export function deputyOf(head: string): string {
  const h = upperVi(head);
  return h === 'BỘ TRƯỞNG' ? 'THỨ TRƯỞNG' : `PHÓ ${h}`;
}

const isDeputy = (position: string) => /^(PHÓ|THỨ)\s/u.test(upperVi(position));

/** The collective named after "TM.": "ỦY BAN NHÂN DÂN" (Decree 30 writes it without the place), the committee's signing name. */
export function collectiveName(kind: AuthorityKind, issuingBody: string): string {
  if (kind === 'uy_ban') return 'ỦY BAN NHÂN DÂN';
  if (kind === 'ban_chi_dao') return upperVi(issuingBody) || 'BAN CHỈ ĐẠO';
  return '';
}

export interface SigningAuthority {
  kind: AuthorityKind;
  /** The head's title ("CHỦ TỊCH"). */
  head: string;
  /** Who "TM." names (collective kinds only). */
  collective: string;
}

export interface SigningOption {
  prefix: AwardSignerPrefix;
  /** The lines above the signature, as printed. */
  lines: string[];
  /** What the form shows: the printed lines, then who signs. */
  label: string;
}

/** The signing options of an authority, the usual one first. */
export function signingOptions(a: SigningAuthority): SigningOption[] {
  const head = upperVi(a.head) || DEFAULT_HEAD[a.kind];
  const deputy = deputyOf(head);
  const option = (prefix: AwardSignerPrefix, lines: string[], who: string): SigningOption => ({ prefix, lines, label: `${lines.join(' / ')} — ${who}` });
  const direct = option('', [head], `${titleCaseVi(head)} ký`);
  const kt = option('KT.', [`KT. ${head}`, deputy], `${titleCaseVi(deputy)} ký thay ${titleCaseVi(head)}`);
  if (a.kind === 'thu_truong') return [direct, kt];
  const tm = option('TM.', [`TM. ${a.collective}`, head], `${titleCaseVi(head)} ký thay mặt tập thể`);
  return [tm, kt, direct];
}

/**
 * The signer's position when the form leaves it empty, from the usual signer (`fallback`: the committee's or the
 * authority's): a deputy for "KT.", the head when the head signs, either under "TM.".
 */
export function signerPositionFor(head: string, prefix: string, fallback: string): string {
  const usual = upperVi(fallback);
  if (prefix === 'KT.') return isDeputy(usual) ? usual : deputyOf(head);
  if (prefix === '') return usual && !isDeputy(usual) ? usual : upperVi(head);
  return usual || upperVi(head);
}

/** Why this prefix and position cannot sign for the authority, or null when they can. */
export function signingProblem(a: SigningAuthority & { name: string }, prefix: string, position: string): string | null {
  const options = signingOptions(a);
  const head = upperVi(a.head) || DEFAULT_HEAD[a.kind];
  if (!options.some((o) => o.prefix === prefix)) {
    const list = options.map((o) => `“${o.lines[0]}”`);
    return `Quyết định của ${a.name} không ký ${prefix ? `“${prefix}”` : 'trực tiếp'}: chọn ${list.slice(0, -1).join(', ')} hoặc ${list[list.length - 1]}.`;
  }
  const pos = upperVi(position);
  if (prefix === 'KT.' && pos === head) return `Với “KT. ${head}”, người ký là cấp phó (${deputyOf(head)}), không phải ${head}.`;
  if (prefix === '' && isDeputy(pos)) return `${titleCaseVi(pos)} ký quyết định của ${a.name} thì chọn “KT. ${head}”.`;
  return null;
}
