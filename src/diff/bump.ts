// The bump follows the worst level; the version follows the bump, with one pre-1.0 policy.
import type { Bump, Change } from './types.js';

export function bumpOf(changes: readonly Change[]): Bump {
  if (changes.some((c) => c.level === 'breaking')) return 'major';
  if (changes.some((c) => c.level === 'feature')) return 'minor';
  if (changes.length) return 'patch';
  return 'none';
}

/**
 * `1.4.2` + major → `2.0.0`. While the version is 0.x a breaking change bumps the minor number
 * (semver gives 0.x no compatibility promise, and npm's caret ranges treat 0.x minors as majors).
 */
export function nextVersion(current: string, bump: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(current);
  if (!m || bump === 'none') return current;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const effective = bump === 'major' && major === 0 ? 'minor' : bump;
  if (effective === 'major') return `${major + 1}.0.0`;
  if (effective === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
