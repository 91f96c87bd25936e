// Boundaries of the code base, checked in `npm test` (npm run lint:boundaries). Each rule says why it exists.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycles',
      severity: 'error',
      comment: 'A static runtime import cycle makes module initialisation order matter (a lazy import() inside a function does not).',
      from: { path: '^(electron|shared|renderer)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ runs in the page as well as in Node: no Node built-ins, no Electron, no database, no app code.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-imports-only-shared',
      severity: 'error',
      comment: 'shared/ is the bottom layer.',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer|tests)/|^node_modules/(electron|better-sqlite3|exceljs|docx)/' },
    },
    {
      name: 'only-the-shell-imports-electron',
      severity: 'error',
      comment: 'Everything but electron/main and electron/preload runs and is tested without the Electron binary.',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^electron$|^node_modules/electron/' },
    },
    {
      name: 'renderer-talks-to-the-api-only',
      severity: 'error',
      comment: 'The renderer imports only shared/ (the contract) and itself; data comes through window.api.',
      from: { path: '^renderer/' },
      to: { path: '^(electron|tests)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs sandboxed in the page.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-app-code-imports-tests',
      severity: 'error',
      comment: 'Tests depend on the app, never the other way round.',
      from: { path: '^(electron|shared|renderer)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'capabilities-meet-through-their-index',
      severity: 'error',
      comment: 'A capability uses another only through features/<name>/index.ts, never its handlers or data access.',
      from: { path: '^electron/core/features/([^/]+)/' },
      to: { path: '^electron/core/features/([^/]+)/', pathNot: ['^electron/core/features/$1/', '^electron/core/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'capabilities-do-not-use-the-handler-table',
      severity: 'error',
      comment: 'Handlers never call handlers: the table is for the hosts and the demo seed.',
      from: { path: '^electron/core/features/' },
      to: { path: '^electron/core/handlers\\.ts$' },
    },
    {
      name: 'machinery-does-not-know-capabilities',
      severity: 'error',
      comment: 'Database, audit, Decree 30 layout and the import reader serve every capability and depend on none.',
      from: { path: '^electron/core/(db|audit|decree30|imports)/' },
      to: { path: '^electron/core/(features|handlers\\.ts|demo|host)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
