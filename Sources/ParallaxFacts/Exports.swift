// A glossary is part of the facts stage's API (`FactExtractor` reads one), so a user of
// `ParallaxFacts` sees it without a second import.
@_exported import ParallaxGlossary
