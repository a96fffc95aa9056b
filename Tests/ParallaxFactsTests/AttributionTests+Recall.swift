import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// Attribution rules that reach past the plain "source + cue + content" of one clause: scope,
/// verbs in two parts, passive reports, channels named before their marker, sources linked
/// across sentences and clauses.
extension AttributionTests {
  private func facts(_ text: String, _ language: String) -> ParagraphFacts {
    FactsTestSupport.facts(text, language)
  }

  /// The figures of `text` that an attribution with cue `cue` covers, as their number texts.
  private func covered(_ facts: ParagraphFacts, cue: String, in text: String) -> [String] {
    let attribution = facts.attributions.first { $0.cue == cue }
    return (attribution?.figures ?? []).map { facts.figures[$0].range.slice(of: text) }
  }

  /// A trailing `según X` after a relative clause reports only that clause.
  @Test func aTrailingCueAfterARelativeClauseCoversOnlyIt() throws {
    let text =
      "El Gobierno aprobará un plan de 20 millones de euros, que incluirá una ayuda de 5 "
      + "millones, según fuentes oficiales."
    let found = facts(text, "es")
    let attribution = try #require(found.attributions.first { $0.cue == "según" })
    #expect(attribution.source == "fuentes oficiales")
    #expect(covered(found, cue: "según", in: text) == ["5 millones"])
  }

  /// Turkish evidential passive (`öne sürülmüştü`): a report that names no speaker.
  @Test func turkishEvidentialPassiveNamesNoSpeaker() throws {
    let text = "Ankara merkezli şirketin 3 milyar liralık bir yatırım planladığı öne sürülmüştü."
    let found = facts(text, "tr")
    let attribution = try #require(found.attributions.first { $0.cue == "öne sürülmüştü" })
    #expect(attribution.source == nil)
    #expect(covered(found, cue: "öne sürülmüştü", in: text) == ["3 milyar"])
  }

  /// A channel before its marker (`… Platformu'na yapılan bildirimle`) and a passive report
  /// that continues the named speaker's announcement.
  @Test func turkishChannelBeforeItsMarkerJoinsTheAnnouncement() throws {
    let text =
      "Aksoy Holding, Bursa'daki fabrikasını satmaya karar verdiğini açıkladı. Satış, "
      + "Kamuyu Aydınlatma Platformu'na yapılan bildirimle duyuruldu."
    let found = facts(text, "tr").attributions
    let announced = try #require(found.first { $0.cue == "açıkladı" }, "\(found.map(\.cue))")
    let passive = try #require(found.first { $0.cue == "duyuruldu" })
    #expect(announced.channel == "Kamuyu Aydınlatma Platformu'na")
    #expect(passive.source == announced.source)
    #expect(announced.source == "Aksoy Holding")
  }

  /// German verbs in two parts (`hält … für`) and expectations (`rechnet mit`).
  @Test func germanVerbsInTwoPartsAndExpectations() throws {
    let judged = facts("Die Ökonomin Petra Lang hält die Prognose für zu optimistisch.", "de")
    let holds = try #require(judged.attributions.first, "no attribution")
    #expect(holds.cue == "hält … für")
    #expect(holds.source == "Die Ökonomin Petra Lang")
    let text = "Der Konzern rechnet mit Einsparungen von bis zu 40 Millionen Euro."
    let expects = facts(text, "de")
    #expect(expects.attributions.first?.source == "Der Konzern")
    #expect(covered(expects, cue: "rechnet mit", in: text) == ["40 Millionen"])
  }

  /// German perfect `hatten X … gesprochen`: the subject stands after the auxiliary.
  @Test func germanSubjectBetweenAuxiliaryAndParticiple() throws {
    let text = "Am Dienstagmorgen hatten die Retter von mindestens 15 Vermissten gesprochen."
    let found = facts(text, "de")
    let attribution = try #require(found.attributions.first, "no attribution")
    #expect(attribution.cue == "hatten … gesprochen")
    #expect(attribution.source == "die Retter")
    #expect(covered(found, cue: "hatten … gesprochen", in: text) == ["15"])
  }

  /// German: an adjective between a continuing article and its noun stays in the source.
  @Test func germanSourceKeepsAdjectivesAfterAnArticle() throws {
    let text = "Es brannten 12 Häuser. Das teilte der Sprecher der örtlichen Feuerwehr mit."
    let attribution = try #require(facts(text, "de").attributions.first, "no attribution")
    #expect(attribution.source == "der Sprecher der örtlichen Feuerwehr")
  }

  /// Spanish headline `X eleva a N`: who raises the toll reports it.
  @Test func spanishHeadlineRaisingATollNamesItsSource() throws {
    let text = "Italia eleva a 12 los muertos por las inundaciones"
    let found = facts(text, "es")
    let attribution = try #require(found.attributions.first, "no attribution")
    #expect(attribution.source == "Italia")
    #expect(covered(found, cue: "eleva a", in: text) == ["12"])
  }

  /// Arabic: an object pronoun on a verb after a relative pronoun (`الـ40 التي أعلنتها
  /// الوزارة`, the 40 the ministry announced) reports the noun before it; a later report in
  /// the sentence (`قبل أن يعلن المحافظ`) takes what follows it.
  @Test func arabicObjectRelativeAndALaterReport() throws {
    let relative = "ولم تؤكد الوكالة الـ40 التي أعلنتها الوزارة."
    let found = facts(relative, "ar")
    let announced = try #require(found.attributions.first { $0.cue == "أعلنتها" })
    #expect(announced.source == "الوزارة")
    #expect(covered(found, cue: "أعلنتها", in: relative) == ["40"])
    let later = "وكانت الشرطة قد أعلنت مقتل 5 أشخاص، قبل أن يعلن المحافظ أن الحصيلة بلغت 7 قتلى."
    let both = facts(later, "ar")
    #expect(both.attributions.first { $0.cue == "يعلن" }?.source == "المحافظ")
    #expect(covered(both, cue: "يعلن", in: later) == ["7"])
    #expect(covered(both, cue: "أعلنت", in: later) == ["5"])
  }

  /// A report closing its sentence covers the sentence before when that one's subject is
  /// the speaker and it has no report of its own.
  @Test func aClosingReportReachesBackToItsSubject() throws {
    let text =
      "Recep Tayyip Erdogan promised 40 new schools. They will cost 3 billion lira, "
      + "Recep Tayyip Erdogan said."
    let found = facts(text, "en")
    #expect(covered(found, cue: "said", in: text) == ["40", "3 billion"])
    let other = "Officials counted 40 new schools. They will cost 3 billion lira, Erdogan said."
    #expect(covered(facts(other, "en"), cue: "said", in: other) == ["3 billion"])
  }
}
