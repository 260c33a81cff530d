/**
 * Error raised by the astronomy engine for inputs it cannot compute (out-of-range dates, the
 * geographic poles for house systems, …). `code` is a stable machine-readable reason.
 *
 * @example
 * throw new AstroError('polar_latitude', 'houses are undefined at the geographic poles');
 */
export class AstroError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AstroError';
  }
}
