import type { Doc } from '../../doc/doc.ts';
import { nameKey } from '../../doc/name-key.ts';
import type { KnownOffice, Sector } from '../../doc/schema/entity.ts';
import lexicon from '../../lexicons/known-officials.json' with { type: 'json' };
import { liveClusters, type Cluster } from './clusters.ts';

interface Office {
  readonly role: string;
  readonly country?: string;
  readonly sector: Sector;
  /** ISO date, or its year or year-month prefix when the exact day is not known. */
  readonly from: string;
  readonly until?: string;
}

interface KnownOfficial {
  readonly name: string;
  readonly names: readonly string[];
  readonly gender?: 'female' | 'male';
  readonly offices: readonly Office[];
}

const OFFICIALS_BY_NAME: ReadonlyMap<string, KnownOfficial> = new Map(
  (lexicon.people as readonly KnownOfficial[]).flatMap((official) => official.names.map((name) => [nameKey(name), official] as const)),
);

/** Whether a date (YYYY-MM-DD) falls within an office's term; a year or month bound covers the whole year or month. */
function heldOn(office: Office, date: string): boolean {
  if (date.slice(0, office.from.length) < office.from) return false;
  return office.until === undefined || date.slice(0, office.until.length) <= office.until;
}

/**
 * The office a known official held on the article's date. Without a date the office can only be
 * trusted when every office the person held gives the same country and sector.
 */
export function officeOn(official: KnownOfficial, published: string | undefined): Office | undefined {
  const date = published?.slice(0, 10);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return official.offices.find((office) => heldOn(office, date));
  const [first] = official.offices;
  const agree = official.offices.every((office) => office.country === first?.country && office.sector === first?.sector);
  return agree ? official.offices[official.offices.length - 1] : undefined;
}

/**
 * Lookups by name as written, remembered across articles: the same people come back article after
 * article, and folding a name for nameKey makes half a dozen strings. null: no official.
 */
const officialByWrittenName = new Map<string, KnownOfficial | null>();
const MAX_REMEMBERED_NAMES = 20_000;

export function findKnownOfficial(name: string): KnownOfficial | undefined {
  let official = officialByWrittenName.get(name);
  if (official === undefined) {
    official = OFFICIALS_BY_NAME.get(nameKey(name)) ?? null;
    if (officialByWrittenName.size >= MAX_REMEMBERED_NAMES) officialByWrittenName.clear();
    // A copy of the name as the key: the name may be a slice that would keep its whole article alive.
    officialByWrittenName.set([...name].join(''), official);
  }
  return official ?? undefined;
}

/**
 * News names well-known officials without their titles ("Zakharova confirmed…", "Putin said…"),
 * so the article alone cannot code them as actors. A person whose name is in the known-officials
 * lexicon gets the country and sector of the office held on the publication date, only where the
 * text gave none; a country in the text that disagrees means another person of the same name,
 * and then nothing is taken. The office used is kept on the entity so that readers can tell a code
 * from the lexicon from one the article supports.
 */
export function codeKnownOfficials(doc: Doc, clusters: readonly Cluster[]): void {
  for (const cluster of liveClusters(clusters)) {
    if (cluster.type !== 'PERSON') continue;
    const official = findKnownOfficial(cluster.name);
    if (!official) continue;
    const office = officeOn(official, doc.article.published);
    if (!office || (cluster.country && office.country && cluster.country !== office.country)) continue;
    const fillsCountry = !cluster.country && office.country !== undefined;
    const fillsSector = !cluster.sector;
    if (official.gender) cluster.gender ??= official.gender;
    if (!fillsCountry && !fillsSector) continue;
    if (fillsCountry) cluster.country = office.country;
    if (fillsSector) cluster.sector = office.sector;
    cluster.knownOffice = knownOfficeOf(official, office);
  }
}

function knownOfficeOf(official: KnownOfficial, office: Office): KnownOffice {
  const known: { -readonly [K in keyof KnownOffice]: KnownOffice[K] } = { official: official.name, role: office.role, sector: office.sector, from: office.from };
  if (office.country) known.country = office.country;
  if (office.until) known.until = office.until;
  return known;
}
