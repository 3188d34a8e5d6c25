import { describe, expect, it } from 'vitest';
import { statusUpdateProblem } from './shipment-status';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const SHIPPED = Date.parse('2026-11-30T08:00:00Z');

describe('statusUpdateProblem', () => {
  it('pairs normal statuses with NS and exceptions with a real reason', () => {
    expect(statusUpdateProblem({ statusCode: 'D1', reasonCode: 'NS', statusDateTime: '2026-11-30T11:00:00Z' }, SHIPPED, NOW)).toBeNull();
    expect(statusUpdateProblem({ statusCode: 'AP', reasonCode: 'A1', statusDateTime: '2026-11-30T11:00:00Z' }, SHIPPED, NOW)).toBeNull();
    expect(statusUpdateProblem({ statusCode: 'SD', reasonCode: 'NS', statusDateTime: '2026-11-30T11:00:00Z' }, SHIPPED, NOW)).toMatch(/exception/);
    expect(statusUpdateProblem({ statusCode: 'OD', reasonCode: 'AO', statusDateTime: '2026-11-30T11:00:00Z' }, SHIPPED, NOW)).toMatch(/normal status/);
  });

  it('keeps the status time between the confirmation and now, allowing five minutes of clock skew', () => {
    expect(statusUpdateProblem({ statusCode: 'AF', reasonCode: 'NS', statusDateTime: '2026-11-30T12:04:00Z' }, SHIPPED, NOW)).toBeNull();
    expect(statusUpdateProblem({ statusCode: 'AF', reasonCode: 'NS', statusDateTime: '2026-11-30T12:06:00Z' }, SHIPPED, NOW)).toMatch(/future/);
    expect(statusUpdateProblem({ statusCode: 'AF', reasonCode: 'NS', statusDateTime: '2026-11-30T07:00:00Z' }, SHIPPED, NOW)).toMatch(/before the shipment was confirmed/);
    expect(statusUpdateProblem({ statusCode: 'AF', reasonCode: 'NS', statusDateTime: 'yesterday' }, SHIPPED, NOW)).toMatch(/not an ISO 8601/);
  });

  it('refuses an estimated delivery before the status itself', () => {
    const base = { statusCode: 'X6' as const, reasonCode: 'NS' as const, statusDateTime: '2026-11-30T11:00:00Z' };
    expect(statusUpdateProblem({ ...base, estimatedDeliveryDateTime: '2026-12-01T11:00:00Z' }, SHIPPED, NOW)).toBeNull();
    expect(statusUpdateProblem({ ...base, estimatedDeliveryDateTime: '2026-11-30T10:00:00Z' }, SHIPPED, NOW)).toMatch(/before the status time/);
  });
});
