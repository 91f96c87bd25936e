import { resetServerState } from './api/query';
import { navigate, routes } from './routes';

/** After the data file changed (demo, own file, another file, restore): everything reloads, from the list. */
export function dataFileChanged(): void {
  void resetServerState();
  navigate(routes.conferences());
}
