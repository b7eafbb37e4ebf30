import Foundation
import Testing
@testable import KGBuildCore

/// The tables and read paths changed to cut instructions per byte (issue 8), checked against what they replace.
@Suite("Fewer instructions")
struct FewerInstructionsTests {
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
