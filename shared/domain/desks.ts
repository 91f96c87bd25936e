// Conference day on the LAN: desks (reception check-in desks, hall screens), what they see, and the
// opaque invitation codes printed on the giấy mời. Pure TypeScript: runs in the page and in Node.

export const DESK_ROLES = [
  { code: 'checkin', label: 'Bàn điểm danh' },
  { code: 'display', label: 'Màn hình hội trường' },
] as const;
export type DeskRole = (typeof DESK_ROLES)[number]['code'];
export const DESK_ROLE_CODES = DESK_ROLES.map((r) => r.code) as [DeskRole, ...DeskRole[]];
export const deskRoleLabel = (code: string): string => DESK_ROLES.find((r) => r.code === code)?.label ?? code;

export interface Desk {
  id: number;
  conferenceId: number;
  role: DeskRole;
  label: string;
  createdAt: string;
  /** "" while the desk may still be used. */
  revokedAt: string;
  /** Last accepted call, "" when never used. */
  lastSeenAt: string;
}

/** What desk:create hands back once: the token is never shown again (only its hash is kept). */
export interface DeskCreated {
  id: number;
  token: string;
  /** Address that opens the desk's page and carries the token; "" when the app is not served to the network. */
  url: string;
}

/** How the app is reachable from other machines right now. */
export interface LanStatus {
  /** True when served to the hall's network (npm run serve -- --lan, or the menu item). */
  lan: boolean;
  /** Every base address a desk can open, best first ("https://192.168.1.10:8443"). */
  addresses: string[];
  /** SHA-256 fingerprint of the HTTPS certificate ("AB:CD:…"), null without HTTPS. */
  fingerprint: string | null;
}

/** What a check-in desk shows besides the search: the conference, its programme and the seats. */
export interface DeskContext {
  conference: { id: number; title: string; venue: string; startsAt: string };
  programme: Array<{ time: string; title: string; who: string }>;
  /** Seat label per invitation id ("Đoàn chủ tịch, ghế 3", "Hàng 2, ghế 5"). */
  seats: Record<string, string>;
}

/** The hall screen: what is on now, the countdown and the count present. */
export interface HallView {
  conferenceId: number;
  title: string;
  venue: string;
  /** "Đang diễn ra", "Chưa bắt đầu", "Đã hết chương trình". */
  phase: 'before' | 'running' | 'finished';
  currentLabel: string;
  currentWho: string;
  nextLabel: string;
  allottedMin: number;
  /** ISO, "" when no item is running. */
  startedAt: string;
  serverNow: string;
  present: number;
  invited: number;
}

/** A change that happened on the server, as the events stream announces it. */
export interface ChangeEvent {
  /** The operation that made it ("checkin:mark"). */
  op: string;
  /** The conference it concerns, null when unknown (then only the secretary hears of it). */
  conferenceId: number | null;
  /** The changed row when the operation names one (the invitation of a check-in), else null. */
  id: number | null;
  at: string;
}

// ---- Invitation codes --------------------------------------------------------------------------
// Twelve digits: eleven random and a Luhn check digit. Digits only, because a keyboard-wedge scanner
// "types" the code and a Vietnamese input method (Telex, VNI) would turn letters such as "aa", "dd" or
// "s" into diacritics; digits alone are left as they are.

export const INVITATION_CODE_LENGTH = 12;
/** Printed on the pairing page: scanning it at a desk tests the scanner without checking anyone in. */
export const TEST_SCAN_CODE = '000000000000';

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** The code in a scanned or typed text ("4821 9930 1175", "482199301175\n"), or null. */
export function parseInvitationCode(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== INVITATION_CODE_LENGTH) return null;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1)) ? digits : null;
}

/** "482199301175" → "4821 9930 1175" (how it is printed under the barcode). */
export const formatInvitationCode = (code: string): string => code.replace(/(\d{4})(?=\d)/g, '$1 ');
