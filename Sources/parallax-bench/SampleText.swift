/// Sentence templates, written for these benchmarks, that the generators fill in.
///
/// Slots: `{N}` a large count with the language's grouping, `{n}` a small count, `{p}` a
/// percentage, `{P}` a person, `{L}` a place, `{O}` an organisation, `{D}` a weekday.
struct SampleText: Sendable {
  /// The BCP-47 code.
  var language: String
  /// The thousands separator used for `{N}`.
  var grouping: String
  /// The decimal separator used for `{p}`.
  var decimal: String
  /// People's names.
  var people: [String]
  /// Places.
  var places: [String]
  /// Organisations.
  var organisations: [String]
  /// Weekdays, as they appear in running text.
  var weekdays: [String]
  /// Headline templates.
  var titles: [String]
  /// Body sentence templates.
  var sentences: [String]
  /// Counts in words, vague counts included (`{W}`).
  var numberWords: [String] = []
  /// Dates as news copy writes them (`{T}`).
  var dates: [String] = []
  /// Amounts with scale words (`{M}`).
  var amounts: [String] = []

  /// Every language the feed generator mixes.
  static let all: [SampleText] = [french, english, german, spanish, turkish, arabic, russian]

  static let french = SampleText(
    language: "fr", grouping: "\u{202F}", decimal: ",",
    people: ["Claire Morel", "Yann Le Gall", "Sophie Benali", "Marc Delorme", "Inès Faure"],
    places: ["Lyon", "Marseille", "Rennes", "Strasbourg", "Toulouse", "Lille"],
    organisations: ["la préfecture", "le ministère de l'Intérieur", "l'Insee", "la mairie"],
    weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    titles: [
      "À {L}, {n} familles relogées après l'incendie d'un immeuble",
      "{P} annonce un plan de {N} euros pour les transports de {L}",
      "Grève : {p} % des trains supprimés {D} autour de {L}",
      "Inondations : au moins {n} communes sinistrées près de {L}",
    ],
    sentences: [
      "Selon {O}, au moins {n} personnes ont été évacuées {D} matin à {L}.",
      "Le budget atteint {N} euros, soit une hausse de {p} % sur un an, a indiqué {P}.",
      "« Nous n'avons jamais vu une telle affluence », a déclaré {P} à l'issue de la réunion.",
      "Plus de {N} habitants de {L} sont privés d'électricité depuis {D}, d'après {O}.",
      "Les secours ont déployé {n} véhicules et près de {N} litres d'eau ont été distribués.",
      "{P}, maire de {L}, a réclamé {D} une enquête indépendante sur les causes du sinistre.",
      "Le chômage a reculé de {p} % au troisième trimestre, rapporte {O} dans une note.",
      "Entre {n} et {N} manifestants ont défilé {D} dans les rues de {L}, selon les sources.",
      "Le conseil municipal a voté une aide d'urgence de {N} euros pour les commerçants.",
      "Une vingtaine de riverains ont témoigné devant le tribunal de {L} {D} après-midi.",
    ])

  static let english = SampleText(
    language: "en", grouping: ",", decimal: ".",
    people: ["Sarah Whitfield", "James O'Connor", "Priya Natarajan", "Tom Becker", "Ruth Adeyemi"],
    places: ["Leeds", "Glasgow", "Bristol", "Cardiff", "Belfast", "Norwich"],
    organisations: ["the council", "the Home Office", "police", "the health authority"],
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    titles: [
      "{n} people rescued as floods hit {L}",
      "{P} unveils £{N} plan to rebuild {L} station",
      "Rail strike cancels {p}% of services on {D}",
      "At least {n} injured in motorway pile-up near {L}",
    ],
    sentences: [
      "At least {n} people were taken to hospital on {D}, {O} said in a statement.",
      "The project will cost {N} pounds, a rise of {p}% on last year's estimate, {P} told reporters.",
      "\"We have never seen anything like it,\" said {P}, who has lived in {L} for decades.",
      "More than {N} homes in {L} were without power on {D} evening, according to {O}.",
      "Firefighters sent {n} crews to the scene and the blaze was under control by midnight.",
      "{P}, the leader of {L} council, called for an independent inquiry on {D}.",
      "Unemployment fell by {p}% in the third quarter, {O} reported.",
      "Between {n} and {N} protesters marched through {L} on {D}, organisers said.",
      "The council approved emergency funding of {N} pounds for local shops & cafés.",
      "Dozens of residents gave evidence at {L} crown court on {D} afternoon.",
    ])

  static let german = SampleText(
    language: "de", grouping: ".", decimal: ",",
    people: ["Anna Schäfer", "Jürgen Krause", "Lena Hoffmann", "Mehmet Yıldız", "Klaus Weber"],
    places: ["Köln", "Leipzig", "Hamburg", "Dresden", "Bremen", "Mainz"],
    organisations: ["die Polizei", "das Innenministerium", "die Stadtverwaltung", "Destatis"],
    weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    titles: [
      "Hochwasser in {L}: {n} Menschen in Sicherheit gebracht",
      "{P} kündigt Förderprogramm über {N} Euro an",
      "Bahnstreik: {p} Prozent der Züge fallen am {D} aus",
      "Mindestens {n} Verletzte bei Unfall auf der A{n} bei {L}",
    ],
    sentences: [
      "Nach Angaben der Polizei wurden am {D} mindestens {n} Menschen verletzt.",
      "Das Vorhaben kostet {N} Euro und damit {p} Prozent mehr als geplant, sagte {P}.",
      "„So etwas haben wir noch nie erlebt“, sagte {P}, die seit Jahren in {L} wohnt.",
      "Mehr als {N} Haushalte in {L} waren am {D} ohne Strom, teilte {O} mit.",
      "Die Feuerwehr war mit {n} Fahrzeugen im Einsatz; der Brand war gegen Mitternacht gelöscht.",
      "{P}, Oberbürgermeisterin von {L}, forderte am {D} eine unabhängige Untersuchung.",
      "Die Arbeitslosigkeit sank im dritten Quartal um {p} Prozent, berichtete {O}.",
      "Zwischen {n} und {N} Menschen zogen am {D} durch die Innenstadt von {L}.",
      "Der Stadtrat bewilligte eine Soforthilfe von {N} Euro für Händler und Gastwirte.",
      "Dutzende Anwohner sagten am {D} vor dem Landgericht {L} aus.",
    ])

  static let spanish = SampleText(
    language: "es", grouping: ".", decimal: ",",
    people: ["Lucía Ferrer", "Javier Ortega", "Marta Quiroga", "Andrés Molina", "Elena Ruiz"],
    places: ["Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Vigo"],
    organisations: ["la Guardia Civil", "el Ministerio del Interior", "el ayuntamiento", "el INE"],
    weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    titles: [
      "Inundaciones en {L}: {n} personas rescatadas",
      "{P} anuncia un plan de {N} euros para el puerto de {L}",
      "Huelga de trenes: cancelado el {p} % de los servicios el {D}",
      "Al menos {n} heridos en un choque múltiple cerca de {L}",
    ],
    sentences: [
      "Al menos {n} personas fueron hospitalizadas el {D}, según {O}.",
      "La obra costará {N} euros, un {p} % más de lo previsto, dijo {P}.",
      "«Nunca habíamos visto algo así», declaró {P}, vecina de {L} desde hace años.",
      "Más de {N} hogares de {L} se quedaron sin luz el {D} por la noche, informó {O}.",
      "Los bomberos enviaron {n} dotaciones y el fuego quedó controlado a medianoche.",
      "{P}, alcaldesa de {L}, pidió el {D} una investigación independiente.",
      "El paro bajó un {p} % en el tercer trimestre, según datos de {O}.",
      "Entre {n} y {N} manifestantes recorrieron el centro de {L} el {D}.",
      "El pleno aprobó una ayuda urgente de {N} euros para comercios y bares.",
      "Decenas de vecinos declararon el {D} ante la Audiencia de {L}.",
    ])

  static let turkish = SampleText(
    language: "tr", grouping: ".", decimal: ",",
    people: ["Ayşe Demir", "Mehmet Kaya", "Zeynep Çelik", "Emre Şahin", "Elif Aydın"],
    places: ["İzmir", "Bursa", "Antalya", "Trabzon", "Gaziantep", "Eskişehir"],
    organisations: ["valilik", "İçişleri Bakanlığı", "belediye", "TÜİK"],
    weekdays: ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
    titles: [
      "{L}'de sel: {n} kişi kurtarıldı",
      "{P}, {L} limanı için {N} liralık plan açıkladı",
      "Demiryolu grevi: {D} seferlerin yüzde {p}'i iptal edildi",
      "{L} yakınlarında zincirleme kaza: en az {n} yaralı",
    ],
    sentences: [
      "Valiliğin açıklamasına göre {D} günü en az {n} kişi hastaneye kaldırıldı.",
      "Projenin maliyeti {N} lira olacak; bu, geçen yılki tahminden yüzde {p} fazla, dedi {P}.",
      "\"Böyle bir şey hiç görmedik\" diyen {P}, yıllardır {L}'de yaşıyor.",
      "{O} verilerine göre {L}'de {N}'den fazla hane {D} akşamı elektriksiz kaldı.",
      "İtfaiye olay yerine {n} ekip gönderdi ve yangın gece yarısı kontrol altına alındı.",
      "{L} Belediye Başkanı {P}, {D} günü bağımsız bir soruşturma açılmasını istedi.",
      "İşsizlik üçüncü çeyrekte yüzde {p} geriledi, {O} açıkladı.",
      "{D} günü {n} ile {N} arasında gösterici {L} sokaklarında yürüdü.",
      "Belediye meclisi esnaf için {N} liralık acil yardım paketini onayladı.",
      "Onlarca mahalle sakini {D} günü {L} Adliyesi'nde ifade verdi.",
    ])

  static let arabic = SampleText(
    language: "ar", grouping: ",", decimal: ".",
    people: ["سارة الخطيب", "محمد العلي", "ليلى حداد", "عمر النجار", "هدى منصور"],
    places: ["عمّان", "بيروت", "الإسكندرية", "تونس", "الدوحة", "مراكش"],
    organisations: ["وزارة الداخلية", "الدفاع المدني", "البلدية", "الهلال الأحمر"],
    weekdays: ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    titles: [
      "فيضانات في {L}: إنقاذ {n} أشخاص",
      "{P} تعلن خطة بقيمة {N} دولار لتطوير ميناء {L}",
      "إضراب يلغي {p} في المئة من الرحلات يوم {D}",
      "إصابة {n} أشخاص على الأقل في حادث سير قرب {L}",
    ],
    sentences: [
      "قالت {O} إن {n} أشخاص على الأقل نقلوا إلى المستشفى يوم {D}.",
      "وأوضح {P} أن كلفة المشروع تبلغ {N} دولار، بزيادة {p} في المئة عن التقديرات.",
      "وقالت {P}: \"لم نر شيئا كهذا من قبل\"، وهي تعيش في {L} منذ سنوات.",
      "وبحسب {O}، انقطعت الكهرباء عن أكثر من {N} منزل في {L} مساء {D}.",
      "وأرسل الدفاع المدني {n} فرق إلى المكان، وتمت السيطرة على الحريق قرابة منتصف الليل.",
      "وطالب {P}، رئيس بلدية {L}، يوم {D} بفتح تحقيق مستقل.",
      "وتراجعت البطالة بنسبة {p} في المئة في الربع الثالث، وفقا لـ{O}.",
      "وشارك ما بين {n} و{N} متظاهر في مسيرة وسط {L} يوم {D}.",
      "ووافق المجلس البلدي على مساعدة عاجلة بقيمة {N} دولار للتجار.",
      "وأدلى عشرات السكان بشهاداتهم أمام محكمة {L} يوم {D}.",
    ])

  static let russian = SampleText(
    language: "ru", grouping: "\u{00A0}", decimal: ",",
    people: [
      "Анна Смирнова", "Игорь Васильев", "Ольга Кузнецова", "Дмитрий Орлов", "Мария Белова",
    ],
    places: ["Казань", "Самара", "Новосибирск", "Екатеринбург", "Тверь", "Омск"],
    organisations: ["МЧС", "мэрия", "Министерство внутренних дел", "Росстат"],
    weekdays: [
      "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
      "в воскресенье",
    ],
    titles: [
      "Наводнение в городе {L}: спасены {n} человек",
      "{P} объявила о программе на {N} рублей",
      "Забастовка: {D} отменено {p}% поездов",
      "Не менее {n} пострадавших в ДТП под городом {L}",
    ],
    sentences: [
      "По данным {O}, {D} не менее {n} человек были госпитализированы.",
      "Проект обойдётся в {N} рублей, что на {p}% больше прежней оценки, заявил {P}.",
      "«Такого мы ещё не видели», — сказала {P}, которая много лет живёт в городе {L}.",
      "Более {N} домов в городе {L} {D} вечером остались без света, сообщает {O}.",
      "Пожарные направили на место {n} расчётов, к полуночи огонь был потушен.",
      "{P}, глава города {L}, {D} потребовал провести независимое расследование.",
      "Безработица в третьем квартале снизилась на {p}%, сообщил {O}.",
      "От {n} до {N} человек {D} прошли маршем по центру города {L}.",
      "Городская дума одобрила срочную помощь в размере {N} рублей для торговцев.",
      "Десятки жителей {D} дали показания в суде города {L}.",
    ])
}
