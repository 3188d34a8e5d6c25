import { z } from 'zod';
import type { ChannelMap } from './channel';
import { FREIGHT_CLASSES } from '../inbound/freight';

/** Place first (LTL): the freight details per shipment that LTL quotes need, and the PRO/BOL tracking sent. */
export const Pallet = z
  .object({
    quantity: z.number().int().min(1).max(100),
    length: z.number().positive().max(500),
    width: z.number().positive().max(500),
    height: z.number().positive().max(500),
    dimensionUnit: z.enum(['IN', 'CM']),
    weight: z.number().positive().max(10_000),
    weightUnit: z.enum(['LB', 'KG']),
    stackability: z.enum(['STACKABLE', 'NON_STACKABLE']),
  })
  .strict();
export type Pallet = z.infer<typeof Pallet>;

export const ShipmentFreight = z.object({
  shipmentId: z.string(),
  pallets: z.array(Pallet),
  freightClass: z.enum(FREIGHT_CLASSES),
  declaredValue: z.object({ amount: z.number(), code: z.string() }),
  readyToShip: z.string(),
});
export type ShipmentFreight = z.infer<typeof ShipmentFreight>;

export const FreightTracking = z.object({ shipmentId: z.string(), proNumber: z.string(), billOfLadingNumber: z.string().optional() });
export type FreightTracking = z.infer<typeof FreightTracking>;

export const PlanFreight = z.object({ shipments: z.array(ShipmentFreight), tracking: z.array(FreightTracking) });
export type PlanFreight = z.infer<typeof PlanFreight>;

export const inboundFreightChannels = {
  'inbound:freight-get': { request: z.object({ planId: z.string().min(1) }).strict(), response: PlanFreight },
  /** Saves one shipment's pallets and freight details; once every shipment has them, Amazon is asked for LTL quotes. */
  'inbound:freight-set': {
    request: z
      .object({
        planId: z.string().min(1),
        shipmentId: z.string().min(1),
        pallets: z.array(Pallet).min(1, 'Add at least one pallet line').max(20),
        freightClass: z.enum(FREIGHT_CLASSES),
        declaredValue: z.object({ amount: z.number().positive().max(100_000_000), code: z.string().regex(/^[A-Z]{3}$/) }).strict(),
        readyToShip: z.string().min(16).max(40),
      })
      .strict(),
    response: PlanFreight,
  },
} satisfies ChannelMap;
