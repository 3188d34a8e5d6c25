import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SaveFileHook } from '../inbound/export/export-service';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
};

/** Exported files are saved where the packer chooses, through the OS save dialog attached to the station window. */
export function electronSaveFile(window: () => BrowserWindow | null): SaveFileHook {
  return async (suggestedName, bytes) => {
    const filter = FILTERS[extname(suggestedName).toLowerCase()];
    const options = { defaultPath: suggestedName, ...(filter ? { filters: [filter] } : {}) };
    const parent = window();
    const choice = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, bytes);
    return { saved: true, path: choice.filePath };
  };
}
