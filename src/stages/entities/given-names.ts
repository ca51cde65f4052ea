import givenNames from '../../lexicons/given-names.json' with { type: 'json' };

const FEMALE: ReadonlySet<string> = new Set(givenNames.female);
const MALE: ReadonlySet<string> = new Set(givenNames.male);

/**
 * The gender a person's name suggests: a listed given name, or a Slavic feminine surname ending
 * (Zakharova, Nabiullina, Tikhanovskaya), which news about Russia and its neighbours uses often.
 * Masculine endings (-ov, -in) are not used: too many other names end so.
 */
export function givenNameGender(name: string): 'female' | 'male' | undefined {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (FEMALE.has(first)) return 'female';
  if (MALE.has(first)) return 'male';
  const last = words.at(-1) ?? '';
  if (/^\p{Lu}\p{Ll}+(?:ova|eva|yova|ina|aya|skaya|tskaya)$/u.test(last)) return 'female';
  return undefined;
}
