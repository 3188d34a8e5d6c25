import { test, expect } from './support/station-host';
import { StationShell } from './pages/station-shell';
import { DevicesPage } from './pages/devices-page';
import { createPtyPair, type PtyPair } from '../../main/devices/testing/socat-pair';
import { openPeer, type ProtocolPeer } from '../../main/devices/testing/protocol-peer';

test('the virtual scale shows a weight set on its platter, moving and then stable, and it is taken only when stable', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const devices = new DevicesPage(page);
  await devices.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices');
  await expect(devices.scaleStatus()).toHaveAttribute('data-state', 'connected');

  // A long settle time makes the moving phase long enough to see.
  await devices.scaleSettings().getByLabel('Settle time (ms)').fill('4000');
  await devices.saveScale();
  await expect(devices.scaleSettingsResult()).toHaveText('Scale saved. Connecting…');
  await devices.unitButton('lb').click();
  await devices.putOnScale('2.35', 'lb');
  await expect(devices.digits()).toHaveText('2.35');
  await expect(devices.readout()).toHaveAttribute('data-state', 'moving');
  await expect(devices.readoutState()).toHaveText('Moving…');
  await expect(devices.takeButton()).toBeDisabled();

  await expect(devices.readout()).toHaveAttribute('data-state', 'stable');
  await expect(devices.readoutState()).toHaveText('Stable');
  await expect(devices.unit()).toHaveText('lb');
  await devices.takeButton().click();
  await expect(page.getByTestId('scale-taken')).toHaveText('Weight taken: 2.35 lb');
});

test('units switch with exact conversion at the scale’s resolution', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const devices = new DevicesPage(page);
  await devices.open();
  await devices.putOnScale('2.35', 'lb');
  await expect(devices.readout()).toHaveAttribute('data-state', 'stable');
  // 2.35 lb = 1.06594207 kg = 1065.94 g = 37.6 oz. A 0.01 lb step is 0.0045 kg, 4.5 g and 0.16 oz, so the display
  // keeps 0.001 kg, 1 g and 0.1 oz: never a finer step than the scale weighs in.
  await devices.unitButton('kg').click();
  await expect(devices.digits()).toHaveText('1.066');
  await expect(devices.unit()).toHaveText('kg');
  await devices.unitButton('g').click();
  await expect(devices.digits()).toHaveText('1066');
  await devices.unitButton('oz').click();
  await expect(devices.digits()).toHaveText('37.6');
  await devices.unitButton('lb').click();
  await expect(devices.digits()).toHaveText('2.35');
  // The choice is the packer's and survives a reload.
  await devices.unitButton('kg').click();
  await page.reload();
  await devices.open();
  await expect(devices.unit()).toHaveText('kg');
});

test('a weight that is not a number is refused with the station’s message', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const devices = new DevicesPage(page);
  await devices.open();
  await devices.putOnScale('2,5x', 'kg');
  await expect(devices.scaleError()).toHaveText('"2,5x" is not a weight');
  await devices.putOnScale('1.5', 'kg');
  await expect(devices.scaleError()).toHaveCount(0);
  await expect(devices.digits()).toHaveText(/^1\.5/);
  await page.getByRole('button', { name: 'Open Printers (F6)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Printers');
});

test('tare, then a lighter box reads below zero with its condition, and zero clears it', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const devices = new DevicesPage(page);
  await devices.open();
  await devices.unitButton('lb').click();
  await devices.putOnScale('5.00', 'lb');
  await expect(devices.readout()).toHaveAttribute('data-state', 'stable');
  await page.getByRole('button', { name: 'Tare', exact: true }).click();
  await expect(devices.digits()).toHaveText('0.00');
  await devices.putOnScale('3.00', 'lb');
  await expect(devices.digits()).toHaveText('-2.00');
  await expect(devices.readout()).toHaveAttribute('data-state', 'condition');
  await expect(devices.readoutState()).toHaveText('Below zero: clear the platter and zero the scale');
  await expect(devices.takeButton()).toBeDisabled();
  await page.getByRole('button', { name: 'Zero', exact: true }).click();
  await expect(devices.digits()).toHaveText('0.00');
  await expect(devices.readout()).toHaveAttribute('data-state', 'stable');
});

test('scale settings that make no sense are refused with the station’s message', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const devices = new DevicesPage(page);
  await devices.open();
  await devices.chooseScale('Mettler Toledo MT-SICS (serial)');
  await devices.saveScale();
  await expect(devices.scaleSettingsResult()).toContainText('Invalid scale settings: port.path');
  // The virtual scale stays connected.
  await expect(devices.scaleStatus()).toHaveAttribute('data-state', 'connected');
});

test.describe('serial devices over a socat pseudo-terminal pair', () => {
  let pair: PtyPair | undefined;
  let peer: ProtocolPeer | undefined;
  test.afterEach(async () => {
    await peer?.close();
    await pair?.kill();
    peer = pair = undefined;
  });

  test('a serial scanner’s scans are listed live with their kind, or the specific error', async ({ page, host }) => {
    pair = await createPtyPair('e2e-scanner');
    await new StationShell(page).open(host.url);
    const devices = new DevicesPage(page);
    await devices.open();
    await expect(page.getByText('Keyboard-wedge scanners need no setup', { exact: false })).toBeVisible();
    const form = devices.scannerSettings();
    await form.getByLabel('Serial scanner').check();
    await form.getByLabel('Serial port').fill(pair.device);
    await form.getByLabel('Each scan ends with').selectOption('cr');
    await form.getByRole('button', { name: 'Save scanner' }).click();
    await expect(page.getByTestId('scanner-settings-result')).toHaveText('Scanner saved.');
    await expect(devices.scannerStatus()).toHaveAttribute('data-state', 'connected');

    peer = await openPeer(pair.peer, '\r', () => undefined);
    await peer.send('X001ABC9ZQ\r');
    await expect(devices.scanRows().first()).toContainText('FNSKU');
    await expect(devices.scanRows().first()).toContainText('X001ABC9ZQ');
    // A UPC-A whose check digit is wrong (036000291453 should end in 2) is reported as such.
    await peer.send('036000291453\r');
    await expect(devices.scanRows()).toHaveCount(2);
    await expect(devices.scanRows().first()).toContainText('CHECK_DIGIT');
  });

  test('an MT-SICS scale on a serial port reads live, reports overload, and comes back after being unplugged', async ({ page, host }) => {
    const platter = { reply: 'S D     1.230 kg', polls: 0 };
    /** A Mettler Toledo scale in miniature: SI answers the platter; the first polls are dynamic (moving). */
    const answer = (command: string) => {
      if (command !== 'SI') return 'ES\r\n';
      platter.polls++;
      return `${platter.polls < 3 ? 'S D     1.234 kg' : platter.reply}\r\n`;
    };
    pair = await createPtyPair('e2e-mtsics');
    peer = await openPeer(pair.peer, '\r\n', answer);
    platter.reply = 'S S     1.234 kg';
    await new StationShell(page).open(host.url);
    const devices = new DevicesPage(page);
    await devices.open();
    await devices.unitButton('kg').click();
    await devices.chooseScale('Mettler Toledo MT-SICS (serial)');
    const form = devices.scaleSettings();
    await form.getByLabel('Serial port').fill(pair.device);
    await form.getByLabel('Command').selectOption('SI');
    await form.getByLabel('Ask every (ms)').fill('100');
    await devices.saveScale();
    await expect(devices.scaleStatus()).toHaveAttribute('data-state', 'connected');
    await expect(devices.digits()).toHaveText('1.234');
    await expect(devices.readout()).toHaveAttribute('data-state', 'stable');
    await expect(page.getByText('Mettler Toledo MT-SICS (serial)', { exact: true }).first()).toBeVisible();

    platter.reply = 'S +';
    await expect(devices.readout()).toHaveAttribute('data-state', 'condition');
    await expect(devices.readoutState()).toHaveText("Overloaded: the weight is above the scale's capacity");
    await expect(devices.takeButton()).toBeDisabled();

    // Unplugged: the readout stops offering a weight and says why; plugged back in, it reads again by itself.
    await peer.close();
    await pair.kill();
    await expect(devices.scaleStatus()).toHaveAttribute('data-state', 'disconnected');
    await expect(devices.readout()).toHaveAttribute('data-state', 'not-connected');
    await expect(devices.scaleStatus()).toContainText('Disconnected');
    platter.reply = 'S S     0.500 kg';
    await pair.restart();
    peer = await openPeer(pair.peer, '\r\n', answer);
    await expect(devices.scaleStatus()).toHaveAttribute('data-state', 'connected', { timeout: 15_000 });
    await expect(devices.digits()).toHaveText('0.500');
    await expect(devices.readout()).toHaveAttribute('data-state', 'stable');
  });
});

test('the devices page speaks Chinese', async ({ page, host }) => {
  const shell = new StationShell(page);
  await shell.open(host.url);
  await page.evaluate(() => (globalThis as unknown as { station: { invoke(c: string, r: unknown): Promise<unknown> } }).station.invoke('settings:update', { language: 'zh-CN' }));
  await expect(shell.nav(/设备/)).toBeVisible();
  await page.keyboard.press('F5');
  await expect(shell.heading()).toHaveText('设备');
  await expect(page.getByRole('heading', { name: '电子秤', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '扫描枪', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '归零' })).toBeVisible();
  await expect(page.getByRole('button', { name: '去皮' })).toBeVisible();
  await expect(page.getByTestId('scale-status')).toContainText('已连接');
  await expect(page.getByRole('button', { name: '放上秤' })).toBeVisible();
  await page.keyboard.press('F6');
  await expect(shell.heading()).toHaveText('打印机');
  await expect(page.getByRole('button', { name: '打印测试页' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '最近打印任务' })).toBeVisible();
});
