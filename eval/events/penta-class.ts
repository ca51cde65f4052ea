/**
 * The five-way CAMEO class of the ConfliBERT data (the Phoenix "penta-class"): 0 statements and
 * appeals (01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict
 * (09-13 and 16), 4 material conflict (14-15, 17-20).
 */
export type PentaClass = 0 | 1 | 2 | 3 | 4;

export function pentaClassOf(cameo: string): PentaClass {
  const root = Number(cameo.slice(0, 2));
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root === 16) return 3;
  return 4;
}

export interface ClassScores {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: readonly { readonly label: number; readonly precision: number; readonly recall: number; readonly f1: number; readonly support: number }[];
}

export function scoreClasses(gold: readonly number[], predicted: readonly number[], labels: readonly number[]): ClassScores {
  const correct = gold.filter((label, index) => label === predicted[index]).length;
  const perClass = labels.map((label) => {
    const truePositives = gold.filter((value, index) => value === label && predicted[index] === label).length;
    const predictedCount = predicted.filter((value) => value === label).length;
    const support = gold.filter((value) => value === label).length;
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  return { accuracy: gold.length === 0 ? 0 : correct / gold.length, macroF1: perClass.reduce((sum, entry) => sum + entry.f1, 0) / perClass.length, perClass };
}
