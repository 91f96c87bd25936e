// "Mở cho máy khác trong mạng nội bộ…": the desktop app serves the conference to the hall's network (the
// same browser host as `npm run serve -- --lan`, HTTPS with the data folder's certificate), shows the
// addresses and the certificate fingerprint, and can close it again. Desks are created in the app
// (conference → Điểm danh → Bàn điểm danh); their pages are served by this host.
import { BrowserWindow, dialog } from 'electron';
import { dirname, join } from 'node:path';
import type { ServiceContext } from '../core/context';
import { startBrowserHost, type BrowserHost } from '../core/host/browser-host';
import { loadOrCreateCertificate } from '../core/host/lan';

let host: BrowserHost | null = null;

export async function toggleLan(ctx: ServiceContext, window: BrowserWindow | null): Promise<void> {
  const show = (options: Electron.MessageBoxOptions) => (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  if (host) {
    const lan = host.lan!;
    const choice = await show({
      type: 'info',
      title: 'Chế độ mạng nội bộ',
      message: 'Đang mở cho các máy trong mạng nội bộ.',
      detail: `Địa chỉ:\n${lan.addresses.join('\n') || '(chưa thấy mạng nào)'}\n\nDấu vân tay chứng chỉ (SHA-256):\n${lan.fingerprint}`,
      buttons: ['Để mở', 'Đóng chế độ mạng nội bộ'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice.response === 1) {
      await host.close();
      host = null;
      ctx.lan = { lan: false, addresses: [], fingerprint: null };
    }
    return;
  }
  try {
    const certificate = await loadOrCreateCertificate(dirname(ctx.store.path));
    host = await startBrowserHost({ ctx, rendererDir: join(__dirname, '../renderer'), lan: { certificate } });
  } catch (error) {
    await show({ type: 'error', title: 'Chế độ mạng nội bộ', message: 'Không mở được chế độ mạng nội bộ.', detail: String(error) });
    return;
  }
  const lan = host.lan!;
  await show({
    type: 'info',
    title: 'Chế độ mạng nội bộ',
    message: 'Đã mở cho các máy trong mạng nội bộ.',
    detail:
      `Các máy trong hội trường (cùng Wi-Fi hoặc switch) mở được:\n${lan.addresses.join('\n') || '(chưa thấy mạng nào: hãy nối máy vào mạng của hội trường)'}\n\n` +
      `Dấu vân tay chứng chỉ (SHA-256):\n${lan.fingerprint}\n\n` +
      'Tạo mã cho từng bàn: vào hội nghị → Điểm danh → Bàn điểm danh, rồi quét mã QR bằng máy của bàn.',
    buttons: ['Đã hiểu'],
  });
}

export async function closeLan(): Promise<void> {
  await host?.close();
  host = null;
}
