// The sandboxed preload: exposes exactly the contract's operations on window.api (one function each) and
// the desktop shell actions on window.shell. Nothing else of Electron or Node reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../../shared/api/contract';
import { CHANGE_CHANNEL, SHELL_CHANNELS } from '../../shared/api/shell';

const api = Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)]));

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('shell', {
  saveFile: (request: unknown) => ipcRenderer.invoke(SHELL_CHANNELS.saveFile, request),
  print: () => ipcRenderer.invoke(SHELL_CHANNELS.print),
  printToPdf: (request: unknown) => ipcRenderer.invoke(SHELL_CHANNELS.printToPdf, request),
  openDataFile: () => ipcRenderer.invoke(SHELL_CHANNELS.openDataFile),
  newDataFile: () => ipcRenderer.invoke(SHELL_CHANNELS.newDataFile),
});
// Live changes (a desk on the LAN checked someone in): the main process pushes them; the page subscribes.
contextBridge.exposeInMainWorld('thukyEvents', {
  subscribe: (callback: (event: unknown) => void) => {
    const listener = (_event: unknown, change: unknown) => callback(change);
    ipcRenderer.on(CHANGE_CHANNEL, listener);
    return () => void ipcRenderer.removeListener(CHANGE_CHANNEL, listener);
  },
});
