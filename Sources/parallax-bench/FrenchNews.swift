/// French news copy for the facts benchmark: figures in digits and words, vague counts,
/// dates, amounts with scale words, names, and attributions, in sentences written for it.
enum FrenchNews {
  /// The templates and fillers.
  static let text: SampleText = {
    var text = SampleText.french
    text.people += [
      "Rahmi Dogan", "Recep Tayyip Erdogan", "Bachar al-Assad", "Fahrettin Altun",
      "Jean-Yves Le Drian", "Christine Lagarde",
    ]
    text.places += ["Idleb", "Hatay", "Ankara", "Damas", "Alep", "Bruxelles", "Genève"]
    text.organisations += [
      "l'Observatoire syrien des droits de l'Homme (OSDH)", "l'agence Anadolu", "l'ONU",
      "la Banque centrale européenne", "le ministère turc de la Défense", "l'OSDH",
    ]
    text.numberWords = [
      "vingt-deux", "trente-trois", "quatre-vingt-dix", "une vingtaine de", "plusieurs",
      "des dizaines de", "deux cents", "mille", "trois", "dix-sept", "soixante et onze",
    ]
    text.dates = [
      "jeudi 27 février", "le 28 février 2020", "mercredi", "hier", "le 3 mars",
      "dans la nuit de jeudi à vendredi", "le 1er avril 2021", "vendredi 6 mars 2020",
    ]
    text.amounts = [
      "milliards d'euros", "millions de dollars", "millions d'euros", "milliards de livres",
    ]
    text.sentences += [
      "Au moins {n} soldats turcs ont été tués {T} dans des frappes aériennes à {L}, selon {O}.",
      "{W} militaires ont été blessés, a déclaré le gouverneur {P} à {O}.",
      "{O} avait fait état de plus de {n} morts dans des bombardements près de {L}.",
      "Le bilan est passé de {n} à {n} morts {T}, a indiqué {O} dans un communiqué.",
      "Selon {O}, entre {n} et {n} civils ont fui la région depuis {T}.",
      "{P} a convoqué {T} un conseil de sécurité extraordinaire à {L}.",
      "Le plan de relance, doté de {M}, a été adopté {T} par le Parlement.",
      "L'inflation a atteint {p} % sur un an en février, contre {p} % en janvier, selon {O}.",
      "Près de {N} personnes ont été déplacées {T}, d'après un responsable de {O}.",
      "« Le bilan pourrait encore s'alourdir », a prévenu {P} {T} à {L}.",
      "{O} a démenti {T} avoir mené des frappes contre les positions turques à {L}.",
      "La dette publique atteint {M}, soit {p} % du produit intérieur brut, a rappelé {P}.",
      "{W} ONG ont réclamé une trêve humanitaire, a rapporté {O} {T}.",
      "Les exportations ont progressé de {p} % pour atteindre {M} l'an dernier.",
    ]
    return text
  }()

  /// About `megabytes` MB of paragraphs (two to four sentences each), blank-line separated.
  static func generate(megabytes: Double, seed: UInt64 = 27) -> [String] {
    var filler = TemplateFiller(seed: seed)
    var paragraphs: [String] = []
    var bytes = 0
    let target = Int(megabytes * 1_000_000)
    while bytes < target {
      var sentences: [String] = []
      for _ in 0..<filler.int(2...4) {
        sentences.append(filler.fill(filler.pick(text.sentences), text))
      }
      let paragraph = sentences.joined(separator: " ")
      bytes += paragraph.utf8.count + 2
      paragraphs.append(paragraph)
    }
    return paragraphs
  }
}
