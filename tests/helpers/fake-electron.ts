// A recording stand-in for the `electron` module: just enough surface for our main process and preload,
// so tests can assert what they configure.
type Fn = (...args: any[]) => any;

export function createFakeElectron(options: { userData: string; singleInstance?: boolean }) {
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const rec = {
    handles: new Map<string, Fn>(),
    windows: [] as any[],
    loaded: [] as string[],
    appEvents: new Map<string, Fn[]>(),
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    headersReceived: null as Fn | null,
    menu: null as any,
    quit: 0,
    errorBoxes: [] as string[],
    exposed: new Map<string, any>(),
    invoked: [] as Array<[string, unknown]>,
    switches: [] as Array<[string, string]>,
    spellCheckerLanguages: [] as string[],
    /** Listeners on the main window's webContents, by event. */
    contentsEvents: new Map<string, Fn>(),
    messageBoxes: [] as any[],
    /** The button the next message box answers with. */
    messageBoxAnswer: 0,
  };
  class BrowserWindow {
    webContents = { id: 1, on: (event: string, fn: Fn) => rec.contentsEvents.set(event, fn) };
    constructor(readonly options: any) {
      rec.windows.push(options);
    }
    once() {}
    on() {}
    loadFile(path: string) {
      rec.loaded.push(path);
      return Promise.resolve();
    }
    loadURL(url: string) {
      rec.loaded.push(url);
      return Promise.resolve();
    }
    static fromWebContents() {
      return null;
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => options.singleInstance ?? true,
      on: (event: string, fn: Fn) => rec.appEvents.set(event, [...(rec.appEvents.get(event) ?? []), fn]),
      whenReady: () => readyPromise,
      getPath: () => options.userData,
      quit: () => void (rec.quit += 1),
      commandLine: { appendSwitch: (name: string, value?: string) => rec.switches.push([name, value ?? '']) },
    },
    BrowserWindow,
    ipcMain: { handle: (name: string, fn: Fn) => rec.handles.set(name, fn) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Fn) => (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Fn) => (rec.permissionCheck = fn),
        setSpellCheckerLanguages: (languages: string[]) => (rec.spellCheckerLanguages = languages),
        webRequest: { onHeadersReceived: (fn: Fn) => (rec.headersReceived = fn) },
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: unknown) => (rec.menu = menu) },
    dialog: {
      showErrorBox: (_title: string, message: string) => rec.errorBoxes.push(message),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBoxSync: (_window: unknown, options: unknown) => {
        rec.messageBoxes.push(options);
        return rec.messageBoxAnswer;
      },
    },
    shell: { openExternal: async () => {} },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => rec.exposed.set(key, value) },
    ipcRenderer: { invoke: async (channel: string, input: unknown) => void rec.invoked.push([channel, input]) },
  };
  return { electron, rec, ready: () => ready() };
}

/** A fake webContents that records the hardening listeners attached to it. */
export function createFakeWebContents(url: string) {
  const listeners = new Map<string, Fn>();
  let openHandler: Fn | null = null;
  return {
    listeners,
    openHandler: () => openHandler,
    contents: {
      setWindowOpenHandler: (fn: Fn) => (openHandler = fn),
      on: (event: string, fn: Fn) => listeners.set(event, fn),
      getURL: () => url,
    },
  };
}
