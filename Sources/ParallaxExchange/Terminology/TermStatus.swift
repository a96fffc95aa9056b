import Foundation
import ParallaxGlossary

/// The standing of a term: the glossary's own status (preferred, admitted, forbidden).
public typealias TermStatus = GlossaryTerm.Status

extension GlossaryTerm.Status {
  /// The TBX `termNote type="administrativeStatus"` value (the same picklist in TBX 2008
  /// and in TBX-Basic of ISO 30042:2019): forbidden is `deprecatedTerm-admn-sts`.
  public var tbxValue: String {
    switch self {
    case .preferred: "preferredTerm-admn-sts"
    case .admitted: "admittedTerm-admn-sts"
    case .forbidden: "deprecatedTerm-admn-sts"
    }
  }

  /// The status a TBX value (administrative status or normative authorization, any case)
  /// stands for; `nil` for a value that is none of them. Superseded, legal, regulated and
  /// standardized terms map to the nearest of the three.
  public init?(tbxValue: String) {
    // Nothing to trim when both ends are ASCII and not white space (the usual case).
    let bare =
      tbxValue.utf8.first.map { $0 > 0x20 && $0 < 0x7F } == true
      && tbxValue.utf8.last.map { $0 > 0x20 && $0 < 0x7F } == true
    let value =
      (bare ? tbxValue : tbxValue.trimmingCharacters(in: .whitespacesAndNewlines)).lowercased()
    switch value {
    case "preferredterm-admn-sts", "preferredterm", "preferred", "standardizedterm-admn-sts",
      "standardizedterm", "legalterm-admn-sts", "regulatedterm-admn-sts":
      self = .preferred
    case "admittedterm-admn-sts", "admittedterm", "admitted":
      self = .admitted
    case "deprecatedterm-admn-sts", "deprecatedterm", "deprecated", "supersededterm-admn-sts",
      "supersededterm", "superseded", "forbidden", "notrecommended", "not recommended",
      "obsolete":
      self = .forbidden
    default:
      return nil
    }
  }
}
