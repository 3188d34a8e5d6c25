import { z } from 'zod';

/** Outbox ops of changes made after a shipment is confirmed. */
export const AFTER_OPS = {
  previewContentUpdate: 'inbound.previewContentUpdate',
  confirmContentUpdate: 'inbound.confirmContentUpdate',
  refreshConfirmed: 'inbound.refreshConfirmed',
  renamePlan: 'inbound.renamePlan',
  renameShipment: 'inbound.renameShipment',
  refreshDeliveryWindows: 'inbound.refreshDeliveryWindows',
  changeDeliveryWindow: 'inbound.changeDeliveryWindow',
  selfShipSlots: 'inbound.selfShipSlots',
  selfShipBook: 'inbound.selfShipBook',
  selfShipCancel: 'inbound.selfShipCancel',
} as const;
export type AfterOp = (typeof AFTER_OPS)[keyof typeof AFTER_OPS];

export const PlanPayload = z.object({ planId: z.string() });
export const ShipmentPayload = PlanPayload.extend({ shipmentId: z.string() });
export const UpdatePayload = PlanPayload.extend({ updateId: z.string() });
export const WindowPayload = ShipmentPayload.extend({ deliveryWindowOptionId: z.string() });

/** A content update's entries form their own queue, so a preview Amazon refuses never holds up the plan's other steps. */
export const contentUpdateEntity = (updateId: string) => `content-update:${updateId}`;
