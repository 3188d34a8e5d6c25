import { join } from 'node:path';

/** The renderer's web preferences: isolated, sandboxed, no Node. Kept apart from window code so a test can hold it to that. */
export function secureWebPreferences(preloadPath = join(__dirname, '../preload/index.js')) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  } as const;
}
