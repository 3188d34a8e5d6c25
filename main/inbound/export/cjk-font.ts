import { readFile, access } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { StationError } from '../../core/errors';

/** Set to a .ttf, .otf or .ttc file to choose the font pack lists use for Chinese text. */
export const CJK_FONT_ENV = 'PACKBENCH_CJK_FONT';

/**
 * Fonts with Simplified Chinese that ship with each OS or its usual font packages. TrueType outlines come first:
 * pdf-lib subsets them reliably, which keeps a pack list small.
 */
export function cjkFontCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const fromEnv = env[CJK_FONT_ENV] ? [env[CJK_FONT_ENV]] : [];
  if (platform === 'win32') {
    const fonts = join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts');
    return [...fromEnv, ...['Deng.ttf', 'simhei.ttf', 'msyh.ttc', 'msyh.ttf', 'simsun.ttc'].map((f) => join(fonts, f))];
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/System/Library/Fonts/Supplemental/Arial Unicode.ttf',
      '/Library/Fonts/Arial Unicode.ttf',
      '/System/Library/Fonts/STHeiti Medium.ttc',
      '/System/Library/Fonts/PingFang.ttc',
      '/System/Library/Fonts/Hiragino Sans GB.ttc',
    ];
  }
  return [
    ...fromEnv,
    '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
    '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
    '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
    '/usr/share/fonts/truetype/arphic/uming.ttc',
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  ];
}

/** Asks fontconfig (Linux, BSD) for its best Simplified Chinese font, for layouts the list above does not know. */
function fontconfigMatch(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('fc-match', ['-f', '%{file}', ':lang=zh-cn'], { timeout: 3000 }, (error, stdout) => {
      const file = String(stdout ?? '').trim();
      resolve(!error && /\.(ttf|otf|ttc)$/i.test(file) ? file : null);
    });
  });
}

export interface FoundFont {
  path: string;
  bytes: Uint8Array;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Finds a Chinese font once per locator and keeps it; null when the station has none. */
export class CjkFontLocator {
  private found: Promise<FoundFont | null> | undefined;

  constructor(
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  find(): Promise<FoundFont | null> {
    this.found ??= this.search();
    return this.found;
  }

  private async search(): Promise<FoundFont | null> {
    const chosen = this.env[CJK_FONT_ENV];
    if (chosen && !(await exists(chosen))) throw new StationError('VALIDATION', `${CJK_FONT_ENV} names ${chosen}, which does not exist`);
    const candidates = cjkFontCandidates(this.platform, this.env);
    for (const path of candidates) {
      if (await exists(path)) return { path, bytes: await readFile(path) };
    }
    if (this.platform !== 'win32' && this.platform !== 'darwin') {
      const matched = await fontconfigMatch();
      if (matched && (await exists(matched))) return { path: matched, bytes: await readFile(matched) };
    }
    return null;
  }
}
