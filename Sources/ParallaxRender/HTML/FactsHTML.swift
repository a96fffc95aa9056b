import ParallaxCorpus
import ParallaxFacts

/// The HTML view of an analyzed report: each paragraph with its evidence marked (a tooltip
/// says what was found), then a table of its facts. Every fact row has the fact's id as
/// its anchor (`#r0-p3.f1`).
public enum FactsHTML {
  private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

  /// The key to the marks, written once at the top of the page.
  public static let legend =
    "<p class=\"legend\">Marks: <span class=\"fig\">figure</span> <span class=\"date\">date"
    + "</span> <span class=\"ent\">entity</span> <span class=\"cue\">attribution cue</span>"
    + " — hover a mark for what was read; ranges count Unicode scalars.</p>\n"

  /// The report, the `position`-th (from 0) on its page: anchors are prefixed `r<position>`.
  public static func render(_ report: AnalyzedReport, position: Int = 0) -> String {
    let metadata = report.metadata
    var out = "<section>\n" + ReportHTML.heading(metadata) + ReportHTML.meta(metadata)
    var facts = "facts read as \(report.language)"
    if let anchor = report.anchorDate { facts += "; relative dates resolved from \(anchor.iso)" }
    out += "<p class=\"meta\">\(escape(facts))</p>\n"
    let language = metadata.language?.code ?? report.language
    for paragraph in report.paragraphs {
      out += HTMLPage.paragraphOpen(
        index: paragraph.index, language: language, anchor: "r\(position)-p\(paragraph.index)",
        kind: paragraph.kind.rawValue)
      out += marked(paragraph) + "</p>\n"
      out += table(paragraph, position: position, language: language)
    }
    return out + "</section>\n"
  }

  /// The table of a paragraph's facts (nothing when it has none); words from the report
  /// are isolated in `<bdi>` in its language and direction.
  static func table(
    _ paragraph: AnalyzedReport.Paragraph, position: Int, language: String?
  ) -> String {
    let rows = FactRows.cells(paragraph)
    guard !rows.isEmpty else { return "" }
    var isolate = "<bdi"
    if let language, !language.isEmpty {
      isolate += " lang=\"\(escape(language))\" dir=\"\(HTMLPage.direction(language: language))\""
    }
    isolate += ">"
    var out = "<table class=\"facts\">\n<thead><tr>"
    out += FactRows.header.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n"
    for row in rows {
      out += "<tr id=\"r\(position)-\(escape(row.first?.plain ?? ""))\">"
      for (column, cell) in row.enumerated() {
        switch column {
        case 0: out += "<td class=\"id\">"
        case 1: out += "<td class=\"k\">"
        case 4: out += "<td class=\"r\">"
        default: out += "<td>"
        }
        for piece in cell.pieces {
          out += piece.quoted ? isolate + escape(piece.text) + "</bdi>" : escape(piece.text)
        }
        out += "</td>"
      }
      out += "</tr>\n"
    }
    return out + "</table>\n"
  }

  /// The paragraph with figures, dates, entities and cues in spans whose tooltip says
  /// what was found.
  static func marked(_ paragraph: AnalyzedReport.Paragraph) -> String {
    var marks: [EvidenceMarks.Mark] = []
    for fact in paragraph.figures {
      let tip = FactWording.summary(fact.figure) + " · \(fact.id)"
      marks.append((fact.figure.expressionRange, span("fig", tip), "</span>"))
    }
    for fact in paragraph.dates {
      marks.append(
        (fact.date.range, span("date", FactWording.date(fact.date) + " · \(fact.id)"), "</span>"))
    }
    for fact in paragraph.entities {
      let tip = "\(fact.entity.kind.rawValue) · \(fact.entity.key) · \(fact.id)"
      marks.append((fact.entity.range, span("ent", tip), "</span>"))
    }
    for fact in paragraph.attributions {
      let tip = "source: \(fact.attribution.source ?? "—") · \(fact.id)"
      if let range = fact.attribution.cueRange {
        marks.append((range, span("cue", tip), "</span>"))
      }
      if let range = fact.attribution.cueTailRange {
        marks.append((range, span("cue", tip), "</span>"))
      }
    }
    return EvidenceMarks.weave(paragraph.text, marks, escape: escape)
  }

  private static func span(_ kind: String, _ tip: String) -> String {
    "<span class=\"\(kind)\" title=\"\(escape(tip))\">"
  }
}
