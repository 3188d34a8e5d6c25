import type { Db } from '../db/database';
import { buildSscc } from '../../shared/labels/gs1';
import { StationError } from '../core/errors';

/** Extension digits: cartons and pallets draw from one serial counter, and the digit tells them apart on sight. */
export const EXTENSION_DIGIT = { carton: 0, pallet: 1 } as const;

/**
 * Issues SSCC-18s from a GS1 company prefix with a counter kept in the database. The caller runs `allocate` inside the
 * transaction that stores the carton or pallet: the counter and the container commit together, so a crash can lose
 * neither one without the other, and a serial is never issued twice.
 */
export class SsccAllocator {
  constructor(private readonly db: Db) {}

  allocate(companyPrefix: string, kind: keyof typeof EXTENSION_DIGIT): string {
    if (!this.db.inTransaction) throw new Error('SSCC serials are allocated inside the transaction that stores the container');
    const row = this.db
      .prepare(
        `INSERT INTO sscc_serials (company_prefix, next_serial) VALUES (?, 1)
         ON CONFLICT (company_prefix) DO UPDATE SET next_serial = next_serial + 1
         RETURNING next_serial - 1 AS serial`,
      )
      .get(companyPrefix) as { serial: number };
    const capacity = 10 ** (16 - companyPrefix.length);
    if (row.serial >= capacity) {
      throw new StationError('CONFLICT', `Every SSCC serial of company prefix ${companyPrefix} is used (${capacity}); a longer licence or a new prefix is needed.`);
    }
    return buildSscc({ extensionDigit: EXTENSION_DIGIT[kind], companyPrefix, serialReference: row.serial });
  }

  /** The next serial the prefix would issue, for display. */
  next(companyPrefix: string): number {
    const row = this.db.prepare('SELECT next_serial FROM sscc_serials WHERE company_prefix = ?').get(companyPrefix) as { next_serial: number } | undefined;
    return row?.next_serial ?? 0;
  }
}
