import type { RecordedResult } from './results.mjs';

export interface GoalRow {
  id: string;
  measure: string;
  baseline: string;
  goal: string;
  met(result: RecordedResult): boolean;
  match(result: RecordedResult): boolean;
}
export const GOAL_ROWS: GoalRow[];
export function amount(value: number, unit: string): string;
export function withSpread(value: number, range: [number, number] | undefined, unit: string): string;
export function ratioText(row: GoalRow | undefined, result: RecordedResult): string;
export function tables(results: RecordedResult[]): { goals: string; all: string };
