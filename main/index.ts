import { app, dialog, ipcMain } from 'electron';
import { startStationRuntime, type StationRuntime } from './core/station-runtime';
import { flagValue } from './core/data-dir';
import { DatabaseFromFutureError } from './db/database';
import { fail } from '../shared/ipc/reply';
import { safeStorageCipher } from './electron/safe-storage-cipher';
import { createMainWindow, hardenWebContents, isAppFrame } from './electron/window';
import { electronDriverPrint } from './electron/driver-print';
import { electronSaveFile } from './electron/save-file';
import type { BrowserWindow } from 'electron';

// The Electron shell stays thin: it opens the window and relays IPC to the same station core the browser host uses.
const dataDirFlag = flagValue(process.argv, 'data-dir') ?? process.env.PACKBENCH_DATA_DIR;
if (dataDirFlag) app.setPath('userData', dataDirFlag);

let runtime: StationRuntime | undefined;
let window: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock({ dataDir: app.getPath('userData') })) {
  app.quit();
}

app.on('second-instance', () => {
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.whenReady().then(
  async () => {
    hardenWebContents();
    try {
      runtime = await startStationRuntime({ dataDir: app.getPath('userData'), cipher: safeStorageCipher(), host: 'electron', driverPrint: electronDriverPrint(), saveFile: electronSaveFile(() => window) });
    } catch (error) {
      const message = error instanceof DatabaseFromFutureError || error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Packbench cannot start', message);
      app.exit(1);
      return;
    }
    const current = runtime.station;
    ipcMain.handle('station:invoke', (event, channel: unknown, payload: unknown) => {
      if (!isAppFrame(event.senderFrame, window)) {
        return fail('FORBIDDEN_SENDER', 'Only the Packbench window may call the station');
      }
      return current.dispatch(channel, payload, { origin: 'electron' });
    });
    current.events.subscribe((name, payload) => {
      if (window && !window.isDestroyed()) window.webContents.send('station:event', name, payload);
    });
    window = createMainWindow();
    window.on('closed', () => {
      window = null;
    });
  },
  (error: unknown) => {
    console.error('Packbench could not start Electron:', error);
    app.exit(1);
  },
);

app.on('window-all-closed', () => {
  void (runtime?.close() ?? Promise.resolve()).finally(() => app.quit());
});
