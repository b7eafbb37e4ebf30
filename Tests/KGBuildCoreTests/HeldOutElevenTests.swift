import Testing

@testable import KGBuildCore

/// An eleventh held-out set (Fixtures/heldout11): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Yonhap, Anadolu, PTI, AFP, Reuters, Al Jazeera, RIA Novosti, Xinhua, AP,
/// Interfax, TASS and Sputnik, from years and theatres the other sets leave out (Libya 2011, Mali 2013, Venezuela 2010,
/// the Red Sea, the Baltic, the Taiwan Strait, the DRC and M23, Haiti, Iran-Israel, Pakistan-Afghanistan), twelve
/// political and security ones and two distractors (an airline fare war and a football match). The key events, roles,
/// speakers and dates of its annotation, and the distractors' lack of events (Fixtures/heldout11/gold.json has all of it
/// for `score.py`).
@Suite struct HeldOutElevenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout11/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["n01"]?.article.date?.normalized == "2024-01-14")
        #expect(Self.fixture.results["n10"]?.article.date?.normalized == "2010-10-15")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Reporting by") || $0.text.contains("contributed to this report") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "Turkish defense company Otokar will start delivering …": a firm known only by the noun before its name
        #expect(s.hasEvent("n02", "arms_transfer", [("supplier", "Otokar"), ("recipient", "Romania")], date: "2025-03"))
        #expect(s.hasEvent("n04", "attack_thwarted", [("agent", "France"), ("agent", "Mali")], date: "2013-02-21", place: "Gao"))
        #expect(s.hasEvent("n05", "talks_stalled", [("mediator", "Oman"), ("party", "Houthis"), ("party", "Saudi Arabia")]))
        #expect(s.hasEvent("n06", "talks_stalled", [("party", "Rwanda")], date: "2024-12-15", place: "Luanda"))
        #expect(s.hasEvent("n08", "arms_transfer", [("supplier", "United States"), ("recipient", "Taiwan")]))
        #expect(s.hasEvent("n10", "arms_transfer", [("supplier", "Russia"), ("recipient", "Venezuela")], date: "2011"))
        #expect(s.hasEvent("n11", "arms_transfer", [("supplier", "France")]))
        // "Efforts by the African Union to broker a ceasefire have made little headway": who brokers mediates
        #expect(s.hasEvent("n11", "talks_stalled", [("mediator", "African Union")]))
        #expect(s.hasEvent("n14", "attack_thwarted", [("agent", "Pakistan Counter Terrorism Department")], date: "2024-12-26", place: "Khyber Pakhtunkhwa"))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // "Finnish police and border guards on Thursday boarded the tanker": a ship taken is a seizure
        #expect(s.hasEvent("n07", "seizure", [("attacker", "Finland")], date: "2024-12-26"))
        #expect(s.hasEvent("n05", "criticism", [("critic", "David Cameron"), ("target", "Houthis")], date: "2024-02-20"))
        #expect(s.hasEvent("n06", "accusation", [("accuser", "Tina Salama"), ("accused", "Rwanda")], date: "2024-12-15"))
        #expect(s.hasEvent("n08", "criticism", [("critic", "China"), ("target", "United States")], date: "2024-06-19"))
        #expect(s.hasEvent("n10", "meeting", [("participant", "Hugo Chavez")], date: "2010-10-15"))
        #expect(s.hasEvent("n11", "attack", [("attacker", "NATO")], place: "Tripoli"))
        // "Putin had discussed the situation in the region with Iranian President Ebrahim Raisi by telephone"
        #expect(s.hasEvent("n13", "meeting", [("participant", "Vladimir Putin"), ("participant", "Ebrahim Raisi")]))
        #expect(s.hasEvent("n13", "attack", [("attacker", "Iran"), ("target", "Israel")], date: "2024-04-14"))
        #expect(s.hasEvent("n14", "attack", [("attacker", "Pakistan")], date: "2024-12-24", place: "Paktika"))
        // "Juppe brushed the criticism aside": the criticism was Russia's, not his
        #expect(!s.hasEvent("n11", "criticism", [("critic", "Alain Juppe")]))
    }

    /// An airline price war ("the assault on rivals' market share", "talks with creditors had stalled") and a football
    /// match ("launched attack after attack on Inter's goal", "a long war", "start a war with referees"): no events.
    @Test func distractorsHoldNoEvents() {
        let s = Self.fixture
        #expect(s.results["n03"]?.events.isEmpty == true, "\(s.results["n03"]?.events.map(\.type) ?? [])")
        #expect(s.results["n09"]?.events.isEmpty == true, "\(s.results["n09"]?.events.map(\.type) ?? [])")
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("n01", "Joint Chiefs of Staff", "clear provocation"))
        #expect(s.hasClaim("n02", "Ahmet Serdar Gorguc", "largest land vehicle export"))
        // "British maritime security firm Ambrey said", "Finnish grid operator Fingrid said"
        #expect(s.hasClaim("n05", "Ambrey", "no one on board was hurt"))
        #expect(s.hasClaim("n07", "Fingrid", "two-thirds"))
        #expect(s.hasClaim("n06", "Yolande Makolo", "Without a political dialogue"))
        #expect(s.hasClaim("n10", "Hugo Chavez", "no empire will tell us"))
        #expect(s.hasClaim("n11", "Sergei Lavrov", "asked our French partners"))
        #expect(s.hasClaim("n13", "Vasily Nebenzya", "did not find a single word"))
        #expect(s.hasClaim("n14", "Mumtaz Zahra Baloch", "Pakistan's concerns are legitimate"))
    }
}
