// The renderer's one route table. Every address the app uses is declared here once: `routes.x(...)`
// builds the hash ("#/hoi-nghi/12/chuong-trinh"), `parseRoute` reads it back into a discriminated union,
// and `useRoute()` gives screens the current one. Screens never split or build "#/…" strings themselves.
// The addresses are the app's public ones (bookmarks, e2e tests): change them only on purpose.
import { useMemo, useSyncExternalStore } from 'react';

/** The tabs of a conference page, in the order they are shown (components in screens/conferences/tabs). */
export const CONFERENCE_TAB_PATHS = [
  'tong-quan',
  'thong-tin',
  'chuong-trinh',
  'chuan-bi',
  'dai-bieu',
  'diem-danh',
  'cho-ngoi',
  'khen-thuong',
  'phat-bieu',
  'dieu-hanh',
  'bien-ban',
  'lich-su',
] as const;
export type ConferenceTabPath = (typeof CONFERENCE_TAB_PATHS)[number];

/** Sections of Cài đặt (components in screens/settings/SettingsScreen). */
export const SETTINGS_PATHS = ['chung', 'mau-chuong-trinh', 'the-thuc-van-ban', 'khen-thuong', 'thu-tu-le-tan', 'du-lieu'] as const;
export type SettingsPath = (typeof SETTINGS_PATHS)[number];

/** Pages of Đại biểu other than one person. */
export type DirectoryPage = 'danh-ba' | 'co-quan' | 'nhap';

export type Route =
  | { name: 'conferences' }
  | { name: 'newConference' }
  /** `tab` undefined = the first tab; `print` = the tab's print view ("…/chuong-trinh/in"). */
  | { name: 'conference'; id: number; tab?: ConferenceTabPath | undefined; print?: boolean | undefined }
  | { name: 'directory'; page: DirectoryPage }
  /** One person of the directory; `id` undefined = a new person. */
  | { name: 'person'; id?: number | undefined }
  | { name: 'awards' }
  | { name: 'decision'; id: number }
  | { name: 'newDecision'; conferenceId?: number | undefined }
  | { name: 'documents' }
  | { name: 'settings'; section?: SettingsPath | undefined }
  /** A committee form; `id` undefined = a new committee. */
  | { name: 'committee'; id?: number | undefined }
  | { name: 'printAwardLists'; conferenceId: number }
  | { name: 'printDecision'; decisionId: number }
  | { name: 'printBatches'; conferenceId: number }
  | { name: 'notFound' };

type Params<N extends Route['name']> = Omit<Extract<Route, { name: N }>, 'name'>;

const hash = (...parts: Array<string | number | undefined | false>) =>
  `#/${parts
    .filter((p): p is string | number => p !== undefined && p !== false && p !== '')
    .map((p) => encodeURIComponent(String(p)))
    .join('/')}`;

/** Builders: `routes.conference({ id: 12, tab: 'chuong-trinh' })` → "#/hoi-nghi/12/chuong-trinh". */
export const routes = {
  conferences: () => hash('hoi-nghi'),
  newConference: () => hash('hoi-nghi', 'moi'),
  conference: ({ id, tab, print }: Params<'conference'>) => hash('hoi-nghi', id, tab ?? (print ? CONFERENCE_TAB_PATHS[0] : undefined), print && 'in'),
  directory: ({ page }: Params<'directory'> = { page: 'danh-ba' }) => hash('dai-bieu', page !== 'danh-ba' && page),
  person: ({ id }: Params<'person'> = {}) => hash('dai-bieu', id ?? 'moi'),
  awards: () => hash('khen-thuong'),
  decision: ({ id }: Params<'decision'>) => hash('khen-thuong', 'qd', id),
  newDecision: ({ conferenceId }: Params<'newDecision'> = {}) => hash('khen-thuong', 'qd', 'moi', conferenceId),
  documents: () => hash('van-ban'),
  settings: ({ section }: Params<'settings'> = {}) => hash('cai-dat', section),
  committee: ({ id }: Params<'committee'> = {}) => hash('cai-dat', 'ban-chi-dao', id ?? 'moi'),
  printAwardLists: ({ conferenceId }: Params<'printAwardLists'>) => hash('in', 'khen-thuong', conferenceId),
  printDecision: ({ decisionId }: Params<'printDecision'>) => hash('in', 'quyet-dinh', decisionId),
  printBatches: ({ conferenceId }: Params<'printBatches'>) => hash('in', 'dot-trao', conferenceId),
} satisfies { [N in Exclude<Route['name'], 'notFound'>]: (params: Params<N>) => string };

const id = (part: string | undefined): number | null => (part && /^\d+$/.test(part) ? Number(part) : null);
const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => list.includes(value as T);
const NOT_FOUND: Route = { name: 'notFound' };

/** Reads a hash ("#/hoi-nghi/12/chuong-trinh") into a Route. An empty hash is the conference list. */
export function parseRoute(location: string): Route {
  const parts = location
    .replace(/^#?\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const [section = 'hoi-nghi', a, b, c] = parts;
  switch (section) {
    case 'hoi-nghi': {
      if (a === undefined) return { name: 'conferences' };
      if (a === 'moi') return { name: 'newConference' };
      const conferenceId = id(a);
      if (conferenceId === null) return NOT_FOUND;
      // An unknown tab shows the first tab, as it always has.
      return { name: 'conference', id: conferenceId, tab: isOneOf(CONFERENCE_TAB_PATHS, b) ? b : undefined, print: c === 'in' };
    }
    case 'dai-bieu':
      if (a === undefined) return { name: 'directory', page: 'danh-ba' };
      if (a === 'co-quan' || a === 'nhap') return { name: 'directory', page: a };
      if (a === 'moi') return { name: 'person' };
      return id(a) !== null ? { name: 'person', id: id(a)! } : { name: 'directory', page: 'danh-ba' };
    case 'khen-thuong':
      if (a === 'qd' && b === 'moi') return id(c) !== null ? { name: 'newDecision', conferenceId: id(c)! } : { name: 'newDecision' };
      if (a === 'qd' && id(b) !== null) return { name: 'decision', id: id(b)! };
      return { name: 'awards' };
    case 'van-ban':
      return { name: 'documents' };
    case 'cai-dat':
      if (a === 'ban-chi-dao' && b) return b === 'moi' ? { name: 'committee' } : id(b) !== null ? { name: 'committee', id: id(b)! } : NOT_FOUND;
      return { name: 'settings', section: isOneOf(SETTINGS_PATHS, a) ? a : undefined };
    case 'in': {
      const n = id(b);
      if (n === null) return NOT_FOUND;
      if (a === 'khen-thuong') return { name: 'printAwardLists', conferenceId: n };
      if (a === 'quyet-dinh') return { name: 'printDecision', decisionId: n };
      if (a === 'dot-trao') return { name: 'printBatches', conferenceId: n };
      return NOT_FOUND;
    }
    default:
      return NOT_FOUND;
  }
}

/** The sidebar section a route belongs to. */
export type SectionName = 'hoi-nghi' | 'dai-bieu' | 'khen-thuong' | 'van-ban' | 'cai-dat' | 'in' | null;
export function sectionOf(route: Route): SectionName {
  switch (route.name) {
    case 'conferences':
    case 'newConference':
    case 'conference':
      return 'hoi-nghi';
    case 'directory':
    case 'person':
      return 'dai-bieu';
    case 'awards':
    case 'decision':
    case 'newDecision':
      return 'khen-thuong';
    case 'documents':
      return 'van-ban';
    case 'settings':
    case 'committee':
      return 'cai-dat';
    case 'printAwardLists':
    case 'printDecision':
    case 'printBatches':
      return 'in';
    case 'notFound':
      return null;
  }
}

function subscribeHash(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The current route, re-rendering when the address changes. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribeHash, () => window.location.hash);
  return useMemo(() => parseRoute(location), [location]);
}

let allowedHash: string | null = null;

/**
 * Goes to an address built by `routes.*`: the app's own navigation (after a save, a delete), which the
 * unsaved-changes guard lets through. A button that leaves an editor uses `leavePage` (components/UnsavedChanges),
 * which asks first.
 */
export function navigate(href: string): void {
  allowedHash = href.startsWith('#') ? href : `#${href}`;
  window.location.hash = href;
}

/** True once for the hash `navigate` just went to (read by the unsaved-changes guard). */
export function isAppNavigation(hash: string): boolean {
  if (allowedHash !== hash) return false;
  allowedHash = null;
  return true;
}
