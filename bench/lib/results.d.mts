export interface BenchResult {
  bench: string;
  measure: string;
  value: number;
  unit: string;
  floorName: string;
  floor: number;
  goal?: string;
}
export function record(result: BenchResult): BenchResult & { ratio: number };
export function benchEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function median(values: number[]): number;
