// Numeric character references as cmark-gfm 0.29 (commonmarker 0.23.6, houdini_html_u.c) reads
// them: up to 8 decimal or 8 hexadecimal digits (`&#87654321;`, out of range, is U+FFFD), where
// CommonMark 0.30 and micromark stop at 7 and 6 and leave the rest as text. Named references stay
// micromark's characterReference; the tokens are its own, so mdast decodes them as before.
import type { Code, Construct, Extension, State } from 'micromark-util-types';
import { characterReference } from 'micromark-core-commonmark';

const AMP = 38, HASH = 35, SEMI = 59, MAX_DIGITS = 8;
const isDigit = (c: Code): boolean => c !== null && c >= 48 && c <= 57;
const isHex = (c: Code): boolean => isDigit(c) || (c !== null && ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)));

// `&#`: a numeric reference, tokenized below.
const numericAhead: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter('characterReferenceMarker');
      effects.consume(code);
      return (next) => {
        effects.exit('characterReferenceMarker');
        return next === HASH ? ok(next) : nok(next);
      };
    };
  },
};

const numericReference: Construct = {
  tokenize(effects, ok, nok) {
    let size = 0;
    let test = isDigit;
    const value: State = (code) => {
      if (code === SEMI && size) {
        effects.exit('characterReferenceValue');
        effects.enter('characterReferenceMarker');
        effects.consume(code);
        effects.exit('characterReferenceMarker');
        effects.exit('characterReference');
        return ok;
      }
      if (test(code) && size++ < MAX_DIGITS) {
        effects.consume(code);
        return value;
      }
      return nok(code);
    };
    const numeric: State = (code) => {
      if (code === 88 || code === 120) {
        effects.enter('characterReferenceMarkerHexadecimal');
        effects.consume(code);
        effects.exit('characterReferenceMarkerHexadecimal');
        effects.enter('characterReferenceValue');
        test = isHex;
        return value;
      }
      effects.enter('characterReferenceValue');
      return value(code);
    };
    return (code) => {
      effects.enter('characterReference');
      effects.enter('characterReferenceMarker');
      effects.consume(code);
      effects.exit('characterReferenceMarker');
      return (hash) => {
        effects.enter('characterReferenceMarkerNumeric');
        effects.consume(hash);
        effects.exit('characterReferenceMarkerNumeric');
        return numeric;
      };
    };
  },
};

const cmarkCharacterReference: Construct = {
  name: 'cmarkCharacterReference',
  tokenize(effects, ok, nok) {
    return effects.check(numericAhead, effects.attempt(numericReference, ok, nok), characterReference.tokenize.call(this, effects, ok, nok));
  },
};

export const cmarkCharacterReference029: Extension = {
  disable: { null: ['characterReference'] },
  string: { [AMP]: cmarkCharacterReference },
  text: { [AMP]: cmarkCharacterReference },
};
