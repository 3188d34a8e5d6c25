/** Test child: allocates SSCCs one transaction at a time and reports each after it committed, until it is killed. */
import { openDatabase } from '../db/database';
import { SsccAllocator } from './sscc-allocator';

const { db } = openDatabase(process.argv[2]!);
const allocator = new SsccAllocator(db);
const next = () => {
  const sscc = db.transaction(() => allocator.allocate('0614141', 'carton')).immediate();
  process.send?.(sscc, () => setImmediate(next));
};
next();
