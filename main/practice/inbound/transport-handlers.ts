import { isoAt } from '../clock';
import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { boxIdOf } from '../ids';
import { paginate, paginationOf } from '../pagination';
import { parseBody } from '../validation';
import { weightLb } from './box-rules';
import { INBOUND_API, type InboundContext } from './context';
import type { BoxRecord, PlanRecord, ShipmentRecord, TransportConfig, TransportationOptionRecord } from './model';
import { confirmTransportationOptionsRequest, generateTransportationOptionsRequest } from './schemas';
import { INBOUND_TIMING } from './timing';
import { deliveryWindowView, offerStatus, transportationOptionView } from './views';

const op = (name: string) => `${INBOUND_API}.${name}`;
const WINDOW_NEEDED = 'CONFIRMED_DELIVERY_WINDOW';

export function shipmentBoxes(plan: PlanRecord, shipment: ShipmentRecord): BoxRecord[] {
  return plan.boxes.filter((b) => b.shipmentId === shipment.id || shipment.plannedPackageIds.includes(b.packageId));
}

/** Box ids follow the packing order within the shipment; boxes added later continue the numbering. */
export function assignBoxIds(plan: PlanRecord, shipment: ShipmentRecord): void {
  if (!shipment.confirmationId) return;
  for (const box of shipmentBoxes(plan, shipment).sort((a, b) => a.sequence - b.sequence)) {
    if (!box.boxId) box.boxId = boxIdOf(shipment.confirmationId, shipment.nextBoxNumber++);
  }
}

export function transportHandlers(ctx: InboundContext): HandlerTable {
  const { store, operations, ids } = ctx;

  const optionsFor = (plan: PlanRecord, shipment: ShipmentRecord, config: TransportConfig, visibleAt: number): TransportationOptionRecord[] => {
    const boxes = shipmentBoxes(plan, shipment);
    const pounds = boxes.reduce((sum, b) => sum + weightLb(b.weight), 0);
    const expiration = visibleAt + INBOUND_TIMING.transportQuoteTtlMs;
    const usd = (amount: number) => ({ amount: Number(amount.toFixed(2)), code: 'USD' });
    const base = { placementOptionId: shipment.placementOptionId, shipmentId: shipment.id, visibleAt };
    const options: TransportationOptionRecord[] = [];
    if (shipment.supportedModes.includes('GROUND_SMALL_PARCEL')) {
      options.push({
        ...base, id: ids.entity('to'), shippingMode: 'GROUND_SMALL_PARCEL', shippingSolution: 'AMAZON_PARTNERED_CARRIER',
        carrier: { alphaCode: 'UPSN', name: 'United Parcel Service Inc.' }, quote: { cost: usd(boxes.length * 5.25 + pounds * 0.42), expiration }, preconditions: [],
      });
      options.push({
        ...base, id: ids.entity('to'), shippingMode: 'GROUND_SMALL_PARCEL', shippingSolution: 'USE_YOUR_OWN_CARRIER',
        carrier: { alphaCode: 'OTHR', name: 'Other small parcel carrier' }, preconditions: [WINDOW_NEEDED],
      });
    }
    if (shipment.supportedModes.includes('FREIGHT_LTL')) {
      const palletCount = (config.pallets ?? []).reduce((n, p) => n + p.quantity, 0);
      if (palletCount > 0 && config.freightInformation?.freightClass && config.freightInformation.declaredValue) {
        const pickup = config.readyToShipStart + INBOUND_TIMING.day;
        options.push({
          ...base, id: ids.entity('to'), shippingMode: 'FREIGHT_LTL', shippingSolution: 'AMAZON_PARTNERED_CARRIER',
          carrier: { alphaCode: 'ABFS', name: 'ABF Freight' }, quote: { cost: usd(165 + pounds * 0.11 + palletCount * 28), expiration }, preconditions: [WINDOW_NEEDED],
          carrierAppointment: { startTime: pickup, endTime: pickup + 8 * 3_600_000 },
        });
      }
      options.push({
        ...base, id: ids.entity('to'), shippingMode: 'FREIGHT_LTL', shippingSolution: 'USE_YOUR_OWN_CARRIER',
        carrier: { alphaCode: 'OTHR', name: 'Other freight carrier' }, preconditions: [WINDOW_NEEDED],
      });
    }
    return options;
  };

  return {
    [op('generateTransportationOptions')]: ({ pathParams, account, now, body, spec }) => {
      const request = parseBody(generateTransportationOptionsRequest, body, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      if (plan.transportConfirmed) throw invalidInput(`Transportation of inbound plan ${plan.id} is confirmed; transportation options cannot be generated again.`);
      const option = plan.placementOptions.find((o) => o.id === request.placementOptionId && o.visibleAt <= now);
      if (!option) throw notFound(`Placement option ${request.placementOptionId} was not found in inbound plan ${plan.id}.`);
      if (offerStatus(option, now) === 'EXPIRED') throw invalidInput(`Placement option ${option.id} is expired; generate placement options again.`);
      const configs = new Map<string, TransportConfig>();
      for (const [i, c] of request.shipmentTransportationConfigurations.entries()) {
        if (!option.shipmentIds.includes(c.shipmentId)) throw invalidInput(`shipmentTransportationConfigurations[${i}].shipmentId ${c.shipmentId} is not a shipment of placement option ${option.id}.`);
        if (configs.has(c.shipmentId)) throw invalidInput(`Shipment ${c.shipmentId} has more than one transportation configuration.`);
        const start = Date.parse(c.readyToShipWindow.start);
        if (start < now - INBOUND_TIMING.day) throw invalidInput(`readyToShipWindow.start ${c.readyToShipWindow.start} of shipment ${c.shipmentId} is in the past.`);
        configs.set(c.shipmentId, {
          readyToShipStart: start,
          ...(c.contactInformation ? { contactInformation: c.contactInformation } : {}),
          ...(c.freightInformation ? { freightInformation: c.freightInformation } : {}),
          ...(c.pallets ? { pallets: c.pallets } : {}),
        });
      }
      const missing = option.shipmentIds.filter((s) => !configs.has(s));
      if (missing.length > 0) throw invalidInput(`Every shipment of placement option ${option.id} needs a transportation configuration; missing for ${missing.join(', ')}.`);
      for (const shipmentId of option.shipmentIds) {
        const shipment = plan.shipments.get(shipmentId) as ShipmentRecord;
        if (shipmentBoxes(plan, shipment).length === 0) {
          throw invalidInput(`Shipment ${shipmentId} has no boxes; set its packing information (setPackingInformation with its shipmentId) before generating transportation options.`);
        }
      }
      const { operationId, completesAt } = operations.start('generateTransportationOptions', account.accountId, now);
      plan.transportationOptions = plan.transportationOptions.filter((t) => t.placementOptionId !== option.id);
      for (const shipmentId of option.shipmentIds) {
        const shipment = plan.shipments.get(shipmentId) as ShipmentRecord;
        const config = configs.get(shipmentId) as TransportConfig;
        shipment.transportConfig = config;
        plan.transportationOptions.push(...optionsFor(plan, shipment, config, completesAt));
      }
      plan.transportGeneratedFor.add(option.id);
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId } };
    },

    [op('listTransportationOptions')]: ({ pathParams, account, now, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const placementOptionId = query.get('placementOptionId');
      const shipmentId = query.get('shipmentId');
      if (!placementOptionId && !shipmentId) throw invalidInput('Give placementOptionId or shipmentId to list transportation options.');
      const visible = plan.transportationOptions.filter(
        (t) => t.visibleAt <= now && (!placementOptionId || t.placementOptionId === placementOptionId) && (!shipmentId || t.shipmentId === shipmentId),
      );
      const { page, nextToken } = paginate(visible, query, { defaultSize: 10, maxSize: 20 });
      return { status: 200, body: { transportationOptions: page.map(transportationOptionView), ...paginationOf(nextToken) } };
    },

    [op('confirmTransportationOptions')]: ({ pathParams, account, now, body, spec }) => {
      const request = parseBody(confirmTransportationOptionsRequest, body, spec.operationId);
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      if (!plan.confirmedPlacementOptionId) throw invalidInput(`Inbound plan ${plan.id} has no confirmed placement option; confirm placement before transportation.`);
      if (plan.transportConfirmed) throw invalidInput(`Transportation of inbound plan ${plan.id} is already confirmed.`);
      const placement = plan.placementOptions.find((o) => o.id === plan.confirmedPlacementOptionId);
      const chosen = new Map<string, { option: TransportationOptionRecord; contact?: { name: string; phoneNumber: string; email?: string } }>();
      for (const [i, selection] of request.transportationSelections.entries()) {
        const shipment = store.confirmedShipment(plan, selection.shipmentId);
        if (chosen.has(shipment.id)) throw invalidInput(`Shipment ${shipment.id} is selected more than once.`);
        const option = plan.transportationOptions.find((t) => t.id === selection.transportationOptionId && t.visibleAt <= now);
        if (!option || option.shipmentId !== shipment.id) {
          throw invalidInput(`transportationSelections[${i}]: transportation option ${selection.transportationOptionId} is not an option of shipment ${shipment.id}.`);
        }
        if (option.quote && now >= option.quote.expiration) throw invalidInput(`Transportation option ${option.id} expired at ${isoAt(option.quote.expiration)}; generate transportation options again.`);
        if (option.preconditions.includes(WINDOW_NEEDED) && !shipment.selectedDeliveryWindow) {
          throw invalidInput(`Transportation option ${option.id} requires a confirmed delivery window for shipment ${shipment.id}; confirm one first.`);
        }
        const contact = selection.contactInformation ?? shipment.transportConfig?.contactInformation;
        if (option.shippingMode === 'FREIGHT_LTL' && option.shippingSolution === 'AMAZON_PARTNERED_CARRIER' && !contact) {
          throw invalidInput(`Amazon-partnered LTL for shipment ${shipment.id} needs contactInformation.`);
        }
        chosen.set(shipment.id, { option, ...(contact ? { contact } : {}) });
      }
      const missing = (placement?.shipmentIds ?? []).filter((s) => !chosen.has(s));
      if (missing.length > 0) throw invalidInput(`Select a transportation option for every shipment; missing for ${missing.join(', ')}.`);
      for (const [shipmentId, { option, contact }] of chosen) {
        const shipment = plan.shipments.get(shipmentId) as ShipmentRecord;
        shipment.selectedTransportationOptionId = option.id;
        shipment.transportConfirmedAt = now;
        if (contact && shipment.transportConfig) shipment.transportConfig.contactInformation = contact;
        if (option.quote && option.shippingSolution === 'AMAZON_PARTNERED_CARRIER') {
          option.quote.voidableUntil = now + (option.shippingMode === 'FREIGHT_LTL' ? INBOUND_TIMING.ltlVoidWindowMs : INBOUND_TIMING.smallParcelVoidWindowMs);
        }
        if (option.shippingMode === 'FREIGHT_LTL') {
          shipment.pallets = (shipment.transportConfig?.pallets ?? []).map((p) => ({ ...p, packageId: ids.entity('pa') }));
          if (option.shippingSolution === 'AMAZON_PARTNERED_CARRIER') shipment.amazonReferenceId = ids.digits(10);
        }
        assignBoxIds(plan, shipment);
      }
      plan.transportConfirmed = true;
      plan.counts.transportationConfirmations += 1;
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('confirmTransportationOptions', account.accountId, now).operationId } };
    },

    [op('generateDeliveryWindowOptions')]: ({ pathParams, account, now }) => {
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      if (shipment.selectedDeliveryWindow) throw invalidInput(`Shipment ${shipment.id} has a confirmed delivery window; new delivery window options cannot be generated.`);
      const { operationId, completesAt } = operations.start('generateDeliveryWindowOptions', account.accountId, now);
      const earliest = Math.max(now, shipment.transportConfig?.readyToShipStart ?? now) + 2 * INBOUND_TIMING.day;
      const firstDay = Math.ceil(earliest / INBOUND_TIMING.day) * INBOUND_TIMING.day;
      plan.deliveryWindows = plan.deliveryWindows.filter((w) => w.shipmentId !== shipment.id);
      for (let i = 0; i < 6; i += 1) {
        const start = firstDay + i * INBOUND_TIMING.day;
        plan.deliveryWindows.push({
          id: ids.entity('dw'),
          shipmentId: shipment.id,
          start,
          end: start + INBOUND_TIMING.deliveryWindowLengthMs - 1000,
          availabilityType: i === 2 ? 'CONGESTED' : 'AVAILABLE',
          validUntil: completesAt + INBOUND_TIMING.deliveryWindowValidityMs,
          visibleAt: completesAt,
        });
      }
      return { status: 202, body: { operationId } };
    },

    [op('listDeliveryWindowOptions')]: ({ pathParams, account, now, query }) => {
      const plan = store.plan(account.accountId, pathParams.inboundPlanId ?? '');
      const shipment = store.shipment(plan, pathParams.shipmentId ?? '');
      const visible = plan.deliveryWindows.filter((w) => w.shipmentId === shipment.id && w.visibleAt <= now);
      const { page, nextToken } = paginate(visible, query, { defaultSize: 10, maxSize: 100 });
      return { status: 200, body: { deliveryWindowOptions: page.map(deliveryWindowView), ...paginationOf(nextToken) } };
    },

    [op('confirmDeliveryWindowOptions')]: ({ pathParams, account, now }) => {
      const plan = store.workablePlan(account.accountId, pathParams.inboundPlanId ?? '', now);
      const shipment = store.confirmedShipment(plan, pathParams.shipmentId ?? '');
      if (shipment.status !== 'WORKING') throw invalidInput(`Shipment ${shipment.id} is ${shipment.status}; its delivery window can no longer change.`);
      const window = plan.deliveryWindows.find((w) => w.id === pathParams.deliveryWindowOptionId && w.shipmentId === shipment.id && w.visibleAt <= now);
      if (!window) throw notFound(`Delivery window option ${pathParams.deliveryWindowOptionId} was not found for shipment ${shipment.id}.`);
      if (now >= window.validUntil) throw invalidInput(`Delivery window option ${window.id} was valid until ${isoAt(window.validUntil)}; generate delivery window options again.`);
      shipment.selectedDeliveryWindow = {
        availabilityType: window.availabilityType,
        deliveryWindowOptionId: window.id,
        startDate: isoAt(window.start),
        endDate: isoAt(window.end),
        editableUntil: isoAt(window.start - INBOUND_TIMING.day),
      };
      plan.lastUpdatedAt = now;
      return { status: 202, body: { operationId: operations.start('confirmDeliveryWindowOptions', account.accountId, now).operationId } };
    },
  };
}
