import { useCallback, useEffect, useState } from 'react';
import type { PlanFreight } from '../../../../shared/ipc/inbound-freight';
import { call } from '../../ipc/station';

/**
 * A place-first plan's freight details and PRO/BOL tracking as the station holds them, read again whenever the plan
 * changes (`version` is the plan's updatedAt).
 */
export function usePlanFreight(planId: string, version: number): { freight: PlanFreight | null; error: string | null; replace(next: PlanFreight): void } {
  const [freight, setFreight] = useState<PlanFreight | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('inbound:freight-get', { planId }).then(
      (value) => {
        if (live) {
          setFreight(value);
          setError(null);
        }
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [planId, version]);
  const replace = useCallback((next: PlanFreight) => setFreight(next), []);
  return { freight, error, replace };
}
