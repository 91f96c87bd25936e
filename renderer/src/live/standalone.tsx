// Pages that stand alone, without the secretary's sidebar: a desk's page (/desk/<conference>) and the hall
// screen (/hall/<conference>). The server sends a desk there after trading its token for a cookie.
import type { ReactNode } from 'react';
import { DeskApp } from '../screens/desk/DeskApp';
import { HallApp } from '../screens/hall/HallApp';

export function standalonePage(pathname: string = window.location.pathname): ReactNode | null {
  const match = /^\/(desk|hall)\/(\d+)\/?$/.exec(pathname);
  if (!match) return null;
  const conferenceId = Number(match[2]);
  document.title = match[1] === 'desk' ? 'Bàn điểm danh — Thư ký Hội nghị' : 'Màn hình hội trường — Thư ký Hội nghị';
  return match[1] === 'desk' ? <DeskApp conferenceId={conferenceId} /> : <HallApp conferenceId={conferenceId} />;
}
