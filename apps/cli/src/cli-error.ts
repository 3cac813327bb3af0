/** Exit codes of `dsc` (docs/validation.md#exit-codes): 0 valid, 1 findings at error severity, 2 usage/config error, 3 unreadable input. */
export const ExitCode = { ok: 0, findings: 1, usage: 2, unreadable: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type CliErrorKind = 'usage' | 'unreadable' | 'findings';

/**
 * An expected failure at the process edge: printed as one located message (no stack trace) and mapped to an exit code.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly kind: CliErrorKind,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }

  get exitCode(): ExitCode {
    switch (this.kind) {
      case 'usage':
        return ExitCode.usage;
      case 'unreadable':
        return ExitCode.unreadable;
      case 'findings':
        return ExitCode.findings;
    }
  }
}
