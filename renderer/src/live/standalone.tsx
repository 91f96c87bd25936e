// Pages that stand alone, without the secretary's sidebar: a desk's page (/desk?c=<conference>) and the
// hall screen (/hall?c=<conference>). The server sends a desk there after trading its token for a cookie.
// (One path segment only: the built page loads its assets relative to it.)
import type { ReactNode } from 'react';
import { DeskApp } from '../screens/desk/DeskApp';
import { HallApp } from '../screens/hall/HallApp';

export function standalonePage(pathname: string = window.location.pathname, search: string = window.location.search): ReactNode | null {
  const match = /^\/(desk|hall)$/.exec(pathname);
  const conferenceId = Number(new URLSearchParams(search).get('c'));
  if (!match || !Number.isSafeInteger(conferenceId) || conferenceId <= 0) return null;
  document.title = match[1] === 'desk' ? 'Bàn điểm danh — Thư ký Hội nghị' : 'Màn hình hội trường — Thư ký Hội nghị';
  return match[1] === 'desk' ? <DeskApp conferenceId={conferenceId} /> : <HallApp conferenceId={conferenceId} />;
}
