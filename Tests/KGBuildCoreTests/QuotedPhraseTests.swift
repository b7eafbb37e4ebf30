import Testing

@testable import KGBuildCore

/// A set phrase with part of it in quotation marks still reads as that phrase: writers quote the words an official
/// chose ('expressed "grave concern" over'), and the marks are not words of the phrase. Every sentence here is
/// invented.
@Suite struct QuotedPhraseTests {
    /// 'expressed "grave concern" over X' is the rebuke 'expressed grave concern over X' is, with its critic and target.
    @Test func quotedWordsInsideATriggerPhrase() {
        let r = Shared.analyze("Canberra expressed \"grave concern\" over the detention of its citizens by Myanmar on Monday.")
        #expect(Shared.has(r, "criticism", "critic", "Australia"), "\(Shared.describe(r))")
        let typographic = Shared.analyze("Oslo voiced \u{201C}deep concern\u{201D} about the strikes by Israel in Lebanon.")
        #expect(Shared.has(typographic, "criticism", "critic", "Norway"), "\(Shared.describe(typographic))")
    }

    /// A name whose own words hold an apostrophe keeps it: the mark is passed over only where the phrase has no such
    /// mark, so "Workers' Party of Korea" is one name, not "Party of Korea".
    @Test func anApostropheOfANameIsStillRead() {
        let r = Shared.analyze("The Workers' Party of Korea held a plenary meeting in Pyongyang on Tuesday.")
        #expect(r.actors.values.contains { $0.name == "Workers' Party of Korea" }, "\(Shared.describe(r))")
        #expect(!r.actors.values.contains { $0.name == "Party of Korea" }, "\(Shared.describe(r))")
    }
}
