import { RestError } from '@azure/data-tables';
import { ConflictError, NotFoundError, UnavailableError } from '../domain/errors';

/** Maps the Table service's status codes to the domain's error kinds; anything else is rethrown. */
export function translateTableError(error: unknown, entity: string, key: string): never {
  if (error instanceof RestError) {
    if (error.statusCode === 404) throw new NotFoundError(entity, key);
    if (error.statusCode === 409 || error.statusCode === 412) throw new ConflictError(entity, key);
    if (error.statusCode === undefined || error.statusCode >= 500) {
      throw new UnavailableError('table storage', { cause: error });
    }
  }
  throw error;
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof RestError && error.statusCode === status;
}
