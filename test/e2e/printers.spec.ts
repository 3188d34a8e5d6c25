import { createServer } from 'node:net';
import { test, expect } from './support/station-host';
import { StationShell } from './pages/station-shell';
import { PrintersPage } from './pages/printers-page';
import { startLoopbackPrinter, type LoopbackPrinter } from '../support/loopback-printer';
import { addRawQueue, ensureCupsd, removeQueue } from '../support/cups';

const STX = '\u0002';
const ETX = '\u0003';
/** A Zebra's ~HS reply with the paper-out, paused and head-open flags where the ZPL manual puts them. */
const hostStatus = (paperOut: 0 | 1, paused: 0 | 1, headOpen: 0 | 1) =>
  `${STX}030,${paperOut},${paused},1245,000,0,0,0,000,0,0,0${ETX}\r\n${STX}001,0,${headOpen},0,1,2,6,0,00000000,1,000${ETX}\r\n${STX}1234,0${ETX}\r\n`;

/** A port on 127.0.0.1 that nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

let printer: LoopbackPrinter | undefined;
test.afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

test('the virtual printer is there and ready; a test print lands in Recent jobs with its preview', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const printers = new PrintersPage(page);
  await printers.open();
  await expect(printers.card('Virtual printer')).toContainText('ZPL (label printer) · 203 dpi · 4 × 6 in');
  await expect(printers.status('Virtual printer')).toContainText('Ready');
  // A new station sends every role to the virtual printer.
  await expect(printers.card('Virtual printer')).toContainText('Shipping and box labels');
  await expect(printers.jobRows()).toHaveCount(0);

  await printers.testPrint('Virtual printer');
  await expect(printers.notice()).toHaveText('Test label sent to Virtual printer.');
  await expect(printers.jobRows()).toHaveCount(1);
  await expect(printers.jobRows().first()).toContainText('Packbench test print');
  await expect(printers.jobRows().first()).toContainText('Virtual printer');
  const image = printers.previewImages().first();
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/);
  // Decoded, not just referenced: a 4×6 in label at 203 dpi is 812×1218 dots.
  const decodedSize = () =>
    image.evaluate((img) => {
      const { naturalWidth, naturalHeight } = img as unknown as { naturalWidth: number; naturalHeight: number };
      return `${naturalWidth}x${naturalHeight}`;
    });
  await expect.poll(decodedSize).toBe('812x1218');
});

test('a network printer profile prints ZPL to a TCP listener, and can take the label role', async ({ page, host }) => {
  printer = await startLoopbackPrinter({ hostStatusReply: hostStatus(0, 0, 0) });
  await new StationShell(page).open(host.url);
  const printers = new PrintersPage(page);
  await printers.open();
  await printers.add({ name: 'Dock Zebra', connection: 'Network (TCP)', host: '127.0.0.1', port: String(printer.port), darkness: '20' });
  await expect(printers.notice()).toHaveText('Printer Dock Zebra saved.');
  await expect(printers.card('Dock Zebra')).toContainText(`127.0.0.1:${printer.port}`);
  await expect(printers.status('Dock Zebra')).toContainText('Ready');

  const job = printer.nextJob();
  await printers.testPrint('Dock Zebra');
  const bytes = (await job).toString('latin1');
  expect(bytes.startsWith('^XA') || bytes.startsWith('~SD')).toBe(true);
  expect(bytes).toContain('~SD20');
  expect(bytes).toContain('^XZ');
  await expect(printers.jobRows().first()).toContainText('Dock Zebra');

  // Edited in place: the name stays, the stock changes.
  await printers.card('Dock Zebra').getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit Dock Zebra' });
  await expect(edit.getByLabel('Printer name')).toHaveValue('Dock Zebra');
  await edit.getByLabel('Resolution (dpi)').selectOption('300');
  await edit.getByLabel('Label height (in)').fill('4');
  await edit.getByRole('button', { name: 'Save printer' }).click();
  await expect(printers.card('Dock Zebra')).toContainText('300 dpi · 4 × 4 in');
  await expect(printers.card('Dock Zebra')).toContainText('darkness 20');

  await printers.role('Shipping and box labels').selectOption('Dock Zebra');
  await expect(printers.notice()).toHaveText('Shipping and box labels: Dock Zebra.');
  await expect(printers.card('Dock Zebra')).toContainText('Shipping and box labels');
  await page.reload();
  await printers.open();
  await expect(printers.role('Shipping and box labels')).toHaveValue('Dock Zebra');
});

test('a printer out of labels says so, and one that cannot be reached says what to check', async ({ page, host }) => {
  printer = await startLoopbackPrinter({ hostStatusReply: hostStatus(1, 0, 0) });
  const offlinePort = await closedPort();
  await new StationShell(page).open(host.url);
  const printers = new PrintersPage(page);
  await printers.open();
  await printers.add({ name: 'Empty Zebra', connection: 'Network (TCP)', host: '127.0.0.1', port: String(printer.port) });
  await expect(printers.status('Empty Zebra')).toContainText('Out of labels');
  await expect(printers.status('Empty Zebra')).toContainText('load a new roll');

  await printers.add({ name: 'Unplugged Zebra', connection: 'Network (TCP)', host: '127.0.0.1', port: String(offlinePort) });
  await expect(printers.status('Unplugged Zebra')).toContainText('Offline');
  await printers.testPrint('Unplugged Zebra');
  await expect(printers.notice()).toHaveAttribute('role', 'alert');
  await expect(printers.notice()).toContainText('The printer cannot be reached');
  await expect(printers.notice()).toContainText(`127.0.0.1:${offlinePort}`);
});

test('a CUPS queue found by discovery is picked, saved raw and prints ZPL through the scheduler', async ({ page, host }) => {
  await ensureCupsd();
  printer = await startLoopbackPrinter({ hostStatusReply: hostStatus(0, 0, 0) });
  // A Zebra-like name, as a real queue would have: discovery takes it for a ZPL printer.
  const queue = `Zebra_Packbench_E2E_${process.pid}`;
  addRawQueue(queue, printer.port);
  try {
    await new StationShell(page).open(host.url);
    const printers = new PrintersPage(page);
    await printers.open();
    await page.getByRole('button', { name: 'Add printer' }).click();
    const form = printers.form();
    await form.getByRole('button', { name: 'Find printers on this computer' }).click();
    const found = form.getByTestId('printer-discovery').getByRole('listitem').filter({ hasText: queue });
    await expect(found).toContainText('CUPS · label printer (ZPL)');
    await found.getByRole('button', { name: queue }).click();
    await expect(form.getByLabel('Printer name')).toHaveValue(queue);
    await expect(form.getByLabel('CUPS queue (raw)')).toBeChecked();
    await expect(form.getByLabel('CUPS queue', { exact: true })).toHaveValue(queue);
    await form.getByRole('button', { name: 'Save printer' }).click();
    await expect(printers.card(queue)).toContainText('CUPS queue (raw)');

    const job = printer.nextJob(30_000);
    await printers.testPrint(queue);
    await expect(printers.notice()).toHaveText(`Test label sent to ${queue}.`);
    expect((await job).toString('latin1')).toMatch(/^(\^XA|~SD)/);
  } finally {
    removeQueue(queue);
  }
});

test('an invalid printer profile is refused with the station’s message and nothing is saved', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const printers = new PrintersPage(page);
  await printers.open();
  await printers.add({ name: 'Bad Zebra', connection: 'Network (TCP)', host: '127.0.0.1', port: '70000' });
  await expect(printers.formError()).toContainText('Printer profile is not valid: connection.port');
  await expect(printers.form().getByLabel('Printer name')).toHaveValue('Bad Zebra');
  await printers.form().getByLabel('Port', { exact: true }).fill('9100');
  await printers.form().getByLabel('Label width (in)').fill('12');
  await printers.form().getByRole('button', { name: 'Save printer' }).click();
  await expect(printers.formError()).toContainText('widthIn');
  await expect(printers.card('Bad Zebra')).toHaveCount(0);
});
