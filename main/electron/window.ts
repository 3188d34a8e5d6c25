import { BrowserWindow, app, session, shell, type WebFrameMain } from 'electron';
import { join } from 'node:path';
import { secureWebPreferences } from './web-preferences';

export const RENDERER_INDEX = join(__dirname, '../renderer/index.html');

/** True only for the app's own top-level frame showing the bundled renderer. */
export function isAppFrame(frame: WebFrameMain | null, window: BrowserWindow | null): boolean {
  if (!frame || !window || window.isDestroyed()) return false;
  if (frame !== window.webContents.mainFrame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).protocol === 'file:' && decodeURIComponent(new URL(frame.url).pathname).endsWith('/renderer/index.html');
  } catch {
    return false;
  }
}

/** Blocks navigation, new windows, webviews and permission prompts for every web contents the app creates. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'Packbench',
    show: false,
    backgroundColor: '#0f172a',
    webPreferences: secureWebPreferences(),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(RENDERER_INDEX);
  return window;
}
