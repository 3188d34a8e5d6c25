/** An error answered in Amazon's shape: `{ errors: [{ code, message, details }] }` with an HTTP status. */
export class SpApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details = '',
  ) {
    super(message);
    this.name = 'SpApiError';
  }

  toBody(): { errors: { code: string; message: string; details: string }[] } {
    return { errors: [{ code: this.code, message: this.message, details: this.details }] };
  }
}

export const invalidInput = (message: string, details = ''): SpApiError => new SpApiError(400, 'InvalidInput', message, details);
export const notFound = (message: string): SpApiError => new SpApiError(404, 'NotFound', message);
export const unauthorized = (message: string, details = ''): SpApiError => new SpApiError(403, 'Unauthorized', message, details);
