// `npm run serve`: the app in a browser, for machines where Electron's binary is unavailable.
// Options: --data <file> (or THUKY_DATA), --port <n>, --demo (a fresh copy of the demo data),
// --lan (also serve the hall's network over HTTPS; --lan-port <n>, --lan-bind <address>).
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/api/result';
import { createContext } from '../context';
import { chooseDataPath } from '../data-file/data-path';
import { createDemoFile } from '../demo';
import { startDailyBackups } from '../data-file/backups';
import { DataStore, demoPathFor, removeDemoFile } from '../data-file/data-store';
import { APP_VERSION, DATA_FILE_NAME } from '../version';
import { startBrowserHost } from './browser-host';
import { loadOrCreateCertificate } from './lan';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dataPath = chooseDataPath(process.argv, process.env, join(process.cwd(), 'data', DATA_FILE_NAME));
  const demo = process.argv.includes('--demo');
  let store: DataStore;
  if (demo) {
    const demoPath = demoPathFor(dataPath);
    removeDemoFile(demoPath);
    await createDemoFile(demoPath, new Date());
    store = await DataStore.open(demoPath, { isDemo: true, defaultPath: dataPath });
  } else {
    store = await DataStore.open(dataPath, { log: (m) => console.error(m) });
  }

  const ctx = createContext(store, 'browser', APP_VERSION);
  // The day's automatic backup also while the host keeps running for days (not only on open).
  const daily = startDailyBackups(store, { log: (m) => console.error(m) });
  const lanMode = process.argv.includes('--lan');
  const bind = option('--lan-bind');
  const host = await startBrowserHost({
    ctx,
    rendererDir: join(__dirname, '../renderer'),
    port: Number(option('--port') ?? process.env.THUKY_PORT ?? 0),
    ...(lanMode
      ? {
          lan: {
            // The certificate belongs to the data folder (the real one, not the demo copy's temp folder).
            certificate: await loadOrCreateCertificate(dirname(dataPath)),
            port: Number(option('--lan-port') ?? 0),
            ...(bind ? { bind, addresses: () => [bind] } : {}),
          },
        }
      : {}),
  });
  console.log(`Thư ký Hội nghị đang chạy. Dữ liệu: ${store.path}`);
  console.log(`Mở địa chỉ này trong trình duyệt (chỉ máy này truy cập được):`);
  console.log(`THUKY_URL=${host.url}`);
  console.log(`THUKY_PID=${process.pid}`);
  if (host.lan) {
    console.log('');
    console.log('Chế độ mạng nội bộ đang mở. Các máy trong hội trường mở được những địa chỉ sau:');
    for (const address of host.lan.addresses) console.log(`  ${address}`);
    if (host.lan.addresses.length === 0) console.log('  (chưa thấy mạng nào: hãy nối máy vào Wi-Fi hoặc switch của hội trường rồi chạy lại)');
    console.log(`Dấu vân tay chứng chỉ (SHA-256): ${host.lan.fingerprint}`);
    console.log('Mỗi bàn điểm danh cần mã riêng: tạo trong hội nghị → Điểm danh → Bàn điểm danh, rồi quét mã QR.');
    console.log(`THUKY_LAN=${host.lan.addresses.join(' ')}`);
    console.log(`THUKY_LAN_PORT=${host.lan.port}`);
  }

  const stop = () => {
    daily.stop();
    void host.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // One line a person can act on, never a stack trace (details only with THUKY_DEBUG).
  console.error(`Không khởi động được: ${error instanceof AppError ? error.message : 'lỗi không mong muốn khi mở tệp dữ liệu.'}`);
  if (!(error instanceof AppError) && process.env.THUKY_DEBUG) console.error(error);
  process.exit(2);
});
