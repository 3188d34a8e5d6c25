import { describe, expect, it } from 'vitest';
import { alreadyConfirmed } from './retail-sync';

describe('recognising an ASN that already arrived', () => {
  const id = 'PBMI3K2Z9A1B2C3';

  it('takes a refusal that only says this shipment was already confirmed as the earlier attempt having arrived', () => {
    expect(alreadyConfirmed([{ message: `Shipment ${id} was already confirmed; send shipmentConfirmationType Replace to change it.` }], id)).toBe(true);
    expect(alreadyConfirmed([{ message: `Shipment ${id} has already been confirmed.` }], id)).toBe(true);
  });

  it('does not hide any other refusal, one about another shipment, or an empty error list', () => {
    expect(alreadyConfirmed([], id)).toBe(false);
    expect(alreadyConfirmed([{ message: 'Shipment PBOTHER1 was already confirmed.' }], id)).toBe(false);
    expect(
      alreadyConfirmed(
        [{ message: `Shipment ${id} was already confirmed.` }, { message: `Purchase order 12345678 ships to ABE2, not PHX6.` }],
        id,
      ),
    ).toBe(false);
    expect(alreadyConfirmed([{ message: `Item 1 of shipment ${id} is not on purchase order 12345678.` }], id)).toBe(false);
  });
});
