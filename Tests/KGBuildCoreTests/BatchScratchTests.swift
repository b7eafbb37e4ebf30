import Foundation
import Testing

@testable import KGBuildCore

/// A batch's scratch (`Pipeline.Scratch`) only saves work: an article analysed after others on the same
/// scratch gets the result it gets alone.
@Suite struct BatchScratchTests {
    /// One invented name spelled decomposed (NFD) in an article and precomposed (NFC) in the next: the second
    /// keeps the person key of its own spelling, not the first article's.
    @Test func canonicallyEquivalentNamesDoNotLeakAcrossArticles() {
        let text = "Foreign Minister José Ramírez met Chilean President Gabriel Boric in Santiago on Monday. "
            + "Ramírez said the talks were useful."
        let nfd = text.decomposedStringWithCanonicalMapping, nfc = text.precomposedStringWithCanonicalMapping
        #expect(!nfd.utf8.elementsEqual(nfc.utf8))
        let pipeline = Shared.pipeline
        let scratch = Pipeline.Scratch()
        _ = pipeline.analyze(Shared.article(nfd), yearHint: nil, scratch: scratch)
        let after = pipeline.analyze(Shared.article(nfc), yearHint: nil, scratch: scratch)
        let alone = pipeline.analyze(Shared.article(nfc))
        #expect(alone.actors.keys.contains { $0.hasPrefix("actor:person:") && $0.contains("c3a9") }, "\(alone.actors.keys.sorted())")
        #expect(after.actors.keys.sorted() == alone.actors.keys.sorted())
        #expect(after.mentionCounts == alone.mentionCounts)
        #expect(after.events == alone.events)
    }
}
