import Testing

@testable import KGBuildCore

/// Event constructions of the second round, on sentences of our own.
@Suite struct EventRoundTwoTests {
    /// "X called Y's stance “ambiguous and risky”", "X described Y's move as irresponsible": a named actor's verdict
    /// of disapproval on another's deed or stance is criticism; praise is not, nor a verdict on what is no one's
    /// deed, nor one on a charge (a rejection).
    @Test func aVerdictOnAnothersActIsCriticism() {
        let r = Shared.analyze("Turkish Foreign Minister Hakan Fidan on Monday called Greece's stance \u{201C}ambiguous and risky\u{201D}, state media reported.")
        #expect(Shared.events(r, "criticism").contains { Shared.has(r, $0, "critic", "Hakan Fidan") && Shared.has(r, $0, "target", "Greece") }, "\(Shared.describe(r))")
        let moved = Shared.analyze("Indian External Affairs Minister S. Jaishankar described Pakistan's move as irresponsible on Tuesday.")
        #expect(Shared.events(moved, "criticism").contains { Shared.has(moved, $0, "target", "Pakistan") }, "\(Shared.describe(moved))")
        Shared.expect([("Russia's foreign ministry called the agreement \u{201C}a dangerous step\u{201D} on Tuesday.", "criticism")])
        Shared.expect([
            ("The Chinese foreign ministry called the talks with Washington constructive and useful.", "criticism"),
            ("Kenyan officials called the weather unusual and dangerous for farmers.", "criticism"),
            ("The Chinese embassy called the allegations dangerous and false.", "criticism"),
            ("Germany called for an end to the dangerous escalation in the region.", "criticism"),
        ], gives: false)
    }
}

/// Talks whose parties a pair phrase names with a word of what the pair is ("the two NATO allies", "the two Gulf
/// states"): the two states named before, never the body or region the phrase names as a party.
@Suite struct TalksPairPhraseTests {
    @Test func theTwoAlliesAreTheStatesNamedBefore() {
        let met = Shared.analyze("Greece and Turkey have long disputed their maritime borders. The two NATO allies resumed talks in Athens on Monday.")
        let meetings = Shared.events(met, "meeting")
        #expect(meetings.contains { Shared.has(met, $0, "participant", "Greece") && Shared.has(met, $0, "participant", "Turkey") }, "\(Shared.describe(met))")
        #expect(!meetings.contains { Shared.has(met, $0, "participant", "NATO") }, "\(Shared.describe(met))")
        let stalled = Shared.analyze("Greece and Turkey have long disputed their maritime borders. Talks between the two NATO allies stalled in March.")
        let events = Shared.events(stalled, "talks_stalled")
        #expect(events.contains { Shared.has(stalled, $0, "party", "Greece") && Shared.has(stalled, $0, "party", "Turkey") }, "\(Shared.describe(stalled))")
    }
}
