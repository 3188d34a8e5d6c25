import type { PrintErrorCode } from './print-error';

/**
 * A Zebra's answer to ~HS (host status): three STX..ETX framed lines of comma
 * separated flags. The fields Packbench acts on are the ones that stop printing.
 */
export interface HostStatus {
  paperOut: boolean;
  paused: boolean;
  headOpen: boolean;
  ribbonOut: boolean;
  bufferFull: boolean;
  overTemperature: boolean;
  underTemperature: boolean;
  corruptRam: boolean;
  /** Formats received but not yet printed. */
  formatsInBuffer: number;
  /** Labels still to print in the current batch. */
  labelsRemaining: number;
}

export class HostStatusError extends Error {}

/** Parses a ~HS reply; refuses anything that is not three well-formed status lines. */
export function parseHostStatus(reply: string): HostStatus {
  // Each line is framed STX (0x02) ... ETX (0x03).
  const lines = reply
    .split('\u0002')
    .slice(1)
    .filter((part) => part.includes('\u0003'))
    .map((part) => part.slice(0, part.indexOf('\u0003')).split(','));
  if (lines.length < 2) throw new HostStatusError(`Not a ~HS host status reply: ${JSON.stringify(reply.slice(0, 80))}`);
  const [first, second] = lines as [string[], string[]];
  if (first.length < 12 || second.length < 11) throw new HostStatusError('~HS host status reply has missing fields');
  const flag = (fields: string[], index: number) => fields[index]!.trim() === '1';
  return {
    paperOut: flag(first, 1),
    paused: flag(first, 2),
    formatsInBuffer: Number(first[4]),
    bufferFull: flag(first, 5),
    corruptRam: flag(first, 9),
    underTemperature: flag(first, 10),
    overTemperature: flag(first, 11),
    headOpen: flag(second, 2),
    ribbonOut: flag(second, 3),
    labelsRemaining: Number(second[8]),
  };
}

/** The most urgent reason a printer cannot print now, if any, with what the packer should do. */
export function hostStatusProblem(status: HostStatus): { code: PrintErrorCode; message: string } | undefined {
  if (status.headOpen) return { code: 'head-open', message: 'The print head is open: close it' };
  if (status.paperOut) return { code: 'paper-out', message: 'The printer is out of labels: load a new roll' };
  if (status.ribbonOut) return { code: 'ribbon-out', message: 'The ribbon is out: load a new ribbon' };
  if (status.paused) return { code: 'paused', message: 'The printer is paused: press the pause button to resume' };
  if (status.overTemperature) return { code: 'failed', message: 'The print head is too hot: let it cool down' };
  if (status.corruptRam) return { code: 'failed', message: 'The printer reports corrupt memory: restart it' };
  return undefined;
}
