import { expect, type Locator, type Page } from '@playwright/test';
import { AMAZON_STEP_MS, InboundPage, type Strings } from './inbound-page';
import type { PageGlobals } from '../support/page-globals';

/**
 * The place-first parts of the FBA inbound page: the flow choice, packing per shipment with weights from the (virtual)
 * station scale, the pallets and freight form, LTL transport, pallet labels, bill of lading and PRO/BOL tracking.
 */
export class PlaceFirstPage extends InboundPage {
  constructor(page: Page, s: Strings) {
    super(page, s);
  }

  get pf(): Strings['placeFirst'] {
    return this.s.placeFirst;
  }

  /** Picks "place first" among the flows; its reason (LTL only) is shown with it. */
  async choosePlaceFirst(): Promise<void> {
    // Arrow keys move through a radio group (Space is held by the page's scanner listener like any character).
    await this.page.getByRole('radio', { name: this.s.inbound.flow.pack_first }).focus();
    await this.page.keyboard.press('ArrowDown');
    const radio = this.page.getByRole('radio', { name: this.s.inbound.flow.place_first });
    await expect(radio).toBeChecked();
    await expect(this.page.getByText(this.s.inbound.flowHelp.place_first)).toBeVisible();
  }

  /** Puts a weight on the virtual scale, as a packer sets a box or pallet on the platter. */
  async putOnScale(text: string, unit: 'lb' | 'kg'): Promise<void> {
    const put = await this.page.evaluate(
      ([t, u]) => (globalThis as unknown as PageGlobals).station!.invoke('devices:virtual-weight', { text: t!, unit: u as 'lb' | 'kg' }),
      [text, unit] as const,
    );
    expect(put.ok && put.value.accepted).toBe(true);
  }

  /** Waits for the scale to settle on the weight, then takes it with the readout's button from the keyboard. */
  async takeWeightFromScale(text: string): Promise<void> {
    const readout = this.page.getByTestId('scale-readout');
    await expect(readout.getByTestId('scale-weight')).toContainText(text, { timeout: AMAZON_STEP_MS });
    const take = readout.getByRole('button');
    await expect(take).toBeEnabled({ timeout: AMAZON_STEP_MS });
    await take.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Closes the open box: weight from the scale, the first common box size, Alt+C. */
  async closeBoxWeighed(pounds: string): Promise<void> {
    await this.putOnScale(pounds, 'lb');
    await this.takeWeightFromScale(pounds);
    await expect(this.weightField()).toHaveValue(pounds);
    await this.page.keyboard.press('Alt+Digit1');
    await this.page.keyboard.press('Alt+KeyC');
  }

  /** Types into a named field like a person: select what is there, then type. */
  async typeInto(name: string, text: string): Promise<void> {
    const field = this.page.locator(`[name="${name}"]`);
    await field.focus();
    await field.press('ControlOrMeta+a');
    await this.typeSlowly(text);
    await expect(field).toHaveValue(text);
  }

  palletsForm(): Locator {
    return this.page.getByTestId('pallets-form');
  }

  freightShipments(): Locator {
    return this.page.getByTestId('freight-shipment');
  }

  freightIssues(): Locator {
    return this.page.getByTestId('freight-issues');
  }

  transportShipments(): Locator {
    return this.page.getByTestId('transport-shipment');
  }

  /** Fills one shipment's pallets and freight details: one pallet line weighed on the scale, a class and a value. */
  async enterFreight(input: { pallets: number; height: string; palletPounds: string; freightClass: string; declaredValue: string }): Promise<void> {
    await expect(this.palletsForm()).toBeVisible();
    await this.typeInto('pallet-quantity-0', String(input.pallets));
    await this.typeInto('pallet-height-0', input.height);
    await this.page.locator('[name="pallet-weight-0"]').focus();
    await this.putOnScale(input.palletPounds, 'lb');
    await this.takeWeightFromScale(input.palletPounds);
    await expect(this.page.locator('[name="pallet-weight-0"]')).toHaveValue(input.palletPounds);
    await this.page.locator('[name="freight-class"]').selectOption(input.freightClass);
    await this.typeInto('declared-value', input.declaredValue);
    await this.page.keyboard.press('Alt+KeyS');
  }

  freightTracking(shipment: Locator): Locator {
    return shipment.getByTestId('freight-tracking');
  }
}
