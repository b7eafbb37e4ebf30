import Foundation
import Testing
@testable import KGBuildCore

/// The tables and read paths changed to cut instructions per byte (issue 8), checked against what they replace.
@Suite("Fewer instructions")
struct FewerInstructionsTests {
    /// The mentions before an offset, bounded by binary search when they are in order of their start, are
    /// those a filter on the start keeps; out of order, all of them are given (the caller tests the start).
    @Test func mentionsStartingBeforeAnOffset() {
        func mention(_ start: Int, _ token: Int) -> Mention {
            Mention(tokens: token..<(token + 1), start: start, end: start + 3, actor: "actor:X\(start)", kind: .name, sentence: 0)
        }
        let inOrder = MentionFinder.Result(mentions: [mention(0, 0), mention(10, 2), mention(10, 3), mention(25, 5), mention(40, 8)], actors: [:])
        #expect(inOrder.sortedByStart)
        for offset in [-1, 0, 5, 10, 11, 25, 26, 40, 41, 100] {
            #expect(Array(inOrder.mentions(startingBefore: offset)) == inOrder.mentions.filter { $0.start < offset }, "\(offset)")
        }
        let shuffled = MentionFinder.Result(mentions: [mention(25, 5), mention(0, 0), mention(40, 8)], actors: [:])
        #expect(!shuffled.sortedByStart)
        #expect(Array(shuffled.mentions(startingBefore: 10)) == shuffled.mentions)
    }

    /// The one probe `reported` makes before `verdictObject` lets every verdict and rejection verb through.
    @Test func verdictFilterHoldsBothVerbLists() {
        let claims = Shared.pipeline.claims
        let words = claims.eventWords
        #expect(!words.verdictVerbs.isEmpty && !words.rejectionVerbs.isEmpty)
        for k in words.verdictVerbs.keys + words.rejectionVerbs.keys { #expect(claims.verdictStarts.mayContain(k)) }
    }

    /// Pass one, reading the tokens through a buffer and a state's entry by `entryIsCountry`, still reads a
    /// state's institution named after it: "the France Defence Ministry" (a country's name, then the body) is
    /// one mention, of the state's ministry, not the country followed by words.
    @Test func passOneReadsAStatesInstitutionAfterItsName() {
        let finder = MentionFinder(lexicon: Lexicon(Shared.ontology))
        #expect(finder.entryIsCountry == finder.entryRecords.map { $0.type == "country" })
        #expect(finder.entryIsCountry.contains(true) && finder.entryIsCountry.contains(false))
        let doc = Document(title: "", body: "The France Defence Ministry said on Tuesday that it had sent two frigates.")
        let found = finder.find(doc, date: nil)
        let ministry = found.mentions.first { found.actors[$0.actor]?.name == "French Defence Ministry" }
        #expect(ministry?.tokens.count == 3, "\(found.mentions)")
        #expect(ministry.flatMap { found.actors[$0.actor]?.type } != "country")
    }
}
