import { BrowserWindow } from 'electron';
import type { DriverPrintHook } from '../printing/os-driver-transport';
import { PrintError } from '../printing/print-error';
import { driverPrintHtml } from '../printing/driver-pages';

/**
 * PDF and PNG jobs for laser and inkjet printers through the operating system's driver (the Windows spooler,
 * CUPS, macOS): the pages go to Chromium's print pipeline in a hidden, script-free window.
 */
export function electronDriverPrint(): DriverPrintHook {
  return async (payload, printerName) => {
    const html = await driverPrintHtml(payload);
    const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
    try {
      await window.loadURL(`data:text/html;base64,${Buffer.from(html).toString('base64')}`);
      await new Promise<void>((resolve, reject) => {
        window.webContents.print({ silent: true, deviceName: printerName, printBackground: true }, (success, reason) =>
          success ? resolve() : reject(new PrintError('failed', `The driver of "${printerName}" did not take the job: ${reason}`)),
        );
      });
    } finally {
      window.destroy();
    }
    return { jobId: `driver-${Date.now()}`, bytes: payload.bytes.byteLength, destination: printerName };
  };
}
