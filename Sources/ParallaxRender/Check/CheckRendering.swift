import ParallaxCheck

/// The views of a check result (`parallax check`): terminal text, Markdown and an HTML page.
public enum CheckRendering {
  /// One line per finding, the evidence of each side under it, a summary first.
  public static func text(_ result: CheckResult, style: TerminalStyle = .plain) -> String {
    var out = style.paint(summary(result), .header) + "\n"
    for finding in result.findings {
      let role: TerminalStyle.Role =
        finding.severity == .note ? .dim : (finding.severity == .error ? .warning : .label)
      out +=
        "\n" + style.paint(finding.severity.rawValue.padded(7), role) + " "
        + style.paint(finding.kind.rawValue, .label) + "  " + finding.message + "\n"
      if let source = finding.source {
        out += "  " + style.paint("source", .dim) + " " + where_(source) + "\n"
      }
      if let target = finding.target {
        out += "  " + style.paint("target", .dim) + " " + where_(target) + "\n"
      }
    }
    return out
  }

  /// `fr Corpus/…/fr-quotidien.txt → en en.txt · 9 pairs · 2 errors, 1 warning, 0 notes`.
  public static func summary(_ result: CheckResult) -> String {
    let counts = Finding.Severity.allCases.reversed().map { severity in
      let n = result.count(severity)
      return "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
    }
    return "check: \(result.source.language) \(result.source.report) → \(result.target.language) "
      + "\(result.target.report) · \(result.pairs.count) pairs · "
      + counts.joined(separator: ", ")
  }

  /// One side's evidence: `¶3 12..<20 p3.f1 «au moins 22»`.
  public static func where_(_ evidence: FindingEvidence) -> String {
    var parts = [evidence.segment.map { "segment \($0)" } ?? "¶\(evidence.paragraph)"]
    if let range = evidence.range { parts.append(range.description) }
    if let fact = evidence.factID { parts.append(fact) }
    parts.append("«\(evidence.text)»")
    return parts.joined(separator: " ")
  }

  /// A Markdown table of the findings under the summary.
  public static func markdown(_ result: CheckResult) -> String {
    var out = "# " + MarkdownEscaping.escape(summary(result)) + "\n\n"
    guard !result.findings.isEmpty else { return out + "No findings.\n" }
    out += "| severity | kind | finding | source | target |\n|---|---|---|---|---|\n"
    for finding in result.findings {
      let cells = [
        finding.severity.rawValue, finding.kind.rawValue, finding.message,
        finding.source.map(where_) ?? "", finding.target.map(where_) ?? "",
      ]
      out +=
        "| "
        + cells.map(MarkdownEscaping.escape)
        .joined(separator: " | ") + " |\n"
    }
    return out
  }

  /// One self-contained page with the findings as a table.
  public static func html(_ result: CheckResult) -> String {
    var out = HTMLPage.head(title: "Parallax: check")
    out += "<h1>" + HTMLEscaping.escape(summary(result)) + "</h1>\n"
    if result.findings.isEmpty {
      out += "<p>No findings.</p>\n"
    } else {
      out +=
        "<table>\n<tr><th>severity</th><th>kind</th><th>finding</th><th>source</th>"
        + "<th>target</th></tr>\n"
      for finding in result.findings {
        let cells = [
          finding.severity.rawValue, finding.kind.rawValue, finding.message,
          finding.source.map(where_) ?? "", finding.target.map(where_) ?? "",
        ]
        out +=
          "<tr class=\"\(finding.severity.rawValue)\">"
          + cells.map { "<td>" + HTMLEscaping.escape($0) + "</td>" }.joined() + "</tr>\n"
      }
      out += "</table>\n"
    }
    return out + HTMLPage.tail
  }
}

extension String {
  fileprivate func padded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
