import type { FormProblem } from '../ui/formProblem';

/**
 * Whether a save was refused because someone saved since (CONFLICT) and their version is not
 * loaded yet: the API names the version stored now, and the edit goes on from `version`.
 */
export function conflictPending(problem: FormProblem | null, version: number): boolean {
  if (problem?.code !== 'CONFLICT') return false;
  const stored = problem.values?.['version'];
  return typeof stored !== 'number' || version < stored;
}
