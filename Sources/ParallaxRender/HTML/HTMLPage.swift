import Foundation

/// The shell of every self-contained page Parallax writes: one file, inline styles, no
/// script, nothing fetched, readable offline and printable. Views put their sections
/// between `head(title:)` and `tail`, and write input only through `HTMLEscaping` and
/// `link(_:)`.
public enum HTMLPage {
  /// The page's Content-Security-Policy: nothing may load or run (no `script-src`, so
  /// `default-src 'none'` forbids every script, inline handlers and `javascript:` URLs
  /// included); only the page's own inline styles and `data:` images are allowed, and no
  /// `<base>` or form can send the reader elsewhere.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    + "form-action 'none'"

  /// The page's start: doctype, the security policy, title, styles and an opening `<main>`.
  public static func head(title: String, styles extra: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
    <meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTMLEscaping.escape(title))</title>
    <style>
    \(extra.isEmpty ? styles : styles + "\n" + extra)
    </style>
    </head>
    <body>
    <main>

    """
  }

  /// The page's end.
  public static let tail = "</main>\n</body>\n</html>\n"

  /// `url` as a live link when `LinkPolicy` allows it (opened without a referrer, never
  /// with access to this page), else as escaped text.
  public static func link(_ url: String) -> String {
    guard let target = LinkPolicy.linkTarget(url) else {
      return "<span class=\"url\">\(HTMLEscaping.escape(url))</span>"
    }
    return "<a class=\"url\" href=\"\(HTMLEscaping.escape(target))\" "
      + "rel=\"noopener noreferrer nofollow\">\(HTMLEscaping.escape(url))</a>"
  }

  /// The text direction of `language` (a BCP 47 code): `rtl` for Arabic, Persian, Hebrew,
  /// Urdu… as CLDR says, `auto` (the first strong letter decides) for an unknown language,
  /// else `ltr`.
  public static func direction(language: String?) -> String {
    guard let language, !language.isEmpty else { return "auto" }
    switch Locale.Language(identifier: language).characterDirection {
    case .rightToLeft: return "rtl"
    case .leftToRight: return "ltr"
    default: return "auto"
    }
  }

  /// The opening of paragraph `index` of a report in `language`: its number, its
  /// language and direction (`lang`, `dir`) and an anchor id `r<report>-p<index>`.
  public static func paragraphOpen(
    index: Int, language: String?, anchor: String? = nil, kind: String = "body"
  ) -> String {
    var out = "<p class=\"para \(HTMLEscaping.escape(kind))\""
    if let anchor { out += " id=\"\(HTMLEscaping.escape(anchor))\"" }
    if let language, !language.isEmpty { out += " lang=\"\(HTMLEscaping.escape(language))\"" }
    out +=
      " dir=\"\(direction(language: language))\"><span class=\"n\" dir=\"ltr\">¶\(index)</span> "
    return out
  }

  /// The page's style sheet (inline: the policy allows no other).
  static let styles = """
    :root { color-scheme: light; }
    body { font: 16px/1.5 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; margin: 2em auto; max-width: 62em; padding: 0 1em; color: #222; }
    h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; overflow-wrap: anywhere; }
    .meta { color: #555; font-size: .9em; overflow-wrap: anywhere; }
    .url { overflow-wrap: anywhere; }
    .para { margin: 1.2em 0 .3em; }
    .para.headline { font-weight: 600; font-size: 1.1em; }
    .para.subheading { font-style: italic; }
    .para[dir=rtl] { text-align: right; font-size: 1.1em; }
    .n { color: #888; font-size: .75em; margin-inline-end: .4em; font-weight: normal; unicode-bidi: isolate; }
    .fig { background: #ffe58a; font-weight: 600; }
    .date { background: #c9ecf5; }
    .ent { border-bottom: 2px solid #3a9a4a; }
    .cue { background: #ecd4f2; }
    .legend { font-size: .85em; color: #555; }
    .legend span { padding: 0 .3em; }
    table { border-collapse: collapse; font-size: .85em; margin: .3em 0 1.2em; width: 100%; }
    th, td { border: 1px solid #ddd; padding: .2em .5em; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
    th { background: #f4f4f4; }
    thead { display: table-header-group; }
    td.id, td.r { font-family: ui-monospace, "DejaVu Sans Mono", monospace; white-space: nowrap; overflow-wrap: normal; }
    td.k { white-space: nowrap; }
    table.facts { table-layout: fixed; }
    table.facts th:nth-child(1) { width: 4.5em; }
    table.facts th:nth-child(2) { width: 6.5em; }
    table.facts th:nth-child(3) { width: 28%; }
    table.facts th:nth-child(4) { width: 18%; }
    table.facts th:nth-child(5) { width: 6em; }
    @media print {
      body { margin: 0; max-width: none; font-size: 11pt; }
      .para { break-inside: avoid; break-after: avoid; }
      tr { break-inside: avoid; }
      .fig, .date, .cue { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
