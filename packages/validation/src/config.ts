import type { Result } from '@dsc/domain';
import type { SeverityOverride } from './rules.js';
import { isRuleId } from './rules.js';
import type { TableDialect } from './descriptors.js';
import type { ConfigError } from './vocabulary.js';
import { err, ok } from './vocabulary.js';

export type { ConfigError } from './vocabulary.js';

/** Parses `--rule <id>=<level>` flags. */
export function parseRuleFlags(flags: readonly string[]): Result<Record<string, SeverityOverride>, ConfigError> {
  const out: Record<string, SeverityOverride> = {};
  for (const f of flags) {
    const m = /^([a-z]+\/[a-z0-9-]+)=(error|warning|info|off)$/.exec(f.trim());
    if (!m) return err({ code: 'invalid_config', path: '--rule', message: `"${f}" is not <rule-id>=<error|warning|info|off>`, value: f });
    const [, id = '', level = ''] = m;
    if (!isRuleId(id)) return err({ code: 'unknown_rule', path: '--rule', ruleId: id });
    out[id] = level as SeverityOverride;
  }
  return ok(out);
}

/** Validator options of a Table Dialect (`lineTerminator` is detected, never needed). */
export function dialectOptions(d: TableDialect): Record<string, unknown> {
  const { $schema: _s, lineTerminator: _l, csvddfVersion: _v, ...rest } = d;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}
