import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { attendanceLabel, hasArrived, INVITATION_STATUSES, type Invitation, type InvitationStatus, type Person } from '../../../../shared/domain/attendees';
import {
  AGENCY_BLOCS,
  AGENCY_LEVELS,
  CONFERENCE_ROLES,
  DELEGATE_GROUPS,
  levelLabel,
  type AgencyBloc,
  type AgencyLevel,
  type ConferenceRole,
  type DelegateGroup,
} from '../../../../shared/domain/people';
import { personPhrase, positionWithAgency } from '../../../../shared/rules/naming';
import { GROUP_BLOCKS_BY_GROUP } from '../../../../shared/rules/protocol';
import { callOrThrow } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RowMenu, type RowMenuItem } from '../../components/RowMenu';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotify } from '../../components/Notice';
import type { ConferenceTabProps } from '../conferences/tabs';
import { AttendeeDocuments } from './AttendeeDocuments';
import { ImportWizard } from './ImportWizard';
import { DelegateGroupSelect } from './DelegateGroupSelect';
import { SortableList, SortableTableRow } from '../../components/SortableList';
import { useOp, useCommands, runCommand } from '../../api/query';
import type { OpInput } from '../../../../shared/api/contract';
import { CodeOptions } from '../../components/CodeOptions';

/** Short names of the groups for the one-line explanation under "Xếp theo khối nhóm đại biểu". */
const GROUP_SHORT: Record<DelegateGroup, string> = {
  cap_tren: 'Cấp trên',
  lanh_dao_tinh: 'Lãnh đạo tỉnh',
  so_nganh: 'Sở, ngành',
  dia_phuong: 'Địa phương',
  khac: 'Khác',
  dien_hinh: 'Điển hình',
  bao_chi: 'Báo chí',
};
const byBlock = (a: DelegateGroup, b: DelegateGroup) => GROUP_BLOCKS_BY_GROUP[a] - GROUP_BLOCKS_BY_GROUP[b];
/** The explanation, in the order the server uses: one short line on screen, the full sentence as tooltip. */
const GROUP_BLOCKS_HINT = `Khối: ${DELEGATE_GROUPS.map((g) => g.code)
  .sort(byBlock)
  .map((c) => GROUP_SHORT[c])
  .join(' → ')}`;
const GROUP_BLOCKS_TITLE = `Xếp theo nhóm đại biểu trước, trong mỗi nhóm theo quy tắc lễ tân: ${[...DELEGATE_GROUPS]
  .sort((a, b) => byBlock(a.code, b.code))
  .map((g) => g.label)
  .join(' → ')}.`;

/** Conference tab "Đại biểu": the invitee list in protocol order, statuses, substitutes, reordering. */
export function InvitationsTab({ conference }: ConferenceTabProps) {
  const notify = useNotify();
  const conferenceId = conference.id;
  const list = useOp('invitation:list', { conferenceId });
  const protocol = useOp('protocol:get', { conferenceId });
  const [panel, setPanel] = useState<'' | 'add' | 'import'>('');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const commands = useCommands({ onSuccess: (m) => notify('success', m), onError: (m) => notify('error', m) });
  const [substituteFor, setSubstituteFor] = useState<Invitation | null>(null);
  const [removing, setRemoving] = useState<Invitation[] | null>(null);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfter.current) {
      document.querySelector<HTMLElement>(`[data-focus-key="${focusAfter.current}"]`)?.focus();
      focusAfter.current = null;
    }
  });

  const rows = list.data ?? [];
  const ordered = rows.filter((r) => r.protocolPlace !== null);
  const outside = rows.filter((r) => r.protocolPlace === null);

  async function move(id: number, toIndex: number, focusKey?: string) {
    const ids = ordered.map((r) => r.id).filter((x) => x !== id);
    const index = Math.max(0, Math.min(ids.length, toIndex));
    ids.splice(index, 0, id);
    if (focusKey) focusAfter.current = focusKey;
    await commands.value('protocol:setOrder', { conferenceId, order: ids });
  }

  async function setStatus(ids: number[], status: InvitationStatus) {
    await commands.value('invitation:setStatus', { ids, status }, `Đã cập nhật ${ids.length} giấy mời.`);
    setSelected(new Set());
  }

  async function bulk(patch: BulkPatch) {
    const ids = [...selected];
    const done = await commands.value(
      'invitation:bulkUpdate',
      { ids, patch },
      (v) => `Đã cập nhật ${v.updated} dòng${v.agencies ? ` (cấp, khối của ${v.agencies} đơn vị)` : ''}.`,
    );
    if (done) setSelected(new Set());
  }

  async function confirmSuggested(lines: Invitation[]) {
    const byAgency = new Map<number, AgencyLevel>();
    for (const l of lines) if (!l.levelConfirmed && l.classAgencyId !== null && l.levelSuggestion) byAgency.set(l.classAgencyId, l.levelSuggestion.level);
    if (byAgency.size === 0) return notify('info', 'Các dòng đã chọn không có cấp nào cần xác nhận.');
    // One command per suggested level (usually one or two): each agency gets the level its name suggests.
    const levels = new Map<AgencyLevel, number[]>();
    for (const [id, level] of byAgency) levels.set(level, [...(levels.get(level) ?? []), id]);
    let confirmed = 0;
    for (const [level, ids] of levels) confirmed += (await commands.value('agency:confirmLevel', { ids, level }))?.confirmed ?? 0;
    notify('success', `Đã xác nhận cấp của ${confirmed} đơn vị.`);
    setSelected(new Set());
  }

  const toggle = (id: number) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  const line = (r: Invitation, i: number | null) => {
    const className = r.status === 'tu_choi' || r.status === 'cu_nguoi_thay' ? 'row-muted' : '';
    if (i === null)
      return (
        <tr key={r.id} className={className}>
          {cells(r, i, undefined)}
        </tr>
      );
    const step = (delta: -1 | 1) => {
      const to = i + delta;
      if (to >= 0 && to < ordered.length) void move(r.id, to, `${delta < 0 ? 'up' : 'down'}-${r.id}`);
    };
    return (
      <SortableTableRow key={r.id} id={r.id} onStep={step} className={className}>
        {(row) => cells(r, i, row.handle)}
      </SortableTableRow>
    );
  };

  // One line per delegate (see "Dense invitation list" in styles.css): who on two short lines, then the
  // fields edited most (group, role, guest, level, bloc, reply) as compact labelled selects, then ↑ ↓ and a
  // menu for the rarer actions.
  const cells = (r: Invitation, i: number | null, handle: HTMLAttributes<HTMLElement> | undefined) => {
    const substituteFor = r.substituteForId !== null ? rows.find((x) => x.id === r.substituteForId)?.fullName : undefined;
    const substitute = r.status === 'cu_nguoi_thay' && r.substituteId ? rows.find((x) => x.id === r.substituteId)?.fullName : undefined;
    const detail = [
      substituteFor ? `Dự thay ${substituteFor}` : '',
      r.walkIn ? 'Đến không có giấy mời' : '',
      substitute ? `Người dự thay: ${substitute}` : '',
      positionWithAgency(r.position, r.agencyName),
    ]
      .filter(Boolean)
      .join(' · ');
    const suggestion =
      !r.levelConfirmed && r.levelSuggestion && r.classAgencyId !== null
        ? {
            level: r.levelSuggestion.level,
            reason: r.levelSuggestion.reason,
            text: `Gợi ý theo tên: ${levelLabel(r.levelSuggestion.level)}${r.levelSuggestion.confidence === 'low' ? ' (cần kiểm tra)' : ''}.`,
          }
        : null;
    // One row's edits in place (group, role, guest, level, bloc, reply).
    const update = (patch: Omit<OpInput<'invitation:update'>, 'id'>) => commands.value('invitation:update', { id: r.id, ...patch });
    const menu: RowMenuItem[] = [
      ...(r.substituteForId === null ? [{ label: 'Người dự thay…', name: `Người dự thay cho ${r.fullName}`, onSelect: () => setSubstituteFor(r) }] : []),
      { label: 'Bỏ khỏi danh sách mời', name: `Bỏ ${r.fullName} khỏi danh sách mời`, danger: true, onSelect: () => setRemoving([r]) },
    ];
    return (
      <>
        <td className="inv-check">
          <input type="checkbox" checked={selected.has(r.id)} onChange={() => toggle(r.id)} aria-label={`Chọn ${r.fullName}`} />
        </td>
        <td className="inv-order">
          {i !== null ? (
            <span className="order-cell">
              <span
                className="drag-handle"
                {...handle}
                aria-label={`Kéo hoặc dùng Alt+↑/↓ để đổi thứ tự: ${r.fullName}`}
                title="Kéo để đổi thứ tự (hoặc Alt+↑ / Alt+↓)"
              >
                ⋮⋮
              </span>
              {r.protocolPlace}
            </span>
          ) : (
            '—'
          )}
        </td>
        <td className="inv-who" title={`${personPhrase(r, { honorific: '', nameOnly: true })}\n${detail}`}>
          <strong>{personPhrase(r, { honorific: '', nameOnly: true })}</strong>
          <span className="inv-detail">
            {hasArrived(r.attendance) || r.attendance === 'vang' ? (
              <span className={`inv-attendance att-${r.attendance}`}>{attendanceLabel(r.attendance).toLowerCase()}</span>
            ) : null}
            {detail}
          </span>
        </td>
        <td className="inv-field">
          <select
            aria-label={`Nhóm của ${r.fullName}`}
            value={r.delegateGroup}
            onChange={(e) => void update({ delegateGroup: e.target.value as DelegateGroup })}
          >
            <CodeOptions codes={DELEGATE_GROUPS} />
          </select>
        </td>
        <td className="inv-field">
          <select aria-label={`Vai trò của ${r.fullName}`} value={r.role} onChange={(e) => void update({ role: e.target.value as ConferenceRole })}>
            <CodeOptions codes={CONFERENCE_ROLES} />
          </select>
        </td>
        <td className="inv-guest">
          <input
            type="checkbox"
            aria-label={`Khách: ${r.fullName}`}
            title="Khách (giới thiệu trước chủ nhà)"
            checked={r.isGuest}
            onChange={(e) => void update({ isGuest: e.target.checked })}
          />
        </td>
        <td className="class-cell">
          <span className="inv-class">
            <select
              aria-label={`Cấp của ${r.fullName}`}
              value={r.level}
              className={suggestion ? 'inv-suggested' : undefined}
              onChange={(e) => void update({ level: e.target.value as AgencyLevel })}
            >
              <CodeOptions codes={AGENCY_LEVELS} />
            </select>
            {suggestion && (
              // Kept to one line: the amber level and a ✓ say "suggested, confirm?"; the words are in the
              // tooltip and for screen readers, and the note above the list explains the ✓.
              <span className="level-suggestion" title={`${suggestion.text} ${suggestion.reason}`.trim()}>
                <span className="sr-only">{suggestion.text}</span>
                <button
                  type="button"
                  className="button button-small inv-confirm"
                  aria-label={`Xác nhận cấp ${levelLabel(suggestion.level)} cho ${r.agencyName}`}
                  onClick={() =>
                    void commands.value(
                      'agency:confirmLevel',
                      { ids: [r.classAgencyId!], level: suggestion.level },
                      `Đã xác nhận ${r.agencyName}: cấp ${levelLabel(suggestion.level).toLowerCase()}.`,
                    )
                  }
                >
                  ✓
                </button>
              </span>
            )}
            <select aria-label={`Khối của ${r.fullName}`} value={r.bloc} onChange={(e) => void update({ bloc: e.target.value as AgencyBloc })}>
              <CodeOptions codes={AGENCY_BLOCS} />
            </select>
          </span>
        </td>
        <td className={`inv-field inv-status status-${r.status}`}>
          <select
            aria-label={`Trạng thái giấy mời của ${r.fullName}`}
            value={r.status}
            onChange={(e) => {
              const status = e.target.value as InvitationStatus;
              if (status === 'cu_nguoi_thay') setSubstituteFor(r);
              else void update({ status });
            }}
          >
            {INVITATION_STATUSES.map((s) => (
              <option key={s.code} value={s.code} disabled={r.substituteForId !== null && s.code === 'cu_nguoi_thay'}>
                {s.label}
              </option>
            ))}
          </select>
        </td>
        <td className="row-actions">
          {i !== null && (
            <>
              <button
                type="button"
                className="button button-small"
                data-focus-key={`up-${r.id}`}
                aria-label={`Đưa ${r.fullName} lên`}
                disabled={i === 0}
                onClick={() => void move(r.id, i - 1, `up-${r.id}`)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small"
                data-focus-key={`down-${r.id}`}
                aria-label={`Đưa ${r.fullName} xuống`}
                disabled={i === ordered.length - 1}
                onClick={() => void move(r.id, i + 1, `down-${r.id}`)}
              >
                ↓
              </button>
            </>
          )}
          <RowMenu name={`Thao tác: ${r.fullName}`} items={menu} />
        </td>
      </>
    );
  };

  const chosen = rows.filter((r) => selected.has(r.id));
  return (
    <div className="invitations">
      <div className="toolbar inv-toolbar">
        <button type="button" className="button button-primary" aria-expanded={panel === 'add'} onClick={() => setPanel(panel === 'add' ? '' : 'add')}>
          Mời từ danh bạ
        </button>
        <button type="button" className="button" aria-expanded={panel === 'import'} onClick={() => setPanel(panel === 'import' ? '' : 'import')}>
          Nhập danh sách từ Excel
        </button>
        <span className="muted push-right" aria-live="polite">
          {rows.length} người trong danh sách mời
        </span>
        {rows.length > 0 && (
          // Note, choice and its one-line explanation stacked in the buttons' height: the list keeps its rows.
          <div className="inv-order">
            <div className="inv-order-line">
              <span className="muted small inv-order-note">
                {protocol.data?.overridden ? 'Thứ tự đã chỉnh tay (người mới thêm tự xếp theo quy tắc).' : 'Thứ tự theo quy tắc lễ tân.'}
              </span>
              {protocol.data && (
                <label className="check small" title={GROUP_BLOCKS_TITLE}>
                  <input
                    type="checkbox"
                    checked={protocol.data.groupBlocks}
                    aria-describedby="inv-group-blocks-hint"
                    onChange={(e) =>
                      void commands.value(
                        'protocol:setGroupBlocks',
                        { conferenceId, on: e.target.checked },
                        e.target.checked ? 'Đã xếp danh sách theo khối nhóm đại biểu.' : 'Đã bỏ xếp theo khối nhóm đại biểu.',
                      )
                    }
                  />
                  Xếp theo khối nhóm đại biểu
                </label>
              )}
              {protocol.data?.overridden && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void commands.value('protocol:reset', { conferenceId }, 'Đã trả về thứ tự theo quy tắc.')}
                >
                  Về thứ tự theo quy tắc
                </button>
              )}
            </div>
            <span id="inv-group-blocks-hint" className="muted inv-group-blocks-hint">
              {GROUP_BLOCKS_HINT}
            </span>
          </div>
        )}
      </div>
      {panel === 'add' && <AddFromDirectory conferenceId={conferenceId} />}
      {panel === 'import' && <ImportWizard conferenceId={conferenceId} onDone={() => setPanel('')} />}
      {substituteFor && <SubstitutePanel invitation={substituteFor} onClose={() => setSubstituteFor(null)} />}
      <ErrorBanner message={commands.error ?? list.error} />
      {(protocol.data?.levelsToConfirm.invitations ?? 0) > 0 && (
        <p className="level-suggestion-note" role="note" aria-label="Cấp đơn vị cần xác nhận">
          <strong>{protocol.data!.levelsToConfirm.invitations}</strong> dòng ({protocol.data!.levelsToConfirm.agencies} đơn vị) có cấp đơn vị chỉ là{' '}
          <em>gợi ý theo tên</em>, chưa được xác nhận: thứ tự giới thiệu đang dùng cấp gợi ý (ô cấp màu vàng). Bấm ✓ cạnh ô cấp để xác nhận, chọn cấp khác, hoặc
          chọn nhiều dòng rồi bấm “Xác nhận cấp gợi ý”.
        </p>
      )}
      {rows.length === 0 && list.data && <p className="empty">Chưa mời ai. Bấm “Mời từ danh bạ” hoặc nhập danh sách từ Excel.</p>}
      {rows.length > 0 && (
        <>
          <h2 className="sr-only">Danh sách mời theo thứ tự giới thiệu</h2>
          <table className="table invitation-table" aria-label="Danh sách mời" aria-describedby="inv-reorder-hint">
            <colgroup>
              <col className="inv-col-check" />
              <col className="inv-col-order" />
              <col className="inv-col-who" />
              <col className="inv-col-group" />
              <col className="inv-col-role" />
              <col className="inv-col-guest" />
              <col className="inv-col-class" />
              <col className="inv-col-status" />
              <col className="inv-col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="inv-check">
                  <input
                    type="checkbox"
                    aria-label="Chọn tất cả"
                    checked={selected.size === rows.length}
                    onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                  />
                </th>
                <th scope="col">TT</th>
                <th scope="col">Đại biểu (chức vụ, đơn vị)</th>
                <th scope="col">Nhóm</th>
                <th scope="col">Vai trò</th>
                <th scope="col" title="Khách (giới thiệu trước chủ nhà)">
                  Khách
                </th>
                <th scope="col">Cấp, khối đơn vị</th>
                <th scope="col">Giấy mời</th>
                <th scope="col">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <SortableList items={ordered.map((r) => r.id)} onMove={(from, to) => void move(ordered[from]!.id, to)}>
                {ordered.map((r, i) => line(r, i))}
              </SortableList>
              {outside.map((r) => line(r, null))}
            </tbody>
          </table>
          {/* After the table and sticky at the window's bottom: in reach wherever the selected rows are. */}
          {selected.size > 0 && (
            <div className="toolbar bulk-bar" role="region" aria-label="Thao tác với các dòng đã chọn">
              <strong>Đã chọn {selected.size} người:</strong>
              <BulkEdit onApply={(patch) => void bulk(patch)} />
              <span className="bulk-actions" role="group" aria-label="Trạng thái giấy mời của các dòng đã chọn">
                <button type="button" className="button button-small" onClick={() => void setStatus([...selected], 'da_gui')}>
                  Đánh dấu đã gửi giấy mời
                </button>
                <button type="button" className="button button-small" onClick={() => void setStatus([...selected], 'xac_nhan')}>
                  Xác nhận dự
                </button>
                <button type="button" className="button button-small" onClick={() => void setStatus([...selected], 'tu_choi')}>
                  Từ chối
                </button>
              </span>
              <button type="button" className="button button-small" onClick={() => void confirmSuggested(chosen)}>
                Xác nhận cấp gợi ý
              </button>
              <button type="button" className="button button-small button-danger" onClick={() => setRemoving(chosen)}>
                Bỏ khỏi danh sách mời
              </button>
              <button type="button" className="button button-small" onClick={() => setSelected(new Set())}>
                Bỏ chọn
              </button>
            </div>
          )}
          <p className="muted small" id="inv-reorder-hint">
            Đổi thứ tự giới thiệu: kéo thả dòng ở ⋮⋮, dùng nút ↑ ↓, hoặc Alt+↑ / Alt+↓ trên dòng.
          </p>
          {protocol.data?.introduction && (
            <details className="panel intro-text">
              <summary>Lời giới thiệu đại biểu (cho người dẫn chương trình)</summary>
              <pre>{protocol.data.introduction}</pre>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  void navigator.clipboard
                    .writeText(protocol.data!.introduction)
                    .then(() => notify('success', 'Đã chép lời giới thiệu; dán vào kịch bản bằng Ctrl+V.'))
                    .catch(() => notify('error', 'Không chép được; hãy bôi đen đoạn văn rồi bấm Ctrl+C.'))
                }
              >
                Chép lời giới thiệu
              </button>
            </details>
          )}
          <AttendeeDocuments conference={conference} invitations={rows} />
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Bỏ khỏi danh sách mời?"
        message={
          removing?.length === 1
            ? `Bỏ “${removing[0]!.fullName}” khỏi danh sách mời của hội nghị này (người đó vẫn còn trong danh bạ).`
            : `Bỏ ${removing?.length ?? 0} người đã chọn khỏi danh sách mời của hội nghị này (họ vẫn còn trong danh bạ).`
        }
        confirmLabel="Bỏ khỏi danh sách"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const lines = removing!;
          setRemoving(null);
          const done =
            lines.length === 1
              ? commands.value('invitation:remove', { id: lines[0]!.id }, `Đã bỏ ${lines[0]!.fullName} khỏi danh sách mời.`)
              : commands.value('invitation:removeMany', { ids: lines.map((l) => l.id) }, (v) => `Đã bỏ ${v.removed} người khỏi danh sách mời.`);
          // Lines gone from the list leave the selection too.
          void done.then((ok) => {
            if (ok) setSelected((s) => new Set([...s].filter((id) => !lines.some((l) => l.id === id))));
          });
        }}
      />
    </div>
  );
}

function AddFromDirectory({ conferenceId }: { conferenceId: number }) {
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Map<number, Person>>(new Map());
  const [group, setGroup] = useState<DelegateGroup>('lanh_dao_tinh');
  const [role, setRole] = useState<ConferenceRole>('dai_bieu');
  const [guest, setGuest] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const search = useOp('person:search', query.trim() ? { query, limit: 15 } : null, { keepPrevious: true });
  const results: Person[] = query.trim() ? (search.data ?? []) : [];
  const agencies = useOp('agency:list', {});
  const [agencyId, setAgencyId] = useState('');
  return (
    <div className="panel" role="region" aria-label="Mời từ danh bạ">
      <h2>Mời từ danh bạ</h2>
      <ErrorBanner message={error} />
      <div className="toolbar">
        <label className="toolbar-field">
          <span>Tìm trong danh bạ</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Tên, chức vụ, đơn vị" autoFocus />
        </label>
        <DelegateGroupSelect value={group} onChange={setGroup} />
        <label className="toolbar-field">
          <span>Vai trò</span>
          <select value={role} onChange={(e) => setRole(e.target.value as ConferenceRole)}>
            <CodeOptions codes={CONFERENCE_ROLES} />
          </select>
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={guest} onChange={(e) => setGuest(e.target.checked)} /> Là khách (giới thiệu trước chủ nhà)
        </label>
      </div>
      {results.length > 0 && (
        <ul className="pick-list" aria-label="Kết quả tìm">
          {results.map((p) => (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.has(p.id)}
                  onChange={() =>
                    setPicked((m) => {
                      const n = new Map(m);
                      if (n.has(p.id)) n.delete(p.id);
                      else n.set(p.id, p);
                      return n;
                    })
                  }
                />{' '}
                {personPhrase(p, { honorific: '', nameOnly: true })} — {positionWithAgency(p.position, p.agencyName)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={picked.size === 0}
          onClick={async () => {
            const r = await runCommand('invitation:add', { conferenceId, personIds: [...picked.keys()], delegateGroup: group, role, isGuest: guest });
            if (!r.ok) return setError(r.error.message);
            notify('success', `Đã mời ${r.value.added} người${r.value.skipped ? ` (${r.value.skipped} người đã có trong danh sách)` : ''}.`);
            setPicked(new Map());
            setQuery('');
          }}
        >
          Mời {picked.size} người đã chọn
        </button>
        <label className="toolbar-field">
          <span>Hoặc mời đại diện cơ quan</span>
          <select value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
            <option value="">— Chọn cơ quan —</option>
            {agencies.data?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!agencyId}
          onClick={async () => {
            const r = await runCommand('invitation:addAgency', { conferenceId, agencyId: Number(agencyId), delegateGroup: group, isGuest: guest });
            if (!r.ok) return setError(r.error.message);
            notify('success', `Đã mời đại diện ${r.value.agencyName}.`);
            setAgencyId('');
          }}
        >
          Mời đại diện
        </button>
      </div>
    </div>
  );
}

function SubstitutePanel({ invitation, onClose }: { invitation: Invitation; onClose: (done: boolean) => void }) {
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [fullName, setFullName] = useState('');
  const [rank, setRank] = useState('');
  const [position, setPosition] = useState('');
  const [error, setError] = useState<string | null>(null);
  const search = useOp('person:search', query.trim() ? { query, limit: 8 } : null, { keepPrevious: true });
  const results: Person[] = query.trim() ? (search.data ?? []) : [];
  async function choose(input: { personId: number } | { person: { fullName: string; rank: string; position: string; agencyId: number | null } }) {
    const r = await runCommand('invitation:substitute', { id: invitation.id, ...input });
    if (!r.ok) return setError(r.error.message);
    notify('success', `Đã ghi người dự thay cho ${invitation.fullName}.`);
    onClose(true);
  }
  return (
    <div className="panel" role="region" aria-label="Người dự thay">
      <h2>Người dự thay cho {personPhrase(invitation, { honorific: '', nameOnly: true })}</h2>
      <p className="muted small">Người dự thay được xếp theo chức vụ của chính họ, không theo chức vụ của người được mời.</p>
      <ErrorBanner message={error} />
      <label className="toolbar-field">
        <span>Tìm người dự thay trong danh bạ</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      </label>
      <ul className="plain-list">
        {results
          .filter((p) => p.id !== invitation.personId)
          .map((p) => (
            <li key={p.id}>
              {personPhrase(p, { honorific: '', nameOnly: true })} — {positionWithAgency(p.position, p.agencyName)}{' '}
              <button type="button" className="button button-small" onClick={() => void choose({ personId: p.id })}>
                Chọn
              </button>
            </li>
          ))}
      </ul>
      <h3>Hoặc người chưa có trong danh bạ (cùng đơn vị {invitation.agencyName || '—'})</h3>
      <div className="form-grid form-grid-3">
        <label className="field">
          <span>Họ và tên người dự thay</span>
          <input value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </label>
        <label className="field">
          <span>Cấp bậc người dự thay</span>
          <input value={rank} onChange={(e) => setRank(e.target.value)} />
        </label>
        <label className="field">
          <span>Chức vụ người dự thay</span>
          <input value={position} onChange={(e) => setPosition(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={async () => {
            const agency = invitation.agencyName
              ? (await callOrThrow('agency:list', { query: invitation.agencyName })).find((a) => a.name === invitation.agencyName)
              : undefined;
            await choose({ person: { fullName, rank, position, agencyId: agency?.id ?? null } });
          }}
        >
          Lưu người dự thay
        </button>
        <button type="button" className="button" onClick={() => onClose(false)}>
          Huỷ
        </button>
      </div>
    </div>
  );
}

type BulkPatch = { delegateGroup?: DelegateGroup; role?: ConferenceRole; level?: AgencyLevel; bloc?: AgencyBloc };

/** Group, role, level and bloc for every selected line at once; "giữ nguyên" leaves a field as it is. */
function BulkEdit({ onApply }: { onApply: (patch: BulkPatch) => void }) {
  const [patch, setPatch] = useState<BulkPatch>({});
  const pick = <K extends keyof BulkPatch>(key: K, value: string) => setPatch((p) => ({ ...p, [key]: value === '' ? undefined : (value as BulkPatch[K]) }));
  const keep = <option value="">— Giữ nguyên —</option>;
  return (
    <span className="bulk-edit">
      <label className="toolbar-field">
        <span>Nhóm</span>
        <select aria-label="Đổi nhóm các dòng đã chọn" value={patch.delegateGroup ?? ''} onChange={(e) => pick('delegateGroup', e.target.value)}>
          {keep}
          <CodeOptions codes={DELEGATE_GROUPS} />
        </select>
      </label>
      <label className="toolbar-field">
        <span>Vai trò</span>
        <select aria-label="Đổi vai trò các dòng đã chọn" value={patch.role ?? ''} onChange={(e) => pick('role', e.target.value)}>
          {keep}
          <CodeOptions codes={CONFERENCE_ROLES} />
        </select>
      </label>
      <label className="toolbar-field">
        <span>Cấp đơn vị</span>
        <select aria-label="Đổi cấp đơn vị các dòng đã chọn" value={patch.level ?? ''} onChange={(e) => pick('level', e.target.value)}>
          {keep}
          <CodeOptions codes={AGENCY_LEVELS} />
        </select>
      </label>
      <label className="toolbar-field">
        <span>Khối</span>
        <select aria-label="Đổi khối các dòng đã chọn" value={patch.bloc ?? ''} onChange={(e) => pick('bloc', e.target.value)}>
          {keep}
          <CodeOptions codes={AGENCY_BLOCS} />
        </select>
      </label>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={Object.values(patch).every((v) => v === undefined)}
        onClick={() => onApply(patch)}
      >
        Áp dụng cho các dòng đã chọn
      </button>
    </span>
  );
}
