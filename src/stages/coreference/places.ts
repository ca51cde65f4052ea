import countries from '../../lexicons/countries.json' with { type: 'json' };
import places from '../../lexicons/places.json' with { type: 'json' };

const COUNTRY_NAMES = new Map(countries.countries.map((country) => [country.iso3, country.name]));
const KIND_BY_NAME = new Map<string, string>();
for (const place of places.places) KIND_BY_NAME.set(place.name, place.kind);
for (const country of countries.countries) {
  for (const capital of country.capitals) KIND_BY_NAME.set(capital, 'capital');
  KIND_BY_NAME.set(country.name, 'country');
}

/** The short name of a country from its ISO-3 code ("RUS" -> "Russia"). */
export function countryName(iso3: string): string | undefined {
  return COUNTRY_NAMES.get(iso3);
}

/** What kind of place a canonical name is: country, capital, city, territory, region, state, sea... */
export function placeKind(name: string): string | undefined {
  return KIND_BY_NAME.get(name);
}
