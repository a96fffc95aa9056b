import Testing

@testable import ParallaxRender

/// `--color` and `NO_COLOR`, and the column layout for side-by-side views.
@Suite struct TerminalStyleTests {
  @Test(arguments: [
    (TerminalStyle.Choice.auto, true, [String: String](), true),
    (.auto, false, [:], false),
    (.auto, true, ["NO_COLOR": "1"], false),
    (.auto, true, ["NO_COLOR": ""], true),
    (.always, false, ["NO_COLOR": "1"], true),
    (.never, true, [:], false),
  ])
  func colourDecision(
    _ choice: TerminalStyle.Choice, _ terminal: Bool, _ environment: [String: String],
    _ enabled: Bool
  ) {
    #expect(
      TerminalStyle(choice, isTerminal: terminal, environment: environment).enabled == enabled)
  }

  @Test func plainStyleWritesNoEscapes() {
    #expect(TerminalStyle.plain.paint("x", .figure) == "x")
    #expect(TerminalStyle(enabled: true).paint("x", .figure) == "\u{1B}[1;33mx\u{1B}[0m")
  }

  @Test func columnsAlignAndClip() {
    let lines = TextColumns(limits: [5], separator: " │ ").layout([
      ["¶1 Idleb", "¶1 إدلب"],
      ["¶22", "b"],
    ])
    #expect(lines == ["¶1 I… │ ¶1 إدلب", "¶22   │ b"])
  }
}
