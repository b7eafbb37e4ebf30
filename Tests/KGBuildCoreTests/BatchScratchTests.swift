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

    /// The mention finder's tables, kept from a longer article full of surnames, given names, group nouns
    /// and cued organizations, answer a shorter one as fresh tables do: every entry and covered token of the
    /// first is gone (`MentionFinder.ArticleTables.reset`).
    @Test func mentionTablesKeptFromAnotherArticleAnswerAsFreshOnes() {
        let first = Document(title: "Carmaker talks", body:
            "Carmaker Veltrona said on Tuesday that its chief executive, Marta Kessling, had met the rebels "
            + "near Tal Afar. Kessling said the rebels of the Ridge Front wanted talks with Iraqi forces. "
            + "Marta told reporters that Veltrona would keep its plant open. Foreign Minister Sergei Lavrov "
            + "said Moscow backed the talks, and Lavrov called on the militants to hold their fire.")
        let second = Document(title: "Plant", body:
            "Kessling said on Wednesday the plant would close. Veltrona denied it, and Marta declined to comment. "
            + "The rebels said Lavrov had not called them.")
        let finder = Shared.pipeline.mentions
        let date = PartialDate(year: 2014, month: 6, day: 24)
        let spare = MentionFinder.SpareTables()
        let firstFound = finder.find(first, date: date, names: MentionFinder.NameKeys(), spare: spare)
        #expect(firstFound.mentions.count >= 8)
        #expect(spare.tables != nil)
        let after = finder.find(second, date: date, names: MentionFinder.NameKeys(), spare: spare)
        let alone = finder.find(second, date: date, names: MentionFinder.NameKeys())
        #expect(after.mentions == alone.mentions)
        #expect(after.actors.keys.sorted() == alone.actors.keys.sorted())
        #expect(after.implied.sorted() == alone.implied.sorted())
    }

    /// `TokenKeyMap.removeAll` leaves no key behind and takes new ones, in a table grown past its first size.
    @Test func tokenKeyMapEmptiedKeepsNoKey() {
        var map = TokenKeyMap<String>()
        for k in 1...40 { map[UInt64(k) &* 0x1_0000_0001] = "v\(k)" }
        #expect(map.count == 40)
        map.removeAll()
        #expect(map.isEmpty)
        #expect((1...40).allSatisfy { map[UInt64($0) &* 0x1_0000_0001] == nil })
        map[7] = "seven"
        map[UInt64(3) &* 0x1_0000_0001] = "three"
        #expect(map.count == 2 && map[7] == "seven" && map[UInt64(3) &* 0x1_0000_0001] == "three")
    }
}
