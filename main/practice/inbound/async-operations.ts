import { notFound } from '../errors';
import type { IdFactory } from '../ids';

export interface OperationProblem {
  code: string;
  message: string;
  severity: 'ERROR' | 'WARNING';
  details?: string;
}

export interface AsyncOperation {
  operationId: string;
  operation: string;
  accountId: string;
  completesAt: number;
  problems: OperationProblem[];
}

/**
 * Asynchronous inbound operations. The simulator decides an operation's outcome when it is requested (so its state is
 * committed at once), and reports IN_PROGRESS until `asyncDelayMs` has passed; results the operation generates carry
 * the same completion time and stay invisible to list calls until then.
 */
export class AsyncOperations {
  private readonly operations = new Map<string, AsyncOperation>();

  constructor(
    private readonly ids: IdFactory,
    private readonly delayMs: number,
  ) {}

  start(operation: string, accountId: string, now: number, problems: OperationProblem[] = []): { operationId: string; completesAt: number } {
    const operationId = this.ids.uuid();
    const completesAt = now + this.delayMs;
    this.operations.set(operationId, { operationId, operation, accountId, completesAt, problems });
    return { operationId, completesAt };
  }

  status(operationId: string, accountId: string, now: number) {
    const op = this.operations.get(operationId);
    if (!op || op.accountId !== accountId) throw notFound(`Operation ${operationId} was not found.`);
    const done = now >= op.completesAt;
    const failed = op.problems.some((p) => p.severity === 'ERROR');
    return {
      operation: op.operation,
      operationId: op.operationId,
      operationStatus: !done ? 'IN_PROGRESS' : failed ? 'FAILED' : 'SUCCESS',
      operationProblems: done ? op.problems.map((p) => ({ code: p.code, message: p.message, severity: p.severity, details: p.details ?? '' })) : [],
    };
  }

  /** Every operation, for the practice marketplace's saved state. */
  snapshot(): AsyncOperation[] {
    return [...this.operations.values()].map((op) => ({ ...op, problems: [...op.problems] }));
  }

  restore(operations: readonly AsyncOperation[]): void {
    this.operations.clear();
    for (const op of operations) this.operations.set(op.operationId, { ...op, problems: [...op.problems] });
  }

  get delay(): number {
    return this.delayMs;
  }
}

export const hasErrors = (problems: readonly OperationProblem[]): boolean => problems.some((p) => p.severity === 'ERROR');
