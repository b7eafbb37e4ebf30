import Testing

@testable import KGBuildCore

/// One set of sentences of our own per fix the fifteenth held-out audit (wire stories of mixed length from 2007-2022)
/// called for. (`Shared.analyze` dates its article Tuesday 24 June 2014.)
@Suite struct HeldOutFifteenFixTests {
    static func speakers(_ r: ArticleResult) -> [String] { r.claims.map { Shared.name(r, $0.speaker) } }

    /// "Two Turkish navy ships carrying anti-ship missiles docked": after a vessel's kind, a number or a determiner
    /// "ships" is the noun; a firm that ships rifles still delivers them.
    @Test func navyShipsAreNoShipment() {
        #expect(!Shared.types("Two Turkish navy ships carrying anti-ship missiles docked in Tripoli on Monday.").contains("arms_transfer"))
        let r = Shared.analyze("The state firm ships rifles and ammunition to the Nigerian army every month.")
        #expect(Shared.has(r, "arms_transfer", "recipient", "Nigeria"), "\(Shared.describe(r))")
    }

    /// "ended without concrete results", "without a final agreement": talks that closed with nothing to show stall;
    /// an experiment that ended without results is no talks.
    @Test func talksEndedWithoutResultsStall() {
        let r = Shared.analyze("Consultations between Armenia and Azerbaijan in Moscow ended without concrete results on Thursday.")
        #expect(Shared.has(r, "talks_stalled", "party", "Armenia"), "\(Shared.describe(r))")
        let final = Shared.analyze("Negotiations between Egypt and Ethiopia on the dam ended in Cairo without a final agreement.")
        #expect(Shared.has(final, "talks_stalled", "party", "Ethiopia"), "\(Shared.describe(final))")
        #expect(!Shared.types("The scientific experiment ended without results.").contains("talks_stalled"))
    }

    /// "lodged a strong protest with China", "lodged stern representations with the United States": a formal protest,
    /// the one it is lodged with its target.
    @Test func lodgedProtestIsCriticism() {
        let r = Shared.analyze("Vietnam lodged a strong protest with China over the seizure of its fishing boat.")
        #expect(Shared.has(r, "criticism", "critic", "Vietnam"), "\(Shared.describe(r))")
        #expect(Shared.has(r, "criticism", "target", "China"), "\(Shared.describe(r))")
        let formal = Shared.analyze("South Korea has lodged a formal protest with Japan over the textbooks.")
        #expect(Shared.has(formal, "criticism", "target", "Japan"), "\(Shared.describe(formal))")
    }

    /// "China firmly opposes the visit to China's Taiwan region and has lodged …": "and has" opens a verb phrase that
    /// shares the sentence's opening subject, not the name just before it.
    @Test func andHasSharesTheOpeningSubject() {
        let r = Shared.analyze("China firmly opposes the visit to China's Taiwan region and has lodged stern representations with the United States, a spokesperson said.")
        #expect(Shared.has(r, "criticism", "critic", "China"), "\(Shared.describe(r))")
        #expect(Shared.has(r, "criticism", "target", "United States"), "\(Shared.describe(r))")
        #expect(!Shared.has(r, "criticism", "critic", "Taiwan"), "\(Shared.describe(r))")
    }

    /// "X and Y expressed concern over the fighting in a phone call": what the two do in the call makes them its callers.
    @Test func callersWhoExpressedConcern() {
        let r = Shared.analyze("Recep Tayyip Erdogan and Angela Merkel expressed concern over the fighting in Libya in a phone call on Monday.")
        #expect(Shared.has(r, "meeting", "participant", "Recep Tayyip Erdogan"), "\(Shared.describe(r))")
        #expect(Shared.has(r, "meeting", "participant", "Angela Merkel"), "\(Shared.describe(r))")
        let agreed = Shared.analyze("Vladimir Putin and Emmanuel Macron agreed to keep in contact in a telephone conversation on Friday.")
        #expect(Shared.has(agreed, "meeting", "participant", "Emmanuel Macron"), "\(Shared.describe(agreed))")
    }

    /// "Boeing delivered 30 jets to airlines", "Embraer delivered 18 jets to regional airlines": airliners, no arms.
    @Test func jetsForAirlinesAreCivil() {
        #expect(!Shared.types("Boeing delivered 30 jets to airlines in June, the planemaker said.").contains("arms_transfer"))
        #expect(!Shared.types("Embraer delivered 18 jets to regional airlines in the first quarter.").contains("arms_transfer"))
        let r = Shared.analyze("Boeing delivered eight F-15 jets to the Qatari air force in June.")
        #expect(Shared.has(r, "arms_transfer", "supplier", "Boeing"), "\(Shared.describe(r))")
    }

    /// "Indian national security adviser Ajit Doval, speaking at a conference in Colombo, Sri Lanka, on Monday, said":
    /// a title of small-letter words before the name, and an aside whose own commas are passed over.
    @Test func speakerBeforeALongAside() {
        let r = Shared.analyze("Indian national security adviser Ajit Doval, speaking at a conference in Colombo, Sri Lanka, on Monday, said the border was calm.")
        #expect(Self.speakers(r).contains("Ajit Doval"), "\(Self.speakers(r))")
        #expect(!Self.speakers(r).contains("Sri Lanka"), "\(Self.speakers(r))")
        let plain = Shared.analyze("National security adviser Jane Roe, speaking at a forum in Nairobi, said the plan would go ahead.")
        #expect(Self.speakers(plain).contains("Jane Roe"), "\(Self.speakers(plain))")
    }

    /// "Unification Minister Kim In-ho": a given name whose first syllable spells "In" is still one name.
    @Test func hyphenedGivenNameOpeningWithASmallWord() {
        let r = Shared.analyze("Unification Minister Kim In-ho told reporters that the talks would resume in March.")
        #expect(Self.speakers(r).contains("Kim In-ho"), "\(Self.speakers(r))")
    }
}
