import { test, expect } from './support/practice-market';
import { STRINGS } from './support/strings';
import { StationShell } from './pages/station-shell';
import { AMAZON_STEP_MS, RetailPage, fill } from './pages/retail-page';
import type { PageGlobals } from './support/page-globals';
import { practicePaperworkAt } from './support/practice-paperwork';
import { lightItems } from './support/station-catalogue';


for (const language of ['en', 'zh-CN'] as const) {
  test(`a retail ASN through the UI (${language}): PO lines, cartons by scan, a pallet by SSCC scans, labels, sent and confirmed`, async ({ page, host, market }) => {
    test.setTimeout(180_000);
    const s = STRINGS[language].retail;
    const shell = new StationShell(page);
    await shell.openIn(host.url, language);
    const retail = new RetailPage(page, STRINGS[language]);
    await retail.open();
    await expect(page.getByTestId('retail-empty')).toHaveText(s.noShipments);

    // The paperwork: the first purchase order, two of its lines.
    const paperwork = await practicePaperworkAt(market.url);
    const po = paperwork.purchaseOrders[0]!;
    const [first, second] = po.items;
    const barcode = (sku: string) => {
      const item = paperwork.item(sku);
      return item.upc ?? item.ean ?? item.fnsku;
    };

    // A new ASN: the vendor codes and GS1 prefix once, then destination and lines (one by ASIN typed, one by scan).
    await page.keyboard.press('Alt+KeyN');
    await expect(shell.heading()).toHaveText(s.newShipment);
    await retail.typeInto('retail-selling-party', 'PBVND');
    await retail.typeInto('retail-ship-from-party', 'PBWH1');
    await retail.typeInto('retail-gs1-prefix', '0614141');
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="retail-gs1-prefix"]')).toHaveValue('0614141');
    await retail.typeInto('retail-ship-to', po.shipToPartyId);
    await retail.typeInto('retail-line-po', po.purchaseOrderNumber);
    await retail.typeInto('retail-line-code', first!.asin);
    await page.locator('input[name="retail-line-quantity"]').focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('retail-draft-line')).toHaveCount(1);
    await retail.scan(barcode(second!.vendorSku));
    await expect(page.locator('input[name="retail-line-quantity"]')).toBeFocused();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('retail-draft-line')).toHaveCount(2);
    await page.keyboard.press('Alt+Enter');
    await expect(page.getByTestId('retail-shipment')).toBeVisible();
    await retail.waitForStep('building');

    // Carton 1: a stranger is refused, line 1 scanned in full, one too many refused; closed with weight and size.
    const stranger = lightItems(host.dataDir, 40).find((i) => i.msku !== first!.vendorSku && i.msku !== second!.vendorSku && (i.upc ?? i.ean))!;
    const strangerCode = (stranger.upc ?? stranger.ean)!;
    await expect(page.locator('input[name="retail-scan"]')).toBeFocused();
    await retail.scan(strangerCode);
    await expect(retail.feedback()).toHaveText(fill(s.refused.NOT_ON_SHIPMENT, { code: strangerCode }));
    const code1 = barcode(first!.vendorSku);
    for (let n = 1; n <= 3; n++) {
      await retail.scan(code1);
      await expect(retail.feedback()).toHaveText(fill(s.scanOk, { quantity: 1, sku: first!.vendorSku, po: po.purchaseOrderNumber, packed: n, expected: 3 }));
    }
    await retail.scan(code1);
    await expect(retail.feedback()).toHaveText(fill(s.refused.TOO_MANY, { code: code1 }));
    await retail.close('18.5', ['20', '16', '14']);
    await expect(retail.feedback()).toHaveText(fill(s.cartonClosed, { n: 1 }));
    await expect(page.locator('input[name="retail-scan"]')).toBeFocused();

    // Carton 2 opens with the next scan.
    const code2 = barcode(second!.vendorSku);
    for (let n = 1; n <= 2; n++) {
      await retail.scan(code2);
      await expect(retail.feedback()).toHaveText(fill(s.scanOk, { quantity: 1, sku: second!.vendorSku, po: po.purchaseOrderNumber, packed: n, expected: 2 }));
    }
    await expect(retail.containers('carton')).toHaveCount(2);
    const [sscc1, sscc2] = await retail.containers('carton').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sscc')!));

    // Onto a pallet by their SSCC labels: the open carton is refused until closed.
    await page.keyboard.press('Alt+KeyM');
    await expect(page.getByTestId('retail-pack')).toHaveAttribute('data-target', 'pallet');
    await retail.scan(sscc2!);
    await expect(retail.feedback()).toHaveAttribute('data-code', 'CARTON_OPEN');
    await page.keyboard.press('Alt+KeyM');
    await retail.close('9', ['16', '12', '10']);
    await expect(retail.feedback()).toHaveText(fill(s.cartonClosed, { n: 2 }));
    await page.keyboard.press('Alt+KeyM');
    await retail.scan(`(00)${sscc1!}`);
    await expect(retail.feedback()).toHaveAttribute('data-kind', 'ok');
    await retail.scan(sscc2!);
    await expect(retail.feedback()).toHaveText(fill(s.placed_other, { pallet: 1, count: 2 }));
    if (language === 'en') await retail.close('80', ['48', '40', '50']);
    else {
      // The pallet weighed on the (virtual) floor scale; the readout's stable weight taken from the keyboard.
      const put = await page.evaluate(() => (globalThis as unknown as PageGlobals).station!.invoke('devices:virtual-weight', { text: '36.5', unit: 'kg' }));
      expect(put.ok && put.value.accepted).toBe(true);
      const take = page.getByTestId('scale-readout').getByRole('button');
      await expect(page.getByTestId('scale-weight')).toContainText('36.5', { timeout: AMAZON_STEP_MS });
      await expect(take).toBeEnabled({ timeout: AMAZON_STEP_MS });
      await take.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('input[name="retail-weight"]')).toHaveValue('36.5');
      await expect(page.locator('select[name="retail-weight-unit"]')).toHaveValue('KG');
      await retail.typeInto('retail-length', '120');
      await retail.typeInto('retail-width', '100');
      await retail.typeInto('retail-height', '130');
      await page.keyboard.press('Alt+KeyC');
    }
    await expect(retail.feedback()).toHaveText(fill(s.palletClosed, { n: 1 }));
    const pallet = retail.containers('pallet');
    await expect(pallet).toHaveAttribute('data-status', 'closed');
    const palletSscc = (await pallet.getAttribute('data-sscc'))!;
    for (const sscc of [sscc1!, sscc2!, palletSscc]) expect(sscc).toMatch(/^[01]0614141\d{10}$/);

    // Labels on the virtual printer, then the ASN to Amazon.
    // Chinese has no singular form: i18next picks the "other" string for one job too.
    const oneJob = (one: string, other: string) => fill(language === 'en' ? one : other, { count: 1, printer: 'Virtual printer' });
    await page.keyboard.press('Alt+KeyP');
    await expect(page.getByTestId('retail-message')).toHaveText(oneJob(s.printedSscc_one, s.printedSscc_other));
    await page.keyboard.press('Alt+KeyI');
    await expect(page.getByTestId('retail-message')).toHaveText(oneJob(s.printedContents_one, s.printedContents_other));
    // The virtual printer's pages of both jobs: one SSCC label per carton and pallet.
    await expect(page.getByTestId('retail-print-job')).toHaveCount(2);
    await expect(page.getByTestId('retail-label-preview').first()).toHaveAttribute('src', /^data:image\/png;base64,/);
    await page.keyboard.press('Alt+KeyS');
    await retail.waitForStep('confirmed');
    await expect(page.getByTestId('retail-confirmed')).toHaveText(s.confirmedNote);

    // Amazon holds one ASN for the shipment: two cartons and one pallet, identified by the SSCCs the station printed.
    const shipmentId = (await page.getByTestId('retail-shipment').getAttribute('data-shipment'))!;
    const asns = (await market.inspect()).retail.asns.filter((a) => a.shipmentIdentifier === shipmentId);
    expect(asns).toHaveLength(1);
    expect(asns[0]).toMatchObject({ cartons: 2, pallets: 1, palletIdentifiers: [palletSscc] });
    expect([...asns[0]!.cartonIdentifiers].sort()).toEqual([sscc1!, sscc2!].sort());

    // The pallet's SSCC label finds the shipment again from the list.
    await page.keyboard.press('Alt+KeyB');
    await expect(shell.heading()).toHaveText(s.title);
    await retail.scan(`(00)${palletSscc}`);
    await expect(page.getByTestId('retail-shipment')).toBeVisible();
    await retail.waitForStep('confirmed');
  });
}
