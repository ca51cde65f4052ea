import numbers from '../../lexicons/numbers.json' with { type: 'json' };
import times from '../../lexicons/times.json' with { type: 'json' };

/** What a time expression means before it is put on the calendar: found as plain data. */
export type TimeMeaning =
  | { readonly type: 'weekday'; readonly weekday: number; readonly modifier?: 'last' | 'next' | 'this'; readonly part?: string }
  | { readonly type: 'day'; readonly offset: number; readonly part?: string }
  | { readonly type: 'unit'; readonly unit: 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'decade'; readonly offset: number; readonly mod?: string }
  | { readonly type: 'ago'; readonly unit: string; readonly amount: number | null }
  | { readonly type: 'year'; readonly year: number; readonly mod?: string }
  | { readonly type: 'decade'; readonly decade: number; readonly mod?: string }
  | { readonly type: 'century'; readonly century: number }
  | { readonly type: 'month'; readonly month: number; readonly year?: number; readonly modifier?: 'last' | 'next' | 'this'; readonly mod?: string }
  | { readonly type: 'season'; readonly season: string; readonly year?: number; readonly modifier?: 'last' | 'next' | 'this' }
  | { readonly type: 'quarter'; readonly quarter: number; readonly year?: number; readonly modifier?: 'last' | 'next' | 'this' }
  | { readonly type: 'half'; readonly half: number; readonly year?: number; readonly yearOffset?: number }
  | { readonly type: 'duration'; readonly amount: number | null; readonly unit: string; readonly mod?: string }
  | { readonly type: 'reference'; readonly reference: string }
  | { readonly type: 'set'; readonly period: string }
  | { readonly type: 'since-event' };

export interface TimeCandidate {
  readonly start: number;
  readonly end: number;
  readonly meaning: TimeMeaning;
  readonly rule: string;
}

const WEEKDAYS: Readonly<Record<string, number>> = times.weekdays;
const MONTHS: Readonly<Record<string, number>> = times.months;
const PARTS: Readonly<Record<string, string>> = times.partsOfDay;
const SEASONS: Readonly<Record<string, string>> = times.seasons;
const UNITS: Readonly<Record<string, string>> = times.durationUnits;
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...numbers.units, ...numbers.tens, a: 1, an: 1 };
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

const FULL_WEEKDAYS = Object.keys(WEEKDAYS).filter((name) => name.length > 4).join('|');
const FULL_MONTHS = Object.keys(MONTHS).filter((name) => name.length > 3 || name === 'may').join('|');
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const NUMBER = `\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}|several|a few|few|a couple of|many`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const MOD = '(early|late|mid-?|the end of|the start of|the beginning of|the middle of|the first half of|the second half of)';

function lower(text: string): string {
  return text.toLowerCase();
}

function numberOf(text: string): number | null {
  const word = lower(text).trim();
  if (/^\d/.test(word)) return Number(word);
  if (word === 'several' || word === 'a few' || word === 'few' || word === 'many') return null;
  if (word === 'a couple of') return 2;
  return NUMBER_WORDS[word] ?? null;
}

function modOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const word = lower(text);
  if (word.startsWith('early') || word.includes('start') || word.includes('beginning') || word.includes('first half')) return 'START';
  if (word.startsWith('late') || word.includes('end') || word.includes('second half')) return 'END';
  if (word.startsWith('mid') || word.includes('middle')) return 'MID';
  return undefined;
}

function modifierOf(text: string | undefined): 'last' | 'next' | 'this' | undefined {
  const word = text ? lower(text) : '';
  if (word === 'last' || word === 'past' || word === 'previous') return 'last';
  if (word === 'next' || word === 'coming') return 'next';
  if (word === 'this' || word === 'current') return 'this';
  return undefined;
}

/** One grammar rule: a pattern and how its match becomes a meaning (null to reject the match). */
interface TimeRule {
  readonly name: string;
  readonly pattern: RegExp;
  /** The capture group whose text is the expression's extent; 0 for the whole match. */
  readonly extent?: number;
  readonly read: (match: RegExpExecArray) => TimeMeaning | null;
}

const RULES: readonly TimeRule[] = [
  {
    // "on Thursday", "last Thursday", "Thursday night", "next Monday morning"
    name: 'weekday',
    pattern: new RegExp(`\\b(?:(on|last|next|this|coming|past)\\s+)?(${FULL_WEEKDAYS})(?:\\s+(morning|afternoon|evening|night))?\\b`, 'gi'),
    read: (match) => {
      // Weekdays are written with a capital; "sunday" in lower case is rarely a date.
      if (!/^[A-Z]/.test(match[2]!)) return null;
      const modifier = match[1] && lower(match[1]) !== 'on' ? modifierOf(match[1]) : undefined;
      const part = match[3] ? PARTS[lower(match[3])] : undefined;
      return { type: 'weekday', weekday: WEEKDAYS[lower(match[2]!)]!, ...(modifier ? { modifier } : {}), ...(part ? { part } : {}) };
    },
  },
  {
    // "today", "yesterday morning", "last night", "this evening", "tonight"
    name: 'relative-day',
    pattern: /\b(?:(today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight|overnight)|(last|this)\s+(night|morning|afternoon|evening)|(?:at|by|before|after|until)\s+(midnight|noon|midday|dawn|daybreak|dusk|nightfall|sunset|sunrise))\b/gi,
    read: (match) => {
      if (match[1]) {
        const word = lower(match[1]);
        const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
        const part = match[2] ? PARTS[lower(match[2])] : undefined;
        return { type: 'day', offset, ...(part ? { part } : {}) };
      }
      if (match[3]) return { type: 'day', offset: lower(match[3]) === 'overnight' ? -1 : 0, part: 'NI' };
      if (match[4]) return { type: 'day', offset: lower(match[4]) === 'last' ? -1 : 0, part: PARTS[lower(match[5]!)]! };
      return { type: 'day', offset: 0, part: PARTS[lower(match[6]!)]! };
    },
  },
  {
    // "last week", "this year", "next month", "the past week", "earlier this month", "late last year", "the weekend"
    name: 'relative-unit',
    pattern: new RegExp(`\\b(?:(earlier|later|early|late|mid-?|the end of|the start of|the beginning of)\\s+)?(?:(the\\s+)?(this|last|next|past|previous|coming|current)\\s+)(week|weekend|month|year|quarter|decade)\\b|\\b(?:over\\s+|at\\s+|during\\s+)?(the\\s+weekend)\\b`, 'gi'),
    read: (match) => {
      if (match[5]) return { type: 'unit', unit: 'weekend', offset: 0 };
      const modifier = lower(match[3]!);
      const the = Boolean(match[2]);
      // "the past week" is the week up to now; "last week" is the week before this one.
      const offset = modifier === 'this' || modifier === 'current' || the && (modifier === 'past' || modifier === 'last') ? 0 : modifierOf(modifier) === 'last' ? -1 : 1;
      const mod = modOf(match[1]);
      return { type: 'unit', unit: lower(match[4]!) as 'week', offset, ...(mod ? { mod } : {}) };
    },
  },
  {
    // "two days ago", "a year ago", "several weeks ago", "decades ago"
    name: 'ago',
    pattern: new RegExp(`\\b(?:(?:nearly|almost|about|some|more than|over)\\s+)?(?:(${NUMBER})[\\s-]+)?(${UNIT_WORDS})\\s+(ago|from now|hence)\\b`, 'gi'),
    read: (match) => {
      const direction = /ago/i.test(match[3]!) ? -1 : 1;
      const amount = match[1] ? numberOf(match[1]) : null;
      return { type: 'ago', unit: UNITS[lower(match[2]!)]!, amount: amount === null ? null : amount * direction };
    },
  },
  {
    // "for three days", "24 hours", "a two-day visit", "the past two years", "recent months", "for years"
    name: 'duration',
    pattern: new RegExp(
      `\\b(?:(the\\s+(?:past|last|next|coming|first|final)|within|for|over|in|after|nearly|almost|about|some|more than|at least|less than|up to)\\s+)?(?:(${NUMBER})[\\s-]+(?:more\\s+)?)(${UNIT_WORDS})(?:-long|\\s+long)?\\b|\\b(recent|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+next\\s+few|the\\s+coming|for|in|over)\\s+(days|weeks|months|years|decades|hours)\\b`,
      'gi',
    ),
    read: (match) => {
      if (match[5]) {
        const modifier = lower(match[4]!);
        const unit = UNITS[lower(match[5])]!;
        if (modifier.includes('coming') || modifier.includes('next')) return { type: 'reference', reference: 'FUTURE_REF' };
        return { type: 'duration', amount: null, unit };
      }
      // "a 45-year-old" is an age; "three-quarters" a fraction.
      const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 4);
      if (/^-old/i.test(after)) return null;
      // "three quarters of the hospitals", "risen by a quarter": a quarter is a share unless a preposition makes it a span of time.
      if (/quarters?$/i.test(match[3]!) && (/-/.test(match[0]) || !match[1] || /^\s+of\b/i.test(after + match.input.slice(match.index + match[0].length + 4, match.index + match[0].length + 6)))) return null;
      // "a second round": "a second" is an ordinal, not one second.
      if (/^seconds?$/i.test(match[3]!) && /^an?$/i.test(match[2]!)) return null;
      const amount = numberOf(match[2]!);
      const mod = match[1] && /nearly|almost|less than|up to/i.test(match[1]) ? 'LESS_THAN' : match[1] && /more than|at least/i.test(match[1]) ? 'MORE_THAN' : match[1] && /about|some/i.test(match[1]) ? 'APPROX' : undefined;
      return { type: 'duration', amount, unit: UNITS[lower(match[3]!)]!, ...(mod ? { mod } : {}) };
    },
  },
  {
    // "in 2019", "since 2016", "early 2020", "fiscal 2023", "by 2030"
    name: 'year',
    pattern: new RegExp(`\\b(?:(in|since|by|until|till|from|during|before|after|through|of|to|and|between|fiscal|the year|${MOD.slice(1, -1)})\\s+)(${YEAR})\\b(?!\\s*[-–/]\\s*\\d|,\\d|\\.\\d)`, 'gi'),
    extent: 2,
    read: (match) => {
      const mod = modOf(match[1]);
      return { type: 'year', year: Number(match[2]), ...(mod ? { mod } : {}) };
    },
  },
  {
    // "the 1990s", "the early 2000s", "the '80s"
    name: 'decade',
    pattern: new RegExp(`\\b(?:the\\s+)?(?:(early|late|mid-?)\\s*)?(1[89]\\d0|20\\d0)s\\b|(?:the\\s+)?['’](\\d)0s\\b`, 'gi'),
    read: (match) => {
      const mod = modOf(match[1]);
      const decade = match[2] ? Number(match[2].slice(0, 3)) : 190 + Number(match[3]);
      return { type: 'decade', decade, ...(mod ? { mod } : {}) };
    },
  },
  {
    // "the 20th century", "this century"
    name: 'century',
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b/gi,
    read: (match) => ({ type: 'century', century: Number(match[1]) - 1 }),
  },
  {
    // "in October", "last October", "October 2022", "early October", "mid-October" (not "October 26": that is chrono's)
    name: 'month',
    pattern: new RegExp(
      `\\b(?:(in|since|by|until|till|from|during|before|after|through|last|next|this|of|${MOD.slice(1, -1)})[\\s-]+)?(${FULL_MONTHS}|(?:${SHORT_MONTHS})\\.?)(?:,?\\s+(${YEAR}))?\\b(?!\\s+\\d{1,2}\\b|\\.?\\s*\\d{1,2}(?:st|nd|rd|th)\\b)`,
      'gi',
    ),
    read: (match) => {
      const name = lower(match[2]!).replace('.', '');
      const month = MONTHS[name];
      if (month === undefined) return null;
      // "May" is a month only with a preposition or a year; otherwise it is the modal verb.
      if (name === 'may' && !match[1] && !match[3]) return null;
      // "the October Single Stone Auction": a month before a capitalised word is part of a name.
      if (!match[1] && !match[3] && /^\s+[A-Z]/.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 2))) return null;
      // Month names are capitalised; "march" and "may" in lower case are verbs.
      if (!/^[A-Z]/.test(match[2]!)) return null;
      const modifier = modifierOf(match[1]);
      const mod = modOf(match[1]);
      return { type: 'month', month, ...(match[3] ? { year: Number(match[3]) } : {}), ...(modifier ? { modifier } : {}), ...(mod ? { mod } : {}) };
    },
  },
  {
    // "this summer", "last autumn", "in the spring", "the winter of 2022"
    name: 'season',
    pattern: /\b(?:(this|last|next|the|early|late|mid-?|in|during|in the|during the)\s+)(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d))?\b/gi,
    read: (match) => {
      const modifier = modifierOf(match[1]);
      return { type: 'season', season: SEASONS[lower(match[2]!)]!, ...(match[3] ? { year: Number(match[3]) } : {}), ...(modifier ? { modifier } : {}) };
    },
  },
  {
    // "the third quarter", "third-quarter", "Q3 2023", "the first quarter of 2024", "last quarter"
    name: 'quarter',
    pattern: /\b(?:(the|this|last|next)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of\s+(1[89]\d\d|20\d\d))?\b|\bQ([1-4])(?:\s+(20\d\d))?\b/g,
    read: (match) => {
      if (match[4]) return { type: 'quarter', quarter: Number(match[4]), ...(match[5] ? { year: Number(match[5]) } : {}) };
      const modifier = match[1] ? modifierOf(match[1]) : undefined;
      return { type: 'quarter', quarter: ORDINALS[lower(match[2]!)]!, ...(match[3] ? { year: Number(match[3]) } : {}), ...(modifier && modifier !== 'this' ? { modifier } : {}) };
    },
  },
  {
    // "the first half of 2023", "the second half of this year"
    name: 'half',
    pattern: /\b(?:the\s+)?(first|second)\s+half\s+of\s+(?:(1[89]\d\d|20\d\d)|(this|last|next)\s+year|the\s+year)\b/gi,
    read: (match) => ({ type: 'half', half: lower(match[1]!) === 'first' ? 1 : 2, ...(match[2] ? { year: Number(match[2]) } : {}), ...(match[3] ? { yearOffset: modifierOf(match[3]) === 'last' ? -1 : modifierOf(match[3]) === 'next' ? 1 : 0 } : {}) }),
  },
  {
    // "recently", "in the coming days", "now" (but not the conjunction "now that")
    name: 'vague-reference',
    pattern: new RegExp(`\\b(${Object.keys(times.vagueReferences).sort((a, b) => b.length - a.length).join('|')})\\b(?!\\s+that\\b|-)`, 'gi'),
    read: (match) => ({ type: 'reference', reference: (times.vagueReferences as Record<string, string>)[lower(match[1]!)]! }),
  },
  {
    // "1990," "in 1998 and 2016.": a bare year before punctuation or "and"; a count ("2000 people") is left to the claims stage.
    name: 'bare-year',
    pattern: new RegExp(`(?<![$€£¥\\d,.#/-])\\b(${YEAR})\\b(?=\\s*(?:[,.;:)!?]|$|\\s+(?:and|or|to)\\s))(?![,.]\\d)`, 'g'),
    read: (match) => ({ type: 'year', year: Number(match[1]) }),
  },
  {
    // Company results: "the quarter", "the latest quarter" is the last one reported; "the year-ago quarter" the same quarter a year before.
    name: 'reporting-quarter',
    pattern: /\bthe\s+(?:(latest|most recent|recent|fiscal|year-ago|year-earlier|comparable)\s+)?(quarter|period)\b/gi,
    read: (match) => {
      if (lower(match[2]!) === 'period' && !match[1]) return null;
      const yearAgo = match[1] !== undefined && /year/i.test(match[1]);
      return { type: 'quarter', quarter: 0, modifier: yearAgo ? 'last' : 'this' };
    },
  },
  {
    // "since the war began", "since the start of the war", "since the invasion": anchored to an event, left unresolved.
    name: 'since-event',
    pattern: new RegExp(
      `\\bsince\\s+(?:(?:the|its|this|last\\s+year's|last\\s+month's)\\s+)?(?:(?:${times.sinceEventNouns.join('|')})\\s+of\\s+(?:the\\s+|its\\s+|this\\s+)?[\\w-]+(?:\\s+[\\w-]+)?|[\\w-]+(?:\\s+[\\w-]+){0,2}\\s+(?:${times.sinceEventVerbs.join('|')})|(?:${times.sinceEventNouns.join('|')}))\\b`,
      'gi',
    ),
    read: () => ({ type: 'since-event' }),
  },
  {
    name: 'set',
    pattern: new RegExp(`\\b(${Object.keys(times.sets).join('|')})\\b`, 'gi'),
    read: (match) => ({ type: 'set', period: (times.sets as Record<string, string>)[lower(match[1]!)]! }),
  },
];

/** The head words each rule is built around; a rule runs only in windows around its own heads. */
const RULE_HEADS: Readonly<Record<string, readonly string[]>> = {
  weekday: Object.keys(WEEKDAYS),
  'relative-day': ['today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'night', 'morning', 'afternoon', 'evening', 'midnight', 'noon', 'midday', 'dawn', 'daybreak', 'dusk', 'nightfall', 'sunset', 'sunrise'],
  'relative-unit': ['week', 'weekend', 'month', 'year', 'quarter', 'decade'],
  ago: ['ago', 'now', 'hence'],
  duration: Object.keys(UNITS),
  century: ['century', 'centuries'],
  month: Object.keys(MONTHS),
  season: Object.keys(SEASONS),
  quarter: ['quarter'],
  half: ['half'],
  'vague-reference': Object.keys(times.vagueReferences).map((phrase) => phrase.split(' ').at(-1)!),
  'reporting-quarter': ['quarter', 'period'],
  'since-event': ['since'],
  set: Object.keys(times.sets).map((phrase) => phrase.split(' ').at(-1)!),
};
/** Rules whose head is a number: years, decades, "Q3". */
const NUMBER_HEAD_RULES = ['year', 'bare-year', 'decade', 'quarter', 'century'];

const RULE_INDEX = new Map(RULES.map((rule, index) => [rule.name, index]));
const RULES_BY_HEAD = new Map<string, number[]>();
for (const [name, heads] of Object.entries(RULE_HEADS)) {
  for (const head of heads) {
    const list = RULES_BY_HEAD.get(head) ?? [];
    list.push(RULE_INDEX.get(name)!);
    RULES_BY_HEAD.set(head, list);
  }
}
const NUMBER_HEAD_RULE_INDICES = NUMBER_HEAD_RULES.map((name) => RULE_INDEX.get(name)!);
const CLOCK_HEAD = /^\d(?::\d\d|\s?[ap]\.?m)/;

/**
 * The words every rule is built around (a weekday, a month, a unit, "ago", "now", a year), matched
 * in one pass over the text. The rules run only in short windows around their own heads,
 * which is most of what keeps the stage fast: the bulk of a news text holds no time at all.
 */
const HEAD_WORDS = [...RULES_BY_HEAD.keys()].sort((a, b) => b.length - a.length);
const HEADS = new RegExp(`\\b(?:${HEAD_WORDS.join('|')})\\b|\\b(?:1[89]|20)\\d\\d\\b|\\d0s\\b|\\bq[1-4]\\b|\\d(?::\\d\\d|\\s?[ap]\\.?m\\b)`, 'g');
/** Characters a window reaches before and after its head: room for "the end of", "since the start of the war". */
/**
 * Case-insensitive matching on the text itself: as fast as on a lower-cased copy, without the copy.
 * Compiled once and reset on each call (the stage is synchronous): building it per article cost
 * more than many articles take to scan.
 */
const HEAD_PATTERN = new RegExp(HEADS.source, 'gi');
const BEFORE_HEAD = 48;
const AFTER_HEAD = 40;

export interface TextWindow {
  readonly start: number;
  readonly end: number;
  /** Indices of the rules whose heads are in the window; chrono reads windows marked `calendar`. */
  readonly rules: ReadonlySet<number>;
  readonly calendar: boolean;
}

/** Whether a UTF-16 code unit is one of the characters \s matches in a JavaScript regular expression. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A character code test rather than a regular expression per character: windows are widened for every head word. */
function widenToSpace(text: string, offset: number, step: -1 | 1): number {
  let position = offset;
  while (position > 0 && position < text.length && !isWhiteSpace(text.charCodeAt(position))) position += step;
  return Math.max(0, Math.min(text.length, position));
}

/** Merged windows around every head word of the text, widened to whitespace so no word is cut. */
export function timeWindows(text: string): TextWindow[] {
  const pattern = HEAD_PATTERN;
  pattern.lastIndex = 0;
  const windows: { start: number; end: number; rules: Set<number>; calendar: boolean }[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const head = match[0].toLowerCase();
    const rules = RULES_BY_HEAD.get(head) ?? (CLOCK_HEAD.test(head) ? [] : NUMBER_HEAD_RULE_INDICES);
    // chrono reads calendar dates and clock times: a month name or a number may start one.
    const calendar = CLOCK_HEAD.test(head) || /^\d/.test(head) || MONTHS[head] !== undefined;
    const start = widenToSpace(text, match.index - BEFORE_HEAD, -1);
    const end = widenToSpace(text, match.index + head.length + AFTER_HEAD, 1);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      for (const rule of rules) last.rules.add(rule);
      last.calendar ||= calendar;
    } else windows.push({ start, end, rules: new Set(rules), calendar });
  }
  return windows;
}

/**
 * The rules' patterns, compiled once: copies of the rules' own (so that callers of RULES never see
 * their lastIndex move), reset before each window. The stage is synchronous, so one set is enough.
 */
const RULE_PATTERNS: readonly RegExp[] = RULES.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags));

/** Candidates of the news grammar, in no particular order; overlaps are settled by the stage. */
export function findNewsTimes(text: string, windows: readonly TextWindow[] = timeWindows(text)): TimeCandidate[] {
  const candidates: TimeCandidate[] = [];
  const patterns = RULE_PATTERNS;
  for (const window of windows) {
    const slice = text.slice(window.start, window.end);
    for (const index of window.rules) {
      const rule = RULES[index]!;
      const pattern = patterns[index]!;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
        const meaning = rule.read(match);
        if (!meaning) continue;
        const whole = match[0];
        let start = match.index;
        let end = start + whole.length;
        if (rule.extent !== undefined && match[rule.extent] !== undefined) {
          start = match.index + whole.lastIndexOf(match[rule.extent]!);
          end = start + match[rule.extent]!.length;
        }
        candidates.push({ start: window.start + start, end: window.start + end, meaning, rule: rule.name });
      }
    }
  }
  return candidates;
}
