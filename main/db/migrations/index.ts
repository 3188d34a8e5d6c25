import type { Migration } from './migration';
import { accountsAndSettings } from './0001-accounts-and-settings';
import { syncAndAudit } from './0002-sync-and-audit';
import { catalogueAndInbound } from './0003-catalogue-and-inbound';
import { printJobs } from './0004-print-jobs';
import { vendorDirectFulfillment } from './0005-vendor-direct-fulfillment';
import { retailShipments } from './0006-retail-shipments';
import { mcfOrders } from './0007-mcf-orders';
import { inboundPlaceFirst } from './0008-inbound-place-first';
import { inboundAfterConfirmation } from './0009-inbound-after-confirmation';
import { inboundConflicts } from './0010-inbound-conflicts';
import { dfOwnCarrierStatus } from './0011-df-own-carrier-status';

/** Every migration in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [accountsAndSettings, syncAndAudit, catalogueAndInbound, printJobs, vendorDirectFulfillment, retailShipments, mcfOrders, inboundPlaceFirst, inboundAfterConfirmation, inboundConflicts, dfOwnCarrierStatus];

export type { Migration };
