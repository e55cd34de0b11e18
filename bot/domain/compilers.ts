import type { Caller } from './caller';
import { ForbiddenError, ValidationError } from './errors';
import type { Round } from './round';

/**
 * The people a coordinator names to compile one round beside the coordinators (an analyst, say),
 * by the address they sign in with. Named per round: compiling one round's answers says nothing
 * about another's.
 */
export const compilerLimits = { count: 20, address: 254 } as const;

// An address as people write it: something@domain.tld, nothing more is checked here.
const address = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The list as stored: trimmed, lower case, each once. Refuses an address that is none, or too many. */
export function parseCompilers(list: readonly string[]): string[] {
  const cleaned = [
    ...new Set(list.map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '')),
  ];
  for (const entry of cleaned) {
    if (entry.length > compilerLimits.address || !address.test(entry)) {
      throw new ValidationError(`not a sign-in address: ${entry.slice(0, 80)}`, 'compilers', 'invalid', {
        value: entry.slice(0, 80),
      });
    }
  }
  if (cleaned.length > compilerLimits.count) {
    throw new ValidationError('too many compilers', 'compilers', 'tooMany', { max: compilerLimits.count });
  }
  return cleaned;
}

/** Coordinators compile every round; a named compiler the rounds that name them. */
export function mayCompile(caller: Caller, round: Pick<Round, 'compilers'>): boolean {
  if (caller.roles.includes('coordinator')) return true;
  const name = caller.userPrincipalName?.toLowerCase();
  return name !== undefined && (round.compilers ?? []).includes(name);
}

export function requireCompiler(caller: Caller, round: Pick<Round, 'compilers'>): void {
  if (!mayCompile(caller, round)) throw new ForbiddenError('coordinator');
}
