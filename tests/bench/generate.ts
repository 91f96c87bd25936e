// Bench and test data beyond what the demo needs: conference titles and search queries as secretaries type
// them. The people, agencies and the PRNG come from the app's demo generator.
import { foldForSearch } from '../../shared/text/vietnamese';
import { generatePerson, mulberry32, pick, pickWeighted, PLACE_NAMES, randomInt, type GeneratedPerson, type Rng } from '../../electron/core/demo/generate';

export * from '../../electron/core/demo/generate';

export function generatePeople(n: number, seed: number): GeneratedPerson[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => generatePerson(rng));
}

// ---------------------------------------------------------------------------------------------
// Conference titles.

export type ConferenceKind = 'tong_ket' | 'so_ket' | 'phat_dong' | 'tong_ket_phat_dong' | 'ngay_hoi' | 'kiem_tra' | 'lang_nghe';

export interface GeneratedConferenceTitle {
  title: string;
  kind: ConferenceKind;
  year: number;
}

const TOPICS = [
  'phòng, chống tội phạm',
  'phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTQ',
  'phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'bảo đảm an ninh, trật tự',
  'phòng, chống ma túy',
] as const;

const TITLE_BUILDERS: Record<ConferenceKind, (rng: Rng, year: number) => string> = {
  tong_ket: (rng, y) => `Hội nghị tổng kết công tác ${pick(rng, TOPICS)} năm ${y}`,
  so_ket: (rng, y) =>
    rng() < 0.7
      ? `Hội nghị sơ kết 6 tháng đầu năm ${y} công tác ${pick(rng, TOPICS)}`
      : `Hội nghị sơ kết 5 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTQ giai đoạn ${y - 5}–${y}`,
  phat_dong: (rng, y) =>
    rng() < 0.5 ? `Hội nghị phát động phong trào thi đua năm ${y}` : `Hội nghị phát động phong trào thi đua “Vì an ninh Tổ quốc” năm ${y}`,
  tong_ket_phat_dong: (_rng, y) => `Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${y} và phát động phong trào năm ${y + 1}`,
  ngay_hoi: (rng, y) => `Ngày hội toàn dân bảo vệ ANTQ năm ${y} ${pick(rng, ['xã', 'phường'])} ${pick(rng, PLACE_NAMES)}`,
  kiem_tra: (rng) => `Kiểm tra việc thực hiện Chỉ thị số 09-CT/TW tại ${pick(rng, ['xã', 'phường'])} ${pick(rng, PLACE_NAMES)}`,
  lang_nghe: (rng, y) => `Hội nghị “Công an lắng nghe ý kiến nhân dân” năm ${y} tại thôn ${pick(rng, PLACE_NAMES)}`,
};

const KIND_WEIGHTS: ReadonlyArray<readonly [ConferenceKind, number]> = [
  ['tong_ket', 3],
  ['so_ket', 2],
  ['phat_dong', 2],
  ['tong_ket_phat_dong', 3],
  ['ngay_hoi', 3],
  ['kiem_tra', 1],
  ['lang_nghe', 1],
];

export function generateConferenceTitles(n: number, seed: number): GeneratedConferenceTitle[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const kind = pickWeighted(rng, KIND_WEIGHTS);
    const year = randomInt(rng, 2019, 2026);
    return { title: TITLE_BUILDERS[kind](rng, year), kind, year };
  });
}

// ---------------------------------------------------------------------------------------------
// Search queries as secretaries type them: no diacritics, lower case, a prefix or a word or two.

export function randomSearchQueries(n: number, seed: number): string[] {
  const rng = mulberry32(seed);
  const people = generatePeople(Math.max(20, n), seed ^ 0x5eed);
  return Array.from({ length: n }, () => {
    const words = foldForSearch(pick(rng, people).fullName).split(' ');
    const roll = rng();
    if (roll < 0.5) {
      const word = pick(rng, words);
      return word.slice(0, randomInt(rng, 2, Math.min(4, Math.max(2, word.length))));
    }
    if (roll < 0.8) return pick(rng, words);
    const start = randomInt(rng, 0, words.length - 2);
    return `${words[start]} ${words[start + 1]}`;
  });
}
