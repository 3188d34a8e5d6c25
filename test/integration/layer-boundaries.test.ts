import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it stood at `file` and returns the boundary messages. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layer boundaries', () => {
  it('keeps Node, Electron and DOM APIs out of shared/', async () => {
    expect(await boundaryErrors('shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).not.toEqual([]);
    expect(await boundaryErrors('shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await boundaryErrors('shared/x.ts', 'export const a = window.location;\n')).not.toEqual([]);
    expect(await boundaryErrors('shared/x.ts', "import { z } from 'zod';\nexport const a = z.string();\n")).toEqual([]);
  });

  it('keeps main/ out of the renderer', async () => {
    expect(await boundaryErrors('renderer/src/x.ts', "import { createStation } from '../../main/core/station';\nexport const a = createStation;\n")).not.toEqual([]);
    expect(await boundaryErrors('renderer/src/x.ts', "import fs from 'fs';\nexport const a = fs;\n")).not.toEqual([]);
    expect(await boundaryErrors('renderer/src/x.ts', "import { contract } from '../../shared/ipc/contract';\nexport const a = contract;\n")).toEqual([]);
  });

  it('lets preload import only shared/ and electron', async () => {
    expect(await boundaryErrors('preload/x.ts', "import { contextBridge } from 'electron';\nimport { contract } from '../shared/ipc/contract';\nexport const a = [contextBridge, contract];\n")).toEqual([]);
    expect(await boundaryErrors('preload/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).not.toEqual([]);
    expect(await boundaryErrors('preload/x.ts', "import { x } from '../main/core/station';\nexport const a = x;\n")).not.toEqual([]);
  });

  it('keeps electron out of the station core so the browser host runs in plain Node', async () => {
    expect(await boundaryErrors('main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await boundaryErrors('main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });
});
