// The shared values (ranges, diagnostics, language tags) are part of the corpus stage's API:
// a `Report` carries them, so a user of `ParallaxCorpus` sees them without a second import.
@_exported import ParallaxCore
