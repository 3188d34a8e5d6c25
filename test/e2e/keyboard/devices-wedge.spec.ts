import { test, expect } from '../support/station-host';
import { StationShell } from '../pages/station-shell';
import { DevicesPage } from '../pages/devices-page';

test('a keyboard-wedge scan burst is listed as a scan, not typed into the focused field; slow typing stays typing', async ({ page, host }) => {
  await new StationShell(page).open(host.url);
  const devices = new DevicesPage(page);
  await devices.open();
  const field = page.getByRole('textbox', { name: 'Weight on the virtual scale' });
  await field.focus();
  await devices.wedgeScan('X001ABC9ZQ');
  await expect(devices.scanRows()).toHaveCount(1);
  await expect(devices.scanRows().first()).toContainText('Keyboard');
  await expect(devices.scanRows().first()).toContainText('FNSKU');
  await expect(devices.scanRows().first()).toContainText('X001ABC9ZQ');
  await expect(field).toHaveValue('');
  await devices.typeSlowly('12.5');
  await expect(field).toHaveValue('12.5');
  await expect(devices.scanRows()).toHaveCount(1);
});
