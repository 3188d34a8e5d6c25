import { withCheckDigit } from './gs1';
import { RANDOM_STREAMS, seededRandom, type Random } from './random';

export type PrepCategoryName = 'NONE' | 'FRAGILE' | 'LIQUID' | 'TEXTILE' | 'SHARP' | 'SMALL' | 'BABY' | 'GRANULAR';

export interface CatalogueItem {
  msku: string;
  fnsku: string;
  asin: string;
  /** UPC-A (12 digits) or EAN-13 (13 digits), with a valid GS1 check digit. */
  upc?: string;
  ean?: string;
  title: string;
  category: string;
  weightLb: number;
  dimensionsIn: { length: number; width: number; height: number };
  /** Amazon requires an expiration date on every unit inbound. */
  requiresExpiration: boolean;
  /** Dangerous goods: packed and shipped apart from other items. */
  hazmat: boolean;
  /** Larger than standard size: packed apart, often freight only. */
  oversize: boolean;
  prepCategory: PrepCategoryName;
  prepTypes: string[];
  /** The item's barcode can be used as is when true; otherwise each unit needs an FNSKU label. */
  canUseManufacturerBarcode: boolean;
  unitPriceUsd: number;
}

interface Family {
  code: string;
  category: string;
  nouns: string[];
  adjectives: string[];
  weightLb: [number, number];
  sizeIn: [number, number];
  expiration: number;
  hazmat: number;
  prep: PrepCategoryName;
}

const FAMILIES: Family[] = [
  { code: 'KIT', category: 'Kitchen', nouns: ['Spatula', 'Whisk', 'Measuring Cups', 'Cutting Board', 'Tongs', 'Colander', 'Peeler'], adjectives: ['Silicone', 'Bamboo', 'Stainless', 'Nonstick'], weightLb: [0.2, 2.5], sizeIn: [4, 16], expiration: 0, hazmat: 0, prep: 'NONE' },
  { code: 'GLS', category: 'Kitchen', nouns: ['Wine Glass Set', 'Mason Jar', 'Tumbler', 'Carafe'], adjectives: ['Clear', 'Smoked', 'Etched'], weightLb: [0.8, 4], sizeIn: [5, 12], expiration: 0, hazmat: 0, prep: 'FRAGILE' },
  { code: 'BTY', category: 'Beauty', nouns: ['Face Serum', 'Hand Cream', 'Lip Balm', 'Shampoo Bar', 'Body Lotion'], adjectives: ['Vitamin C', 'Lavender', 'Unscented', 'Coconut'], weightLb: [0.1, 1.2], sizeIn: [2, 8], expiration: 0.7, hazmat: 0.05, prep: 'LIQUID' },
  { code: 'NAI', category: 'Beauty', nouns: ['Nail Polish', 'Nail Polish Remover', 'Hair Spray'], adjectives: ['Gloss', 'Matte', 'Quick Dry'], weightLb: [0.1, 0.9], sizeIn: [2, 8], expiration: 0.3, hazmat: 0.9, prep: 'LIQUID' },
  { code: 'SUP', category: 'Health', nouns: ['Vitamin D3 Gummies', 'Magnesium Capsules', 'Protein Powder', 'Electrolyte Tablets'], adjectives: ['Sugar Free', 'Vegan', 'Berry', 'Unflavoured'], weightLb: [0.3, 5], sizeIn: [3, 10], expiration: 1, hazmat: 0, prep: 'NONE' },
  { code: 'PET', category: 'Pet Supplies', nouns: ['Dog Treats', 'Cat Litter Mat', 'Chew Toy', 'Pet Shampoo', 'Leash'], adjectives: ['Chicken', 'Durable', 'Reflective', 'Oatmeal'], weightLb: [0.2, 6], sizeIn: [4, 18], expiration: 0.35, hazmat: 0, prep: 'NONE' },
  { code: 'TOY', category: 'Toys', nouns: ['Building Blocks', 'Puzzle 500pc', 'Plush Bear', 'Stacking Rings', 'Card Game'], adjectives: ['Rainbow', 'Wooden', 'Classic', 'Travel'], weightLb: [0.2, 3], sizeIn: [4, 16], expiration: 0, hazmat: 0, prep: 'BABY' },
  { code: 'ELC', category: 'Electronics', nouns: ['USB-C Cable', 'Power Bank', 'Wireless Charger', 'Bluetooth Speaker', 'Earbuds Case'], adjectives: ['Braided', '10000mAh', 'Fast', 'Compact'], weightLb: [0.1, 1.5], sizeIn: [3, 9], expiration: 0, hazmat: 0.3, prep: 'SMALL' },
  { code: 'OFF', category: 'Office', nouns: ['Gel Pens', 'Sticky Notes', 'Desk Organizer', 'Notebook A5', 'Stapler'], adjectives: ['Pastel', 'Black', 'Recycled', 'Dotted'], weightLb: [0.1, 2], sizeIn: [3, 12], expiration: 0, hazmat: 0, prep: 'NONE' },
  { code: 'APP', category: 'Apparel', nouns: ['Running Socks', 'Beanie', 'T-Shirt', 'Yoga Leggings', 'Scarf'], adjectives: ['Merino', 'Cotton', 'Heather Grey', 'Navy'], weightLb: [0.1, 0.8], sizeIn: [6, 14], expiration: 0, hazmat: 0, prep: 'TEXTILE' },
  { code: 'GRD', category: 'Garden', nouns: ['Pruning Shears', 'Plant Food', 'Seed Starter Kit', 'Garden Gloves', 'Insect Repellent Spray'], adjectives: ['Organic', 'Heavy Duty', 'Ergonomic'], weightLb: [0.3, 4], sizeIn: [4, 16], expiration: 0.15, hazmat: 0.2, prep: 'SHARP' },
  { code: 'SPT', category: 'Sports', nouns: ['Yoga Mat', 'Resistance Bands', 'Water Bottle', 'Jump Rope', 'Foam Roller'], adjectives: ['Non-Slip', 'Insulated', 'Adjustable'], weightLb: [0.3, 4], sizeIn: [6, 24], expiration: 0, hazmat: 0, prep: 'NONE' },
  { code: 'HOM', category: 'Home', nouns: ['Candle', 'Throw Pillow Cover', 'Picture Frame', 'Storage Basket', 'Air Freshener'], adjectives: ['Linen', 'Vanilla', 'Woven', 'Oak'], weightLb: [0.3, 3], sizeIn: [4, 18], expiration: 0, hazmat: 0.15, prep: 'FRAGILE' },
];

const OVERSIZE_ITEMS = ['Folding Table', 'Kayak Paddle', 'Standing Desk Frame', 'Patio Umbrella', 'Bike Trainer', 'Floor Lamp'];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const between = (random: Random, [lo, hi]: [number, number]): number => lo + random.float() * (hi - lo);
const code = (random: Random, length: number): string => Array.from({ length }, () => random.pick([...ALNUM])).join('');

function prepTypesFor(category: PrepCategoryName, random: Random): string[] {
  switch (category) {
    case 'FRAGILE':
      return ['ITEM_BUBBLEWRAP'];
    case 'LIQUID':
      return random.chance(0.5) ? ['ITEM_POLYBAGGING'] : ['ITEM_NO_PREP'];
    case 'TEXTILE':
      return ['ITEM_POLYBAGGING'];
    case 'SHARP':
      return ['ITEM_BUBBLEWRAP', 'ITEM_TAPING'];
    case 'SMALL':
    case 'BABY':
      return ['ITEM_POLYBAGGING'];
    default:
      return ['ITEM_NO_PREP'];
  }
}

/**
 * A practice catalogue, the same for the same seed: identifiers in Amazon's shapes and GS1-valid barcodes. Items are
 * drawn one after another from one random stream, so a larger size only appends: the first n items of a seed are the
 * same whatever the size. 900 items hold at least 500 standard-size items without dangerous goods or expiration dates,
 * enough for a plan of 500 items in one packing group.
 */
export function generateCatalogue(seed: number, size = 900): CatalogueItem[] {
  const random = seededRandom(seed, RANDOM_STREAMS.catalogue);
  const items: CatalogueItem[] = [];
  const seen = new Set<string>();
  const uniqueCode = (make: () => string): string => {
    for (;;) {
      const candidate = make();
      if (!seen.has(candidate)) {
        seen.add(candidate);
        return candidate;
      }
    }
  };
  for (let i = 0; i < size; i += 1) {
    const oversize = i % 23 === 7;
    const family = FAMILIES[i % FAMILIES.length] as Family;
    const noun = oversize ? random.pick(OVERSIZE_ITEMS) : random.pick(family.nouns);
    const adjective = random.pick(family.adjectives);
    const hazmat = !oversize && random.chance(family.hazmat);
    const prepCategory = oversize ? 'NONE' : family.prep;
    const length = oversize ? round(between(random, [30, 60]), 1) : round(between(random, family.sizeIn), 1);
    const width = round(Math.max(1, length * (0.3 + random.float() * 0.5)), 1);
    const height = round(Math.max(0.5, width * (0.2 + random.float() * 0.6)), 1);
    const useEan = random.chance(0.25);
    const gtinBody = uniqueCode(() => (useEan ? '40' : '0') + String(random.int(10 ** 9, 10 ** 10 - 1)));
    items.push({
      msku: `${oversize ? 'OVS' : family.code}-${noun.replace(/[^A-Za-z0-9]+/g, '').slice(0, 10).toUpperCase()}-${String(i + 1).padStart(4, '0')}`,
      fnsku: uniqueCode(() => 'X00' + code(random, 7)),
      asin: uniqueCode(() => 'B0' + code(random, 8)),
      ...(useEan ? { ean: withCheckDigit(gtinBody) } : { upc: withCheckDigit(gtinBody) }),
      title: `${adjective} ${noun}`,
      category: family.category,
      weightLb: oversize ? round(between(random, [18, 45]), 2) : round(between(random, family.weightLb), 2),
      dimensionsIn: { length, width, height },
      requiresExpiration: !oversize && random.chance(family.expiration),
      hazmat,
      oversize,
      prepCategory,
      prepTypes: prepTypesFor(prepCategory, random),
      canUseManufacturerBarcode: random.chance(0.3),
      unitPriceUsd: round(between(random, [4, oversize ? 180 : 60]), 2),
    });
  }
  return items;
}

export class Catalogue {
  private readonly byMsku: Map<string, CatalogueItem>;

  constructor(readonly items: readonly CatalogueItem[]) {
    this.byMsku = new Map(items.map((item) => [item.msku, item]));
  }

  get(msku: string): CatalogueItem | undefined {
    return this.byMsku.get(msku);
  }
}
