import type { OperationProblem } from './async-operations';

export type Owner = 'AMAZON' | 'SELLER' | 'NONE';
export type ContentSource = 'BOX_CONTENT_PROVIDED' | 'MANUAL_PROCESS' | 'BARCODE_2D';
export type ShippingMode = 'GROUND_SMALL_PARCEL' | 'FREIGHT_LTL';
export type ShippingSolution = 'AMAZON_PARTNERED_CARRIER' | 'USE_YOUR_OWN_CARRIER';

export interface Money {
  amount: number;
  code: string;
}

export interface Incentive {
  description: string;
  target: string;
  type: 'FEE' | 'DISCOUNT';
  value: Money;
}

export interface AddressRecord {
  name: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  stateOrProvinceCode?: string;
  postalCode: string;
  countryCode: string;
  companyName?: string;
  phoneNumber?: string;
  email?: string;
  districtOrCounty?: string;
}

export interface PlanItem {
  msku: string;
  quantity: number;
  labelOwner: Owner;
  prepOwner: Owner;
  expiration?: string;
  manufacturingLotCode?: string;
}

export interface PackingGroupRecord {
  id: string;
  items: PlanItem[];
}

export interface PackingOptionRecord {
  id: string;
  groupIds: string[];
  status: 'OFFERED' | 'ACCEPTED' | 'EXPIRED';
  expiresAt: number;
  visibleAt: number;
  fees: Incentive[];
  discounts: Incentive[];
  modes: ShippingMode[];
}

export interface BoxRecord {
  packageId: string;
  /** Assigned once the shipment's transportation is confirmed. */
  boxId?: string;
  packingGroupId?: string;
  shipmentId?: string;
  contentInformationSource: ContentSource;
  dimensions: { length: number; width: number; height: number; unitOfMeasurement: 'IN' | 'CM' };
  weight: { value: number; unit: 'LB' | 'KG' };
  items: PlanItem[];
  /** Order in which the boxes were submitted; Amazon lists them in another order. */
  sequence: number;
}

export interface FulfillmentCenter {
  warehouseId: string;
  hazmat: boolean;
  address: AddressRecord;
}

export interface PalletRecord {
  packageId: string;
  quantity: number;
  dimensions?: BoxRecord['dimensions'];
  weight?: BoxRecord['weight'];
  stackability?: 'STACKABLE' | 'NON_STACKABLE';
}

export interface TransportConfig {
  readyToShipStart: number;
  contactInformation?: { name: string; phoneNumber: string; email?: string };
  freightInformation?: { declaredValue?: Money; freightClass?: string };
  pallets?: Omit<PalletRecord, 'packageId'>[];
}

export interface ShipmentRecord {
  id: string;
  placementOptionId: string;
  destination: FulfillmentCenter;
  status: 'UNCONFIRMED' | 'WORKING' | 'SHIPPED' | 'CANCELLED';
  name: string;
  sourceAddress: AddressRecord;
  supportedModes: ShippingMode[];
  /** Place-first shipments receive items from the placement; pack-first shipments hold boxes. */
  items: PlanItem[];
  /** Pack-first: the boxes this shipment would carry, fixed when the placement option was generated. */
  plannedPackageIds: string[];
  confirmationId?: string;
  amazonReferenceId?: string;
  transportConfig?: TransportConfig;
  selectedTransportationOptionId?: string;
  transportConfirmedAt?: number;
  selectedDeliveryWindow?: { deliveryWindowOptionId: string; availabilityType: string; startDate: string; endDate: string; editableUntil: string };
  pallets: PalletRecord[];
  tracking?: { spd?: { boxId: string; trackingId: string }[]; ltl?: { billOfLadingNumber?: string; freightBillNumber: string[] } };
  nextBoxNumber: number;
  /** Self-ship slots offered and appointments booked (MX, BR, EG, SA, AE and IN only). */
  selfShip?: {
    slots: { id: string; start: number; end: number }[];
    expiresAt: number;
    visibleAt: number;
    appointments: { appointmentId: number; start: number; end: number; status: 'ARRIVAL_SCHEDULED' | 'CANCELLED' }[];
  };
}

export interface PlacementOptionRecord {
  id: string;
  shipmentIds: string[];
  status: 'OFFERED' | 'ACCEPTED' | 'EXPIRED';
  expiresAt: number;
  visibleAt: number;
  fees: Incentive[];
  discounts: Incentive[];
}

export interface TransportationOptionRecord {
  id: string;
  placementOptionId: string;
  shipmentId: string;
  shippingMode: ShippingMode;
  shippingSolution: ShippingSolution;
  carrier: { alphaCode?: string; name: string };
  quote?: { cost: Money; expiration: number; voidableUntil?: number };
  preconditions: string[];
  carrierAppointment?: { startTime: number; endTime: number };
  visibleAt: number;
}

export interface DeliveryWindowRecord {
  id: string;
  shipmentId: string;
  start: number;
  end: number;
  availabilityType: 'AVAILABLE' | 'CONGESTED' | 'DISCOUNTED';
  validUntil: number;
  visibleAt: number;
}

export interface ContentUpdatePreviewRecord {
  id: string;
  shipmentId: string;
  expiresAt: number;
  visibleAt: number;
  status: 'OFFERED' | 'ACCEPTED';
  requestedBoxes: (Omit<BoxRecord, 'sequence' | 'packageId' | 'boxId'> & { packageId?: string; quantity: number })[];
  requestedItems: PlanItem[];
  transportationOption: TransportationOptionRecord;
}

export interface PlanRecord {
  id: string;
  accountId: string;
  name: string;
  marketplaceId: string;
  sourceAddress: AddressRecord;
  status: 'ACTIVE' | 'VOIDED' | 'SHIPPED' | 'ERRORED';
  createdAt: number;
  lastUpdatedAt: number;
  /** The create operation's completion: before it the plan's items are still being validated. */
  readyAt: number;
  creationProblems: OperationProblem[];
  items: PlanItem[];
  flow?: 'PACK_FIRST' | 'PLACE_FIRST';
  packingOptions: PackingOptionRecord[];
  packingGroups: Map<string, PackingGroupRecord>;
  confirmedPackingOptionId?: string;
  placementOptions: PlacementOptionRecord[];
  confirmedPlacementOptionId?: string;
  shipments: Map<string, ShipmentRecord>;
  boxes: BoxRecord[];
  nextBoxSequence: number;
  transportationOptions: TransportationOptionRecord[];
  /** Placement options whose transportation options were generated, which Amazon requires before placement. */
  transportGeneratedFor: Set<string>;
  transportConfirmed: boolean;
  deliveryWindows: DeliveryWindowRecord[];
  contentUpdatePreviews: ContentUpdatePreviewRecord[];
  /** Effective state changes, so tests can assert that a retrying client did not duplicate any. */
  counts: { packingOptionConfirmations: number; packingInformationSets: number; placementConfirmations: number; transportationConfirmations: number; contentUpdateConfirmations: number };
}
