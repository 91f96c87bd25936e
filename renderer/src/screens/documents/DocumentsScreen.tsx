// "Văn bản": the document register (sổ đăng ký văn bản) of a committee for a year — every number taken,
// by type, with the conference it belongs to — and, per conference of that year, where its documents are
// made (programme, minutes, MC script, conclusion notice, award lists).
import { useState } from 'react';
import { DOCUMENT_TYPE_CODES } from '../../../../shared/domain/document-register';
import { CONFERENCE_STATUS_LABELS } from '../../../../shared/domain/conference';
import { formatIsoDate } from '../../../../shared/text/dates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { routes } from '../../routes';
import { useOp } from '../../api/query';

export function DocumentsScreen() {
  const committees = useOp('committee:list', {});
  const [chosenCommittee, setCommitteeId] = useState<number | null>(null);
  // The first committee until another is chosen.
  const committeeId = chosenCommittee ?? committees.data?.[0]?.id ?? null;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [type, setType] = useState('');
  const register = useOp('register:list', committeeId ? { committeeId, year } : null, { keepPrevious: true });
  const conferences = useOp('conference:list', committeeId ? { committeeId, year } : null, { keepPrevious: true });
  const rows = (register.data ?? []).filter((r) => !type || r.typeCode === type);
  const titleOf = new Map((conferences.data ?? []).map((c) => [c.id, c.title]));
  const counts = Object.keys(DOCUMENT_TYPE_CODES).map((code) => ({ code, n: (register.data ?? []).filter((r) => r.typeCode === code).length }));
  const thisYear = new Date().getFullYear();

  return (
    <div className="documents">
      <div className="page-header">
        <h1>Văn bản</h1>
      </div>
      <ErrorBanner message={committees.error ?? register.error ?? conferences.error} />
      <div className="toolbar">
        <label className="toolbar-field">
          Ban Chỉ đạo
          <select value={committeeId ?? ''} onChange={(e) => setCommitteeId(Number(e.target.value))}>
            {(committees.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          Năm
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          Loại văn bản
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">Tất cả</option>
            {Object.entries(DOCUMENT_TYPE_CODES).map(([code, label]) => (
              <option key={code} value={code}>
                {label} ({code})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">
        Số văn bản đánh từ 01 mỗi năm, riêng cho từng loại. Năm {year}:{' '}
        {counts
          .filter((c) => c.n > 0)
          .map((c) => `${c.n} ${DOCUMENT_TYPE_CODES[c.code as keyof typeof DOCUMENT_TYPE_CODES].toLowerCase()}`)
          .join(', ') || 'chưa cấp số nào'}
        .
      </p>

      <section aria-labelledby="register-title">
        <h2 id="register-title">Sổ đăng ký văn bản năm {year}</h2>
        {rows.length === 0 ? (
          <p className="empty">
            Chưa có văn bản nào được cấp số{type ? ' thuộc loại này' : ''} trong năm {year}.
          </p>
        ) : (
          <table className="table" aria-label={`Sổ đăng ký văn bản năm ${year}`}>
            <thead>
              <tr>
                <th scope="col">Số, ký hiệu</th>
                <th scope="col">Loại</th>
                <th scope="col">Ngày ban hành</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Hội nghị</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">
                    <strong>{r.formatted}</strong>
                  </td>
                  <td>{DOCUMENT_TYPE_CODES[r.typeCode as keyof typeof DOCUMENT_TYPE_CODES] ?? r.typeCode}</td>
                  <td className="nowrap">{formatIsoDate(r.issuedOn)}</td>
                  <td>{r.title}</td>
                  <td>
                    {r.conferenceId ? (
                      <a href={routes.conference({ id: r.conferenceId, tab: 'tong-quan' })}>{titleOf.get(r.conferenceId) ?? 'Mở hội nghị'}</a>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="by-conference-title" className="documents-by-conference">
        <h2 id="by-conference-title">Văn bản theo hội nghị năm {year}</h2>
        {(conferences.data ?? []).length === 0 ? (
          <p className="empty">Không có hội nghị nào trong năm {year}.</p>
        ) : (
          <table className="table" aria-label={`Văn bản của các hội nghị năm ${year}`}>
            <thead>
              <tr>
                <th scope="col">Hội nghị</th>
                <th scope="col">Ngày</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Văn bản</th>
              </tr>
            </thead>
            <tbody>
              {(conferences.data ?? []).map((c) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td className="nowrap">{formatIsoDate(c.startsAt)}</td>
                  <td>
                    <span className={`status status-${c.status}`}>{CONFERENCE_STATUS_LABELS[c.status]}</span>
                  </td>
                  <td>
                    <ul className="doc-links">
                      <li>
                        <a href={routes.conference({ id: c.id, tab: 'chuong-trinh' })} aria-label={`Chương trình: ${c.title}`}>
                          Chương trình
                        </a>
                      </li>
                      <li>
                        <a href={routes.conference({ id: c.id, tab: 'khen-thuong' })} aria-label={`Khen thưởng: ${c.title}`}>
                          Quyết định, danh sách khen thưởng
                        </a>
                      </li>
                      <li>
                        <a href={routes.conference({ id: c.id, tab: 'bien-ban' })} aria-label={`Biên bản, kịch bản, thông báo kết luận: ${c.title}`}>
                          Biên bản, kịch bản điều hành, thông báo kết luận
                        </a>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
