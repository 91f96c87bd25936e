import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The application menu, in Vietnamese. `onLan`: the item that serves the app to the hall's network. */
export function buildMenu(actions: { onLan?: () => void } = {}): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        ...(actions.onLan ? [{ label: 'Mở cho máy khác trong mạng nội bộ…', click: actions.onLan }, { type: 'separator' as const }] : []),
        { role: 'reload', label: 'Tải lại' },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ role: 'about', label: 'Giới thiệu Thư ký Hội nghị' }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
