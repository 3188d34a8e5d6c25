import { describe, expect, it } from 'vitest';
import { layoutToZpl, zplFieldData } from './layout-zpl';

describe('native ZPL for Packbench layouts', () => {
  it('escapes ^, ~ and _ in field data through ^FH so text cannot start a command', () => {
    expect(zplFieldData('a^b~c_d')).toBe('^FH_^FDa_5Eb_7Ec_5Fd^FS');
  });

  it('places elements in printer dots at the requested resolution', () => {
    const zpl = layoutToZpl(
      {
        widthIn: 2,
        heightIn: 1,
        elements: [
          { kind: 'box', x: 0.5, y: 0.25, width: 1, height: 0.5, thickness: 0.01 },
          { kind: 'text', x: 0.1, y: 0.1, width: 1.8, size: 0.1, lines: ['one', 'two'] },
        ],
      },
      300,
    );
    expect(zpl).toContain('^PW600^LL300');
    expect(zpl).toContain('^FO150,75^GB300,150,3^FS');
    // The second line sits one line pitch (1.15 x 0.1 in = 34.5 dots) below the first.
    expect(zpl).toContain('^FO30,30^A0N,30,30^FH_^FDone^FS');
    expect(zpl).toContain('^FO30,65^A0N,30,30^FH_^FDtwo^FS');
  });

  it('refuses a Code 128 that cannot fit its box at the printer resolution', () => {
    const layout = {
      widthIn: 1,
      heightIn: 1,
      elements: [{ kind: 'barcode' as const, symbology: 'code128' as const, x: 0, y: 0, width: 0.5, height: 0.5, data: 'X'.repeat(40) }],
    };
    expect(() => layoutToZpl(layout, 203)).toThrow(/does not fit 0.5 in at 203 dpi/);
  });
});
