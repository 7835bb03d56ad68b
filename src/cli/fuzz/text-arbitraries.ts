/** Small text arbitraries the fuzz targets share. */
import fc from 'fast-check';

/** Any short string, binary code units included. */
export const text = (maxLength = 24) => fc.string({ maxLength, unit: 'binary' });

/** Mutations that keep text almost valid: a character dropped, doubled or replaced. */
export const mutated = (source: fc.Arbitrary<string>) =>
  fc
    .tuple(source, fc.nat(), fc.constantFrom('drop', 'double', 'replace', 'cut'), fc.string({ maxLength: 1 }))
    .map(([s, at, how, ch]) => {
      if (s.length === 0) return s;
      const i = at % s.length;
      if (how === 'drop') return s.slice(0, i) + s.slice(i + 1);
      if (how === 'double') return s.slice(0, i) + s[i] + s.slice(i);
      if (how === 'cut') return s.slice(0, i);
      return s.slice(0, i) + ch + s.slice(i + 1);
    });
