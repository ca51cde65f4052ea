import { z } from 'zod';
import { RuleSchema, SpanSchema } from './span.ts';

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** CAMEO-style actor sectors. */
export const SectorSchema = z.enum([
  'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'IGO', 'NGO', 'LEG', 'ELI', 'REL', 'HLH', 'AGR', 'LAB', 'REF', 'UAF', 'IMG', 'ENV',
]);
export type Sector = z.infer<typeof SectorSchema>;

export const MentionKindSchema = z.enum(['name', 'title', 'pronoun']);

export const MentionSchema = SpanSchema.extend({
  kind: MentionKindSchema.describe('name: a proper name; title: a role or description ("the minister"); pronoun: she, they, its...'),
  rule: RuleSchema.optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntityRoleSchema = SpanSchema.extend({
  title: z.string().describe('The title or role as listed in the titles lexicon ("Deputy Foreign Minister", "spokeswoman"); the span covers the whole role phrase ("Russian Foreign Ministry spokeswoman").'),
  sector: SectorSchema.optional(),
  country: z.string().length(3).optional().describe('ISO-3 code of the country the role belongs to, from a demonym, country or organisation in the phrase.'),
  rule: RuleSchema.optional(),
});
export type EntityRole = z.infer<typeof EntityRoleSchema>;

export const KnownOfficeSchema = z
  .object({
    official: z.string().describe('The person as listed in the known-officials lexicon.'),
    role: z.string().describe('The office held on the publication date ("Foreign Ministry spokeswoman").'),
    country: z.string().length(3).optional(),
    sector: SectorSchema,
    from: z.string().describe('Start of the term: a date, or its year or year-month.'),
    until: z.string().optional().describe('End of the term; absent while the office is held.'),
  })
  .describe('Set when the country or sector came from the known-officials lexicon, not from the article: the office the person held on the publication date.');
export type KnownOffice = z.infer<typeof KnownOfficeSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string().describe('Canonical name, chosen from the fullest name mention.'),
  type: EntityTypeSchema,
  country: z.string().length(3).optional().describe('ISO 3166-1 alpha-3 code of the country the entity belongs to or is.'),
  sector: SectorSchema.optional(),
  actorCode: z.string().optional().describe('CAMEO-style actor code, country followed by sector, e.g. RUSGOV.'),
  aliases: z.array(z.string()).default([]),
  mentions: z.array(MentionSchema),
  roles: z.array(EntityRoleSchema).optional().describe('Titles and roles the text gives a person, with their spans; they are not part of the name.'),
  gender: z.enum(['female', 'male']).optional().describe('Grammatical gender the text gives a person (a title such as "spokeswoman", a pronoun, a given name), used to resolve she/he.'),
  knownOffice: KnownOfficeSchema.optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
