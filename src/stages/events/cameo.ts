import cameo from '../../lexicons/cameo.json' with { type: 'json' };

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
}

const CODES: Readonly<Record<string, { name: string; goldstein: number }>> = cameo.codes;

/** GDELT quad class from the CAMEO root: 01-05 verbal cooperation ... 14-20 material conflict. */
export function quadClassOf(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

export function lookupCameo(code: string): CameoCode {
  const entry = CODES[code];
  if (!entry) throw new Error(`CAMEO code ${code} is used by the event lexicon but missing from lexicons/cameo.json.`);
  return { code, name: entry.name, goldstein: entry.goldstein, quadClass: quadClassOf(code) };
}
