// The award decision (quyết định khen thưởng), Decree 30/2020 Mẫu 1.2: header, QUYẾT ĐỊNH and its summary, the
// issuing authority, căn cứ lines in italics, "QUYẾT ĐỊNH:", Điều 1–3, recipients and signature; the award
// list follows as its appendix in a section of its own (landscape when wide).
import { AlignmentType, Paragraph, type FileChild } from 'docx';
import type { AwardDecisionDetail, RecipientKind } from '../../../../shared/domain/awards';
import { awardListSections, longDate, type AwardListColumns } from '../../../../shared/rules/award-list';
import { awardAmount } from '../../../../shared/rules/award-money';
import { formatThousands } from '../../../../shared/text/money';
import { authorityTitle } from '../../../../shared/rules/award-authority';
import { parseLocalDateTime } from '../../../../shared/text/dates';
import { awardListChildren, centred, listOrientation } from './list-docx';
import {
  bodyParagraph,
  buildHeader,
  buildSignatureBlock,
  buildTitle,
  createDecree30Document,
  decree30Section,
  keepNextSpacer,
  textRun,
  withClosingMark,
  type DocumentSettings,
  type SignaturePrefix,
} from '../../decree30';

const SUBJECT: Record<RecipientKind, string> = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' };

/** The legal bases in force on the decision date (the secretary edits the Word file for anything else). */
export function legalBases(decidedOn: string): string[] {
  const law = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;';
  if (decidedOn >= '2025-07-01')
    return [law, 'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'];
  if (decidedOn >= '2023-12-31')
    return [
      law,
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ];
  return [
    'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và các Luật sửa đổi, bổ sung;',
    'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  ];
}

export { authorityTitle };

/** "02 tập thể và 1.780 cá nhân" (leading zero under 10, "." thousands separator). */
export function countPhrase(counts: Array<[RecipientKind, number]>): string {
  const parts = counts.filter(([, n]) => n > 0).map(([k, n]) => `${n < 10 ? `0${n}` : formatThousands(n)} ${SUBJECT[k]}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** Who Điều 3 names among those executing it: the kinds present ("các hộ gia đình", "các tập thể, cá nhân"). */
export function recipientsPhrase(kinds: readonly RecipientKind[]): string {
  const present = (['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const).filter((k) => kinds.includes(k));
  return `các ${(present.length ? present : (['tap_the', 'ca_nhan'] as const)).map((k) => SUBJECT[k]).join(', ')}`;
}

function moneyArticle(detail: AwardDecisionDetail): string | null {
  const d = detail.decision;
  if (d.totals.amount <= 0) return null;
  const kinds = awardListSections(detail.recipients).map((s) => s.kind);
  const rule = { basis: d.coefficientBasis, value: d.coefficientValue, baseSalary: d.baseSalary };
  const each = kinds
    .map((k) => ({ k, amount: awardAmount(rule, k) }))
    .filter((x) => x.amount > 0)
    .map((x) => `mỗi ${SUBJECT[x.k]} ${formatThousands(x.amount)} đồng`);
  const overridden = detail.recipients.some((r) => r.overrideAmount !== null);
  const gift = d.coefficientBasis === 'co_dinh';
  const lead = gift ? 'Giá trị quà tặng' : `Kèm theo ${d.formName} là tiền thưởng theo quy định`;
  const detailText = each.length && !overridden ? `: ${each.join(', ')}` : '';
  return `${lead}${detailText}; tổng số tiền ${formatThousands(d.totals.amount)} đồng, chi từ nguồn kinh phí thi đua, khen thưởng theo quy định.`;
}

export interface DecisionDocumentExtra {
  /** "Ban Chỉ đạo 138 tỉnh Nam Định": who proposed (Theo đề nghị của …), when the authority names no advisory body. */
  proposer?: string;
  /** The authority's "Căn cứ …" lines in force on the decision date (else the emulation law and decree of that date). */
  legalBases?: string[];
  /** "Giám đốc Công an tỉnh và Giám đốc Sở Nội vụ": "Xét đề nghị của …". */
  advisoryBody?: string;
  /** The head of the issuing authority ("CHỦ TỊCH", "BỘ TRƯỞNG"): the title line, and whom a deputy signs for (KT.). */
  headPosition?: string;
  /** Who "TM." names: "ỦY BAN NHÂN DÂN" for a People's Committee (Decree 30 writes it without the place); default the issuing body. */
  collective?: string;
}

export function buildAwardDecisionDocument(
  detail: AwardDecisionDetail,
  options: AwardListColumns,
  settings: DocumentSettings,
  extra: DecisionDocumentExtra = {},
) {
  const d = detail.decision;
  const head = extra.headPosition || d.signerPosition.replace(/^PHÓ\s+/u, '');
  const sections = awardListSections(detail.recipients);
  const date = parseLocalDateTime(d.decidedOn) ?? new Date();
  const counts = countPhrase(sections.map((s) => [s.kind, s.items.length]));
  const formPhrase = /^(Quà|Phần thưởng)/.test(d.formName) ? d.formName.charAt(0).toLowerCase() + d.formName.slice(1) : d.formName;
  // The last two articles are kept whole and with the signature block (a signature never stands alone on a page).
  const articleLabel = (n: number, text: string, closing = false) =>
    bodyParagraph(
      [textRun(`Điều ${n}. `, { sizePt: settings.bodyFontPt, bold: true }), textRun(text, { sizePt: settings.bodyFontPt })],
      settings,
      closing ? { keepNext: true, keepLines: true } : {},
    );

  const children: FileChild[] = [
    buildHeader({ parentBody: d.parentBody || undefined, issuingBody: d.issuingBody, number: d.number, placeDate: { place: d.place || '……', date } }, settings),
    ...buildTitle({ typeName: 'QUYẾT ĐỊNH', summary: `Về việc tặng ${formPhrase}` }, settings),
    centred(d.signerTitle || authorityTitle(head, d.issuingBody), { sizePt: 14, bold: true }, { after: 240 }),
    ...(extra.legalBases?.length ? extra.legalBases : legalBases(d.decidedOn)).map((line) => bodyParagraph(line, settings, { italics: true })),
    bodyParagraph(
      extra.advisoryBody
        ? `Xét đề nghị của ${extra.advisoryBody.replace(/[.;]+$/u, '')}.`
        : `Theo đề nghị của ${extra.proposer ?? 'Thủ trưởng các cơ quan, đơn vị có liên quan'}.`,
      settings,
      { italics: true },
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 240 },
      keepNext: true,
      children: [textRun('QUYẾT ĐỊNH:', { sizePt: 14, bold: true })],
    }),
    articleLabel(
      1,
      `Tặng ${formPhrase} của ${d.authorityName} cho ${counts || 'các tập thể, cá nhân'} (có danh sách kèm theo)${d.citation ? `, ${d.citation.charAt(0).toLowerCase()}${d.citation.slice(1).replace(/[.;]+$/, '')}` : ''}.`,
    ),
  ];
  const money = moneyArticle(detail);
  let n = 2;
  if (money) children.push(articleLabel(n++, money, true));
  children.push(
    articleLabel(
      n,
      withClosingMark(
        `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và ${recipientsPhrase(sections.map((s) => s.kind))} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
      ),
      true,
    ),
  );
  children.push(keepNextSpacer(0, 120));
  children.push(
    buildSignatureBlock(
      {
        signature: {
          prefix: (d.signerPrefix || undefined) as SignaturePrefix | undefined,
          authority: extra.collective || d.issuingBody,
          position: d.signerPosition || head || 'THỦ TRƯỞNG CƠ QUAN',
          ...(head ? { headPosition: head } : {}),
          // Police and military signers sign with their rank ("Đại tá Nguyễn Văn A").
          signerName: d.signerName ? [d.signerRank, d.signerName].filter((x) => x.trim()).join(' ') : '……………………',
        },
        recipients: [`Như Điều ${n}`, 'Lưu: VT, TĐKT'],
      },
      settings,
    ),
  );
  const orientation = listOrientation(options);
  return createDecree30Document(
    [
      decree30Section({ children }, settings),
      // The list is the decision's appendix: its pages are numbered from 1 again.
      decree30Section({ children: awardListChildren(detail, options, settings, orientation), orientation, restartNumbering: true }, settings),
    ],
    settings,
    { title: `Quyết định số ${d.number} ${longDate(d.decidedOn)}` },
  );
}
