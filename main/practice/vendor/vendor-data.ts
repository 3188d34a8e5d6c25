import type { Catalogue } from '../catalogue';
import { RANDOM_STREAMS, seededRandom, type Random } from '../random';

export const PRACTICE_VENDOR_CODE = 'PBVND';
export const PRACTICE_WAREHOUSE_ID = 'PBWH1';

export interface DfAddress {
  name: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  stateOrRegion: string;
  postalCode: string;
  countryCode: string;
  phone?: string;
}

export interface DfOrderItem {
  itemSequenceNumber: string;
  buyerProductIdentifier: string;
  vendorProductIdentifier: string;
  title: string;
  quantity: number;
  netPrice: number;
}

export interface DfOrder {
  purchaseOrderNumber: string;
  customerOrderNumber: string;
  createdAt: number;
  status: 'NEW' | 'ACCEPTED' | 'SHIPPED' | 'CANCELLED';
  shipTo: DfAddress;
  shipMethod: 'UPS_GR_RES' | 'FEDEX_HOME_DELIVERY' | 'USPS_PRIORITY';
  isPriorityShipment: boolean;
  isPslipRequired: boolean;
  isGift: boolean;
  requiredShipDate: number;
  promisedDeliveryDate: number;
  items: DfOrderItem[];
}

const FIRST = ['Maria', 'James', 'Aisha', 'Wei', 'Carlos', 'Priya', 'Emily', 'Daniel', 'Fatima', 'Noah', 'Sofia', 'Liam', 'Mei', 'Jamal', 'Olivia', 'Hiroshi'];
const LAST = ['Garcia', 'Smith', 'Khan', 'Chen', 'Rodriguez', 'Patel', 'Johnson', 'Nguyen', 'Okafor', 'Miller', 'Rossi', 'Brown', 'Lin', 'Davis', 'Wilson', 'Tanaka'];
const STREETS = ['Maple Ave', 'Oak St', 'Cedar Ln', 'Pine Ridge Rd', 'Lakeview Dr', 'Sunset Blvd', 'Elm St', 'Willow Way', 'Park Pl', 'Highland Ave', 'River Rd', '2nd St'];
/** Real city, state and ZIP combinations, so labels and address checks look right. */
const PLACES: [string, string, string][] = [
  ['Seattle', 'WA', '98109'], ['Austin', 'TX', '78701'], ['Denver', 'CO', '80202'], ['Columbus', 'OH', '43215'], ['Atlanta', 'GA', '30303'],
  ['Portland', 'OR', '97205'], ['Phoenix', 'AZ', '85004'], ['Raleigh', 'NC', '27601'], ['Madison', 'WI', '53703'], ['Boise', 'ID', '83702'],
  ['Brooklyn', 'NY', '11201'], ['San Diego', 'CA', '92101'], ['Nashville', 'TN', '37203'], ['Salt Lake City', 'UT', '84111'], ['Omaha', 'NE', '68102'],
];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

const DAY = 86_400_000;

function address(random: Random): DfAddress {
  const [city, stateOrRegion, postalCode] = random.pick(PLACES);
  return {
    name: `${random.pick(FIRST)} ${random.pick(LAST)}`,
    addressLine1: `${random.int(10, 9899)} ${random.pick(STREETS)}`,
    ...(random.chance(0.3) ? { addressLine2: `Apt ${random.int(1, 40)}${random.pick(['A', 'B', 'C', ''])}` } : {}),
    city,
    stateOrRegion,
    postalCode,
    countryCode: 'US',
    phone: `+1 ${random.int(201, 989)}-555-${String(random.int(100, 199)).padStart(4, '0')}`,
  };
}

/**
 * Direct-fulfillment orders of the practice vendor: several per day from a week before `startMs` to two days after,
 * so new orders keep arriving as the clock moves. The same seed and start give the same orders.
 */
export function generateDfOrders(seed: number, startMs: number, catalogue: Catalogue): DfOrder[] {
  const random = seededRandom(seed, RANDOM_STREAMS.vendor);
  const eligible = catalogue.items.filter((c) => !c.hazmat && !c.oversize);
  const orders: DfOrder[] = [];
  const firstDay = Math.floor(startMs / DAY) * DAY - 7 * DAY;
  for (let day = 0; day < 10; day += 1) {
    const perDay = random.int(3, 6);
    for (let n = 0; n < perDay; n += 1) {
      const createdAt = firstDay + day * DAY + random.int(6 * 3600, 22 * 3600) * 1000;
      const shipMethod = random.pick(['UPS_GR_RES', 'FEDEX_HOME_DELIVERY', 'USPS_PRIORITY'] as const);
      const lines = random.int(1, 3);
      const picked = new Set<number>();
      while (picked.size < lines) picked.add(random.int(0, eligible.length - 1));
      orders.push({
        purchaseOrderNumber: Array.from({ length: 8 }, () => ALNUM[random.int(0, ALNUM.length - 1)]).join(''),
        customerOrderNumber: `11${random.int(1, 4)}-${String(random.int(0, 9_999_999)).padStart(7, '0')}-${String(random.int(0, 9_999_999)).padStart(7, '0')}`,
        createdAt,
        status: 'NEW',
        shipTo: address(random),
        shipMethod,
        isPriorityShipment: random.chance(0.15),
        isPslipRequired: random.chance(0.6),
        isGift: random.chance(0.1),
        requiredShipDate: createdAt + 2 * DAY,
        promisedDeliveryDate: createdAt + 6 * DAY,
        items: [...picked].map((index, i) => {
          const entry = eligible[index] as (typeof eligible)[number];
          return {
            itemSequenceNumber: String(i + 1),
            buyerProductIdentifier: entry.asin,
            vendorProductIdentifier: entry.msku,
            title: entry.title,
            quantity: random.int(1, 3),
            netPrice: entry.unitPriceUsd,
          };
        }),
      });
    }
  }
  return orders.sort((a, b) => a.createdAt - b.createdAt);
}
