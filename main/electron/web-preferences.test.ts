import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences';

describe('Electron web preferences', () => {
  it('keep the renderer isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
