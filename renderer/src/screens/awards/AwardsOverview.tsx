import { useState } from 'react';
import type { AwardDecisionListItem, AwardTotals } from '../../../../shared/domain/awards';
import { ErrorBanner } from '../../components/ErrorBanner';
import { navigate, routes } from '../../routes';
import { dong, shortDate } from './format';
import { useOp } from '../../api/query';

/** "3 tập thể, 4 cá nhân" — only the kinds that are there. */
export function totalsLine(t: AwardTotals): string {
  const parts: string[] = [];
  if (t.collectives) parts.push(`${t.collectives} tập thể`);
  if (t.individuals) parts.push(`${t.individuals} cá nhân`);
  if (t.households) parts.push(`${t.households} hộ gia đình`);
  return parts.join(', ') || 'chưa có ai';
}

/** Decisions in a table with their counts and money. */
export function DecisionTable({ decisions, label, showConference }: { decisions: AwardDecisionListItem[]; label: string; showConference?: boolean }) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Số, ngày</th>
          <th scope="col">Hình thức</th>
          <th scope="col">Cấp khen thưởng</th>
          {showConference && <th scope="col">Hội nghị</th>}
          <th scope="col">Số lượng</th>
          <th scope="col" className="num">
            Tiền thưởng
          </th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => (
          <tr key={d.id}>
            <td>
              <a className="row-link" href={routes.decision({ id: d.id })}>
                {d.number}
              </a>
              <div className="small muted">{shortDate(d.decidedOn)}</div>
            </td>
            <td>{d.formName}</td>
            <td>{d.authorityName}</td>
            {showConference && <td>{d.conferenceTitle ?? <span className="muted">Chưa gắn với hội nghị</span>}</td>}
            <td>{totalsLine(d.totals)}</td>
            <td className="num">{dong(d.totals.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Khen thưởng: decisions across conferences, with totals for the budget. */
export function AwardsOverview() {
  const [year, setYear] = useState('');
  const filter = year ? { year: Number(year) } : {};
  const all = useOp('award:listDecisions', {});
  const decisions = useOp('award:listDecisions', filter, { keepPrevious: true });
  const totals = useOp('award:totals', filter, { keepPrevious: true });
  const years = [...new Set((all.data ?? []).map((d) => d.decidedOn.slice(0, 4)))].sort().reverse();
  return (
    <section aria-labelledby="awards-title">
      <div className="page-header">
        <h1 id="awards-title">Khen thưởng</h1>
        <button type="button" className="button button-primary" onClick={() => navigate(routes.newDecision())}>
          Thêm quyết định
        </button>
      </div>
      <div className="toolbar">
        <label className="toolbar-field">
          <span>Năm quyết định</span>
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">Tất cả</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <a className="button" href={routes.settings({ section: 'khen-thuong' })}>
          Danh mục và mức tiền
        </a>
      </div>
      <ErrorBanner message={decisions.error ?? totals.error} />
      {totals.data && totals.data.overall.count > 0 && (
        <div className="panel" aria-labelledby="budget-title">
          <h2 id="budget-title">Tổng hợp kinh phí</h2>
          <p data-testid="overall-totals">
            {totalsLine(totals.data.overall)} · Tổng cộng <strong>{dong(totals.data.overall.amount)}</strong>
          </p>
          <div className="award-totals-grid">
            <table className="table" aria-label="Tổng hợp theo hình thức">
              <thead>
                <tr>
                  <th scope="col">Hình thức</th>
                  <th scope="col">Số lượng</th>
                  <th scope="col" className="num">
                    Tiền thưởng
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.data.byForm.map((f) => (
                  <tr key={f.formId}>
                    <td>{f.formName}</td>
                    <td>{totalsLine(f)}</td>
                    <td className="num">{dong(f.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="table" aria-label="Tổng hợp theo hội nghị">
              <thead>
                <tr>
                  <th scope="col">Hội nghị</th>
                  <th scope="col">Số lượng</th>
                  <th scope="col" className="num">
                    Tiền thưởng
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.data.byConference.map((c) => (
                  <tr key={c.conferenceId ?? 0}>
                    <td>
                      {c.conferenceId ? <a href={routes.conference({ id: c.conferenceId, tab: 'khen-thuong' })}>{c.conferenceTitle}</a> : c.conferenceTitle}
                    </td>
                    <td>{c.count}</td>
                    <td className="num">{dong(c.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {decisions.data && decisions.data.length === 0 && <p className="empty">Chưa có quyết định khen thưởng nào. Bấm “Thêm quyết định” để bắt đầu.</p>}
      {decisions.data && decisions.data.length > 0 && <DecisionTable decisions={decisions.data} label="Các quyết định khen thưởng" showConference />}
    </section>
  );
}
