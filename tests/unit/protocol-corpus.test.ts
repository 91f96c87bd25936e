// The protocol corpus (tests/fixtures/protocol): realistic conferences whose introduction order and MC
// lines were written out by hand from DOMAIN.md; the real rules must reproduce them. Then property tests
// on seeded random delegate lists, and checks on every produced line.
import { describe, expect, it } from 'vitest';
import type { AgencyBloc, AgencyLevel } from '../../shared/domain/people';
import { levelPrecedence } from '../../shared/domain/people';
import { suggestAgencyLevel } from '../../shared/rules/agency-level';
import { buildMcScript, inviteLine, type McScriptData } from '../../shared/rules/mc-script';
import { buildIntroduction, computeProtocolOrder, type ProtocolDelegate } from '../../shared/rules/protocol';
import { presidiumSeatOrder } from '../../shared/rules/seating';
import { PROTOCOL_CORPUS } from '../fixtures/protocol';
import type { CorpusCase, CorpusDelegate } from '../fixtures/protocol/types';
import { mulberry32 } from '../bench/generate';

const toProtocol = (d: CorpusDelegate): ProtocolDelegate => ({ ...d, isGuest: !!d.isGuest });

function ordered(c: CorpusCase): CorpusDelegate[] {
  const byId = new Map(c.delegates.map((d) => [d.id, d]));
  return computeProtocolOrder(c.delegates.map(toProtocol)).map((id) => byId.get(id)!);
}

function introduction(c: CorpusCase): string[] {
  return buildIntroduction(
    ordered(c).map((d) => ({ ...d, isGuest: !!d.isGuest })),
    { conferenceKind: c.kind, conferenceLevel: c.level },
  );
}

function script(c: CorpusCase): McScriptData {
  const byId = new Map(c.delegates.map((d) => [d.id, d]));
  const order = computeProtocolOrder(c.delegates.map(toProtocol));
  const seats = c.presidium ? presidiumSeatOrder(order, (id) => byId.get(id), c.level).slice(0, c.presidium.seats) : [];
  return {
    conferenceTitle: c.conferenceTitle,
    conferenceKind: c.kind,
    organiserName: c.organiser,
    introduction: introduction(c),
    greeted: [],
    presidium: seats.map((id) => byId.get(id)!),
    items: [
      { kind: 'khai_mac', title: 'Tuyên bố lý do, giới thiệu đại biểu', performer: '', start: '08:00', durationMin: 10, speeches: [] },
      { kind: 'tham_luan', title: 'Phát biểu', performer: '', start: '08:10', durationMin: 60, speeches: (c.speeches ?? []).map((s) => s.speech) },
      { kind: 'khen_thuong', title: 'Khen thưởng', performer: '', start: '09:10', durationMin: 20, speeches: [] },
      { kind: 'be_mac', title: 'Bế mạc', performer: '', start: '09:30', durationMin: 5, speeches: [] },
    ],
    batches: (c.batches ?? []).map((b) => b.batch),
  };
}

describe.each(PROTOCOL_CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('orders the delegates by the rules, whatever the input order', () => {
    expect(computeProtocolOrder(c.delegates.map(toProtocol))).toEqual(c.expectedOrder);
    expect(computeProtocolOrder([...c.delegates].reverse().map(toProtocol))).toEqual(c.expectedOrder);
  });

  it('introduces the delegates as written by hand', () => {
    expect(introduction(c)).toEqual(c.expectedIntroduction);
  });

  if (c.speeches)
    it('invites the speakers', () => {
      for (const s of c.speeches ?? []) expect(inviteLine(s.speech, c.kind)).toBe(s.line);
    });

  if (c.presidium)
    it('seats the presidium and invites it to its places', () => {
      const byId = new Map(c.delegates.map((d) => [d.id, d]));
      const order = computeProtocolOrder(c.delegates.map(toProtocol));
      expect(presidiumSeatOrder(order, (id) => byId.get(id), c.level).slice(0, c.presidium!.seats)).toEqual(c.presidium!.order);
      const lines = buildMcScript(script(c))[0]!.lines;
      const at = lines.indexOf(c.presidium!.lines[0]!);
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at, at + c.presidium!.lines.length)).toEqual(c.presidium!.lines);
    });

  if (c.batches)
    it('reads the award batches', () => {
      expect(buildMcScript(script(c))[2]!.lines).toEqual(c.batches!.flatMap((b) => b.lines));
    });

  if (c.levels)
    it('suggests the agency levels, with a reason', () => {
      for (const [name, level] of c.levels ?? []) {
        const s = suggestAgencyLevel(name, { asOf: c.asOf });
        expect(s?.level, name).toBe(level);
        expect(s?.reason.length).toBeGreaterThan(0);
      }
    });

  it('writes every line the way DOMAIN.md asks', () => {
    const text = [...buildMcScript(script(c)).flatMap((s) => s.lines), ...c.expectedIntroduction].join('\n');
    expect(text).not.toMatch(/đồng chí\s+đồng chí/iu);
    expect(text).not.toMatch(/đồng chí\s+(đ\/c|Đ\/c|Đại diện)/u);
    expect(text).not.toMatch(/(?<!các )đồng chí đại diện/iu);
    // Administrative nouns in lower case mid-sentence (a number or "Hồ Chí Minh" keeps the capital).
    expect(text).not.toMatch(/[\p{L},] (Phường|Xã|Thị trấn|Huyện|Đặc khu|Thôn) \p{Lu}/u);
    if (c.kind === 'ngay_hoi') {
      expect(text).toContain('Ngày hội');
      expect(text).not.toMatch(/hội nghị/iu);
    }
    if (c.kind === 'kiem_tra') expect(text).not.toMatch(/hội nghị/iu);
    // Inner quotes are single.
    expect(text).not.toMatch(/“[^”]*“/u);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties on seeded random lists.

const LEVELS: AgencyLevel[] = ['trung_uong', 'tinh', 'huyen', 'xa', 'co_so'];
const BLOCS: AgencyBloc[] = ['dang', 'quoc_hoi_hdnd', 'chinh_phu_ubnd', 'mat_tran', 'quan_doi', 'cong_an', 'nganh', 'khac'];
const POSITIONS = [
  'Bí thư',
  'Phó Bí thư',
  'Chủ tịch UBND',
  'Phó Chủ tịch UBND',
  'Giám đốc Sở Tư pháp',
  'Phó Giám đốc Công an tỉnh',
  'Trưởng phòng Tham mưu',
  'Trưởng Công an xã',
  'Cán bộ',
  'Trưởng thôn',
  'Người có uy tín',
  '',
];
const RANKS = ['', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải'];

function randomDelegates(n: number, seed: number): ProtocolDelegate[] {
  const rng = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => ({
    id: `r${seed}-${i}`,
    fullName: pick(NAMES),
    isGuest: rng() < 0.3,
    level: pick(LEVELS),
    bloc: pick(BLOCS),
    position: pick(POSITIONS),
    rank: pick(RANKS) || undefined,
    birthYear: rng() < 0.5 ? 1960 + Math.floor(rng() * 30) : undefined,
    role: rng() < 0.05 ? ('thu_ky' as const) : undefined,
  }));
}

describe('protocol properties (seeded random lists)', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

  it('puts guests before hosts of the same level, and a higher level first among guests and among hosts', () => {
    for (const seed of seeds) {
      const list = randomDelegates(60, seed);
      const byId = new Map(list.map((d) => [d.id, d]));
      const order = computeProtocolOrder(list).map((id) => byId.get(id)!);
      for (let i = 0; i < order.length; i++)
        for (let j = i + 1; j < order.length; j++) {
          const a = order[i]!;
          const b = order[j]!;
          if (a.level === b.level) expect(!a.isGuest && b.isGuest, `${seed}: ${a.id} ${b.id}`).toBe(false);
          if (a.isGuest === b.isGuest) expect(levelPrecedence(a.level) <= levelPrecedence(b.level), `${seed}: ${a.id} ${b.id}`).toBe(true);
        }
    }
  });

  it('never moves two delegates relative to each other when one is added, with or without an override', () => {
    for (const seed of seeds) {
      const list = randomDelegates(40, seed);
      const [extra] = randomDelegates(1, seed + 1000);
      const before = computeProtocolOrder(list);
      const after = computeProtocolOrder([...list, extra!]).filter((id) => id !== extra!.id);
      expect(after).toEqual(before);
      // The secretary's own order survives the addition.
      const override = [...before].reverse();
      const kept = computeProtocolOrder([...list, extra!], override).filter((id) => id !== extra!.id);
      expect(kept).toEqual(override);
    }
  });

  it('keeps the secretariat after the heads of departments of its level', () => {
    for (const seed of seeds) {
      const list = randomDelegates(60, seed).map((d, i) => (i % 7 === 0 ? { ...d, role: 'thu_ky' as const, position: 'Giám đốc Sở Nội vụ' } : d));
      const byId = new Map(list.map((d) => [d.id, d]));
      const order = computeProtocolOrder(list).map((id) => byId.get(id)!);
      for (let i = 0; i < order.length; i++)
        for (let j = i + 1; j < order.length; j++) {
          const a = order[i]!;
          const b = order[j]!;
          if (a.role === 'thu_ky' && b.role !== 'thu_ky' && a.level === b.level && a.isGuest === b.isGuest)
            expect(/^(Giám đốc|Trưởng Công an)/u.test(b.position) && !b.positionRank, `${seed}: ${a.id} before ${b.id}`).toBe(false);
        }
    }
  });
});
