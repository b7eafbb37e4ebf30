import Testing

@testable import KGBuildCore

// The parties of stalled talks that the sentence of the stall does not name, told elsewhere in the story: who
// the talks bring together, and the sides of talks held at the same place. Every story here is invented.

@Suite struct TalksPartyTests {
    /// The story's result and its stalled talks (as the mediator suite reads them).
    static func talks(_ body: String) -> (ArticleResult, [Event]) { TalksFrameTests.talks(body) }

    static func party(_ r: ArticleResult, _ events: [Event], _ name: String) -> Bool {
        events.contains { Shared.has(r, $0, "party", name) }
    }

    @Test func whoTheTalksBringTogetherAreTheirParties() {
        let (r, t) = Self.talks("Border talks stall again. The four-way talks on the border dispute, which bring together "
            + "Peru, Chile, Bolivia and Ecuador, have been deadlocked since March, a newspaper reported on Monday.")
        #expect(["Peru", "Chile", "Bolivia", "Ecuador"].allSatisfy { Self.party(r, t, $0) }, "\(Shared.describe(r))")
    }

    @Test func theNegotiatorsOfTheTwoStatesTheRoundBroughtTogether() {
        let (r, t) = Self.talks("A round of talks on the river dispute ended in Lima on Friday without a single signed "
            + "protocol, participants said. The round brought together the negotiators of Ecuador and Peru, and observers from "
            + "the European Union.")
        #expect(Self.party(r, t, "Ecuador") && Self.party(r, t, "Peru"), "\(Shared.describe(r))")
        #expect(!Self.party(r, t, "European Union"), "\(Shared.describe(r))")
    }

    @Test func talksAtThePlaceOfEarlierTalksShareTheirSides() {
        let (r, t) = Self.talks("The truce took effect on Saturday after six hours of talks in Ankara between the foreign "
            + "ministers of Georgia and Armenia. Shelling resumed on Sunday. But consultations between military officers on "
            + "how to monitor the truce, which were due to begin in Ankara on Monday, have been postponed, the ministry said.")
        #expect(Self.party(r, t, "Georgia") && Self.party(r, t, "Armenia"), "\(Shared.describe(r))")
        // (the state where the talks are held is no side)
        #expect(!Self.party(r, t, "Turkey"), "\(Shared.describe(r))")
    }

    @Test func theCounterpartsStateInTheBetweenPhraseIsTheOtherSide() {
        let (r, t) = Self.talks("Talks between Foreign Minister Sergei Lavrov and his Japanese counterpart on the islands "
            + "ended here today without any breakthrough.")
        #expect(Self.party(r, t, "Japan"), "\(Shared.describe(r))")
    }

    // negative cases

    @Test func aCounterpartToldAfterTheStallIsNoSide() {
        let (r, t) = Self.talks("Talks between India and Bangladesh on the border dispute ended without any breakthrough on "
            + "Monday, Foreign Minister Ram Kumar later told his Nepali counterpart by phone.")
        #expect(!t.isEmpty, "\(Shared.describe(r))")
        #expect(!Self.party(r, t, "Nepal"), "\(Shared.describe(r))")
    }

    @Test func talksElsewhereKeepTheirOwnSides() {
        let (r, t) = Self.talks("The truce took effect on Saturday after six hours of talks in Ankara between the foreign "
            + "ministers of Georgia and Armenia. Shelling resumed on Sunday. But consultations between military officers on "
            + "how to monitor the truce, which were due to begin in Vienna on Monday, have been postponed, the ministry said.")
        #expect(!t.isEmpty, "\(Shared.describe(r))")
        #expect(!Self.party(r, t, "Georgia") && !Self.party(r, t, "Armenia"), "\(Shared.describe(r))")
    }

    @Test func aMediatorBroughtTogetherIsNoParty() {
        let (r, t) = Self.talks("Talks on the river dispute ended in Lima without agreement on Friday. The round brought "
            + "together Peru, Ecuador and the mediators - Brazil and Argentina.")
        #expect(Self.party(r, t, "Peru") && Self.party(r, t, "Ecuador"), "\(Shared.describe(r))")
        #expect(!Self.party(r, t, "Brazil") && !Self.party(r, t, "Argentina"), "\(Shared.describe(r))")
    }

    @Test func talksToComeBringNoOneTogether() {
        let (r, t) = Self.talks("Talks on the river dispute broke down in Lima on Friday. A new round of talks, which will "
            + "bring together Chile and Bolivia, is planned for June.")
        #expect(!Self.party(r, t, "Chile") && !Self.party(r, t, "Bolivia"), "\(Shared.describe(r))")
    }
}
