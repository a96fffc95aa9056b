/// The Unicode scalars and blocks the text and facts stages name in code, in one place, so
/// no hex literal in a scan stands for a character without saying which.
///
/// Values are `UInt32` code points (what the scans switch over); ranges are closed, as the
/// Unicode charts print them.
package enum CharacterNames {
  // MARK: ASCII
  /// U+0009 CHARACTER TABULATION.
  package static let tab: UInt32 = 0x09
  /// U+000A LINE FEED.
  package static let lineFeed: UInt32 = 0x0A
  /// U+000D CARRIAGE RETURN.
  package static let carriageReturn: UInt32 = 0x0D
  /// U+0020 SPACE.
  package static let space: UInt32 = 0x20
  /// U+0021 EXCLAMATION MARK.
  package static let exclamationMark: UInt32 = 0x21
  /// U+0028 LEFT PARENTHESIS, U+0029 RIGHT PARENTHESIS.
  package static let leftParenthesis: UInt32 = 0x28
  package static let rightParenthesis: UInt32 = 0x29
  /// U+002B PLUS SIGN.
  package static let plusSign: UInt32 = 0x2B
  /// U+0027 APOSTROPHE.
  package static let apostrophe: UInt32 = 0x27
  /// U+002C COMMA.
  package static let comma: UInt32 = 0x2C
  /// U+002D HYPHEN-MINUS.
  package static let hyphenMinus: UInt32 = 0x2D
  /// U+002E FULL STOP.
  package static let fullStop: UInt32 = 0x2E
  /// U+003A COLON.
  package static let colon: UInt32 = 0x3A
  /// U+003B SEMICOLON.
  package static let semicolon: UInt32 = 0x3B
  /// U+003F QUESTION MARK.
  package static let questionMark: UInt32 = 0x3F
  /// U+0030…U+0039 DIGIT ZERO…NINE.
  package static let asciiDigits: ClosedRange<UInt32> = 0x30...0x39
  /// U+0030 DIGIT ZERO.
  package static let digitZero: UInt32 = 0x30
  /// U+0041…U+005A LATIN CAPITAL LETTER A…Z.
  package static let asciiCapitals: ClosedRange<UInt32> = 0x41...0x5A
  /// U+0061…U+007A LATIN SMALL LETTER A…Z.
  package static let asciiSmalls: ClosedRange<UInt32> = 0x61...0x7A
  /// The distance from an ASCII capital to its small letter.
  package static let asciiCaseOffset: UInt32 = 0x20
  /// U+0049 LATIN CAPITAL LETTER I.
  package static let capitalI: UInt32 = 0x49
  /// U+0069 LATIN SMALL LETTER I.
  package static let smallI: UInt32 = 0x69
  /// One past the last ASCII scalar.
  package static let asciiEnd: UInt32 = 0x80

  // MARK: Latin-1 and Latin Extended
  /// U+0085 NEXT LINE.
  package static let nextLine: UInt32 = 0x85
  /// U+00A0 NO-BREAK SPACE.
  package static let noBreakSpace: UInt32 = 0xA0
  /// U+00AA FEMININE ORDINAL INDICATOR, U+00B5 MICRO SIGN, U+00BA MASCULINE ORDINAL
  /// INDICATOR: the Latin-1 signs that are letters.
  package static let latin1SignLetters: [UInt32] = [0xAA, 0xB5, 0xBA]
  /// U+00AD SOFT HYPHEN.
  package static let softHyphen: UInt32 = 0xAD
  /// U+0080…U+00BF: the C1 controls and Latin-1 signs.
  package static let latin1Signs: ClosedRange<UInt32> = 0x80...0xBF
  /// U+00B4 ACUTE ACCENT (used as an apostrophe).
  package static let acuteAccent: UInt32 = 0xB4
  /// U+00C0…U+00DE: Latin-1 capitals (U+00D7 MULTIPLICATION SIGN among them).
  package static let latin1Capitals: ClosedRange<UInt32> = 0xC0...0xDE
  /// U+00D7 MULTIPLICATION SIGN.
  package static let multiplicationSign: UInt32 = 0xD7
  /// U+00DF…U+00FF: Latin-1 small letters (U+00F7 DIVISION SIGN among them).
  package static let latin1Smalls: ClosedRange<UInt32> = 0xDF...0xFF
  /// U+00F7 DIVISION SIGN.
  package static let divisionSign: UInt32 = 0xF7
  /// U+00C0…U+024F: Latin-1 letters and Latin Extended-A and -B.
  package static let latinLetters: ClosedRange<UInt32> = 0xC0...0x24F
  /// U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE.
  package static let capitalIWithDot: UInt32 = 0x130
  /// U+0131 LATIN SMALL LETTER DOTLESS I.
  package static let dotlessI: UInt32 = 0x131
  /// U+02BB MODIFIER LETTER TURNED COMMA, U+02BC MODIFIER LETTER APOSTROPHE.
  package static let modifierApostrophes: [UInt32] = [0x2BB, 0x2BC]
  /// U+0307 COMBINING DOT ABOVE.
  package static let combiningDotAbove: UInt32 = 0x307
  /// U+1E00…U+1EFF LATIN EXTENDED ADDITIONAL.
  package static let latinExtendedAdditional: ClosedRange<UInt32> = 0x1E00...0x1EFF

  // MARK: Cyrillic
  /// U+0400…U+052F: Cyrillic and Cyrillic Supplement.
  package static let cyrillicBlocks: ClosedRange<UInt32> = 0x400...0x52F
  /// U+0400…U+04FF: Cyrillic.
  package static let cyrillic: ClosedRange<UInt32> = 0x400...0x4FF
  /// U+0410…U+042F CYRILLIC CAPITAL LETTER A…YA.
  package static let cyrillicCapitals: ClosedRange<UInt32> = 0x410...0x42F
  /// U+0430…U+045F: Cyrillic small letters A…DZHE.
  package static let cyrillicSmalls: ClosedRange<UInt32> = 0x430...0x45F
  /// а … я, the small letters of Russian without ё.
  package static let cyrillicBasicSmalls: ClosedRange<UInt32> = 0x430...0x44F
  /// й, и with a breve (folding drops the breve).
  package static let cyrillicShortI: UInt32 = 0x439
  /// U+0410…U+044F: the basic Russian alphabet, both cases.
  package static let cyrillicBasic: ClosedRange<UInt32> = 0x410...0x44F

  // MARK: Arabic
  /// U+0600…U+06FF: the Arabic block.
  package static let arabic: ClosedRange<UInt32> = 0x600...0x6FF
  /// U+0750…U+077F ARABIC SUPPLEMENT.
  package static let arabicSupplement: ClosedRange<UInt32> = 0x750...0x77F
  /// U+FB50…U+FDFF ARABIC PRESENTATION FORMS-A.
  package static let arabicPresentationA: ClosedRange<UInt32> = 0xFB50...0xFDFF
  /// U+FE70…U+FEFF ARABIC PRESENTATION FORMS-B.
  package static let arabicPresentationB: ClosedRange<UInt32> = 0xFE70...0xFEFF
  /// U+060C ARABIC COMMA.
  package static let arabicComma: UInt32 = 0x60C
  /// U+061B ARABIC SEMICOLON.
  package static let arabicSemicolon: UInt32 = 0x61B
  /// U+061F ARABIC QUESTION MARK.
  package static let arabicQuestionMark: UInt32 = 0x61F
  /// U+0621 ARABIC LETTER HAMZA.
  package static let hamza: UInt32 = 0x621
  /// U+0621…U+063A, U+0641…U+064A: the Arabic letters, hamza to ghain and feh to yeh.
  package static let arabicLettersLow: ClosedRange<UInt32> = 0x621...0x63A
  package static let arabicLettersHigh: ClosedRange<UInt32> = 0x641...0x64A
  /// ا … غ: the Arabic letters after the hamza and madda forms (آ أ ؤ إ ئ).
  package static let arabicBareLetters: ClosedRange<UInt32> = 0x627...0x63A
  /// U+0621…U+064A: hamza to yeh, tatweel among them.
  package static let arabicLetters: ClosedRange<UInt32> = 0x621...0x64A
  /// U+0622 ALEF WITH MADDA ABOVE, U+0623 ALEF WITH HAMZA ABOVE, U+0625 ALEF WITH HAMZA
  /// BELOW, U+0671 ALEF WASLA: the alef forms folded to a bare alef.
  package static let alefForms: [UInt32] = [0x622, 0x623, 0x625, 0x671]
  /// U+0624 WAW WITH HAMZA ABOVE, U+0626 YEH WITH HAMZA ABOVE: hamza carriers.
  package static let wawWithHamza: UInt32 = 0x624
  package static let yehWithHamza: UInt32 = 0x626
  /// U+0627 ARABIC LETTER ALEF.
  package static let alef: UInt32 = 0x627
  /// U+0629 ARABIC LETTER TEH MARBUTA.
  package static let tehMarbuta: UInt32 = 0x629
  /// U+0640 ARABIC TATWEEL.
  package static let tatweel: UInt32 = 0x640
  /// U+0643 ARABIC LETTER KAF.
  package static let kaf: UInt32 = 0x643
  /// U+0647 ARABIC LETTER HEH.
  package static let heh: UInt32 = 0x647
  /// U+0649 ARABIC LETTER ALEF MAKSURA.
  package static let alefMaksura: UInt32 = 0x649
  /// U+064A ARABIC LETTER YEH.
  package static let yeh: UInt32 = 0x64A
  /// U+064B…U+065F: the tashkeel (harakat, tanwin, shadda, sukun and later marks).
  package static let tashkeel: ClosedRange<UInt32> = 0x64B...0x65F
  /// U+0670 ARABIC LETTER SUPERSCRIPT ALEF (a mark).
  package static let superscriptAlef: UInt32 = 0x670
  /// U+0660…U+0669 ARABIC-INDIC DIGIT ZERO…NINE.
  package static let arabicIndicDigits: ClosedRange<UInt32> = 0x660...0x669
  /// U+066B ARABIC DECIMAL SEPARATOR.
  package static let arabicDecimalSeparator: UInt32 = 0x66B
  /// U+066C ARABIC THOUSANDS SEPARATOR.
  package static let arabicThousandsSeparator: UInt32 = 0x66C
  /// U+066A ARABIC PERCENT SIGN.
  package static let arabicPercentSign: UInt32 = 0x66A
  /// U+06A9 ARABIC LETTER KEHEH.
  package static let keheh: UInt32 = 0x6A9
  /// U+06CC ARABIC LETTER FARSI YEH.
  package static let farsiYeh: UInt32 = 0x6CC
  /// U+06D4 ARABIC FULL STOP.
  package static let arabicFullStop: UInt32 = 0x6D4
  /// U+06F0…U+06F9 EXTENDED ARABIC-INDIC DIGIT ZERO…NINE (Persian, Urdu).
  package static let extendedArabicIndicDigits: ClosedRange<UInt32> = 0x6F0...0x6F9

  // MARK: General Punctuation and beyond
  /// U+2000…U+200B: the typographic spaces and ZERO WIDTH SPACE.
  package static let typographicSpaces: ClosedRange<UInt32> = 0x2000...0x200B
  /// U+200C ZERO WIDTH NON-JOINER.
  package static let zeroWidthNonJoiner: UInt32 = 0x200C
  /// U+200D ZERO WIDTH JOINER.
  package static let zeroWidthJoiner: UInt32 = 0x200D
  /// U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK.
  package static let leftToRightMark: UInt32 = 0x200E
  package static let rightToLeftMark: UInt32 = 0x200F
  /// U+2010…U+2027: dashes, quotes, bullets and leaders.
  package static let dashesAndQuotes: ClosedRange<UInt32> = 0x2010...0x2027
  /// U+2018 LEFT SINGLE QUOTATION MARK, U+2019 RIGHT SINGLE QUOTATION MARK.
  package static let leftSingleQuote: UInt32 = 0x2018
  package static let rightSingleQuote: UInt32 = 0x2019
  /// U+2013 EN DASH.
  package static let enDash: UInt32 = 0x2013
  /// U+2212 MINUS SIGN.
  package static let minusSign: UInt32 = 0x2212
  /// U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
  package static let lineSeparator: UInt32 = 0x2028
  package static let paragraphSeparator: UInt32 = 0x2029
  /// U+202F NARROW NO-BREAK SPACE.
  package static let narrowNoBreakSpace: UInt32 = 0x202F
  /// U+2030…U+203A: per mille, primes, guillemets.
  package static let perMilleToGuillemets: ClosedRange<UInt32> = 0x2030...0x203A
  /// U+2032 PRIME (typed for an apostrophe).
  package static let prime: UInt32 = 0x2032
  /// U+205F MEDIUM MATHEMATICAL SPACE.
  package static let mediumMathematicalSpace: UInt32 = 0x205F
  /// U+20A0…U+20C0: the Currency Symbols block.
  package static let currencySymbols: ClosedRange<UInt32> = 0x20A0...0x20C0
  /// U+2100: where the tokenizer's precomputed class table ends (Letterlike Symbols on).
  package static let classTableEnd: UInt32 = 0x2100
  /// U+FFFD REPLACEMENT CHARACTER.
  package static let replacement: UInt32 = 0xFFFD
}
