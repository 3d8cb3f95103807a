// The one error type of isnad. Text never throws (odd input yields diagnostics); configuration,
// I/O and usage errors raise an IsnadError whose `code` a caller can branch on.

export class IsnadError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IsnadError';
    this.code = code;
  }
}
