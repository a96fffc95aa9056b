/// The meaning of a number word or phrase for the number composer.
struct NumberAtom: Sendable, Hashable {
  /// What the word does in a number.
  enum Role: UInt8, Sendable {
    /// A value added in place (`vingt-deux`, `doscientos`, `1.5` for `eineinhalb`).
    case value
    /// An article worth 1 that only counts before a scale or fraction (`a` hundred).
    case article
    /// Multiplies what precedes it by 100 (`cent`, `hundred`, `yüz`).
    case hundred
    /// A scale (`mille`, `million`, `Milliarde`, `млн`): multiplies the group before it.
    case scale
    /// A small multiplier of the last value (`dozen`, `douzaine`).
    case multiplier
    /// A fraction denominator (`tiers`, `quarters`, `Drittel`).
    case fraction
    /// Joins parts of one number (`and`, `et`, `y`, `und`).
    case connector
    /// Starts decimal digits (`point`, `virgule`, `Komma`, `coma`).
    case decimalPoint
    /// A division (`over`, `sur`, `sobre`).
    case over
    /// A minus sign in words (`minus`, `negative`).
    case negative
  }

  /// What the word does.
  var role: Role
  /// Its value (the denominator for a fraction, the factor for a scale).
  var value: ExactNumber
}
