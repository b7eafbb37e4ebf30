import Testing

@testable import KGBuildCore

/// A fourteenth held-out set (Fixtures/heldout14): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Reuters, TASS, Al Jazeera, IRNA, Anadolu, AP, PTI, Yonhap, Xinhua, Sputnik, AFP,
/// Interfax and RIA Novosti, from years and theatres the other sets leave out (Libya 2019, the April 2016 war in
/// Karabakh, the Nile dam talks in Kinshasa 2021, the Stena Impero 2019, Somalia-Ethiopia talks in Ankara 2024,
/// Barsalogho 2024, an ISIS module in Delhi 2023, FA-50 jets for the Philippines 2015, Chinese rifles for Marawi 2017,
/// the Kyrgyz-Tajik clash 2021, the Red Sea coalition 2023, Su-30SM jets for Belarus 2019), twelve political and
/// security ones and two distractors (a tennis final and an opera premiere). The key events, roles, speakers and
/// dates of its annotation, and the distractors' lack of events (Fixtures/heldout14/gold.json has all of it for
/// `score.py`).
@Suite struct HeldOutFourteenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout14/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["s01"]?.article.date?.normalized == "2019-05-19")
        #expect(Self.fixture.results["s11"]?.article.date?.normalized == "2023-12-19")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Editing by") || $0.text.contains("contributed to this report") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "received a shipment of Turkish-made armoured vehicles at Tripoli's port on Saturday"
        #expect(s.hasEvent("s01", "arms_transfer", [("supplier", "Turkey")], date: "2019-05-18", place: "Tripoli"))
        #expect(s.hasEvent("s08", "arms_transfer", [("supplier", "South Korea"), ("recipient", "Philippines")], date: "2015-11-28"))
        #expect(s.hasEvent("s09", "arms_transfer", [("supplier", "China"), ("recipient", "Philippines")], date: "2017-06-28"))
        // "has received a second pair of Russian Su-30SM multi-role fighters": the model's nationality is the supplier
        #expect(s.hasEvent("s12", "arms_transfer", [("supplier", "Russia"), ("recipient", "Belarus")]))
        #expect(s.hasEvent("s06", "arms_transfer", [("supplier", "Turkey"), ("recipient", "Burkina Faso")]))
        #expect(s.hasEvent("s07", "attack_thwarted", [("perpetrator", "Islamic State")], date: "2023-10-02"))
        // "ended in Ankara on Tuesday without an agreement"
        #expect(s.hasEvent("s05", "talks_stalled", [("party", "Somalia"), ("party", "Ethiopia"), ("mediator", "Turkey")], date: "2024-08-13", place: "Ankara"))
        #expect(s.hasEvent("s02", "talks_stalled", [("party", "Armenia"), ("party", "Azerbaijan")], date: "2015-12"))
        #expect(s.hasEvent("s03", "talks_stalled", [("party", "Egypt"), ("party", "Ethiopia")], place: "Kinshasa"))
        #expect(s.hasEvent("s10", "talks_stalled", [("party", "Kyrgyzstan"), ("party", "Tajikistan")]))
        // "the talks on a roadmap, mediated by Saudi Arabia and Oman, had been put on hold"
        #expect(s.hasEvent("s11", "talks_stalled", [("mediator", "Oman")]))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("s01", "attack", [("attacker", "Libyan National Army")], date: "2019-05-18"))
        #expect(s.hasEvent("s02", "meeting", [("participant", "Sergei Lavrov"), ("participant", "Edward Nalbandian")], date: "2016-04-02"))
        #expect(s.hasEvent("s04", "seizure", [("attacker", "Islamic Revolutionary Guard Corps")], date: "2019-07-19", place: "Strait of Hormuz"))
        #expect(s.hasEvent("s06", "attack", [], date: "2024-08-24"))
        #expect(s.hasEvent("s10", "meeting", [("participant", "Sadyr Japarov"), ("participant", "Emomali Rahmon")], date: "2021-04-29"))
        #expect(s.hasEvent("s11", "meeting", [("participant", "Antony Blinken"), ("participant", "Faisal bin Farhan")], date: "2023-12-17"))
        #expect(s.hasEvent("s11", "accusation", [("accuser", "United States"), ("accused", "Iran")]))
        // "Talks brokered by the US Treasury and the World Bank collapsed in February last year" (a 2021 story)
        #expect(s.hasEvent("s03", "talks_stalled", [("mediator", "World Bank")], date: "2020-02"))
    }

    /// A tennis final ("launched a furious counterattack", "firing bullets from the baseline", "accused the umpire")
    /// and an opera premiere ("after battle over budget", "negotiations with the sponsors had stalled", "captures the
    /// city without firing a shot"): no events.
    @Test func distractorsHoldNoEvents() {
        let s = Self.fixture
        #expect(s.results["s13"]?.events.isEmpty == true, "\(s.results["s13"]?.events.map(\.type) ?? [])")
        #expect(s.results["s14"]?.events.isEmpty == true, "\(s.results["s14"]?.events.map(\.type) ?? [])")
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("s01", "Fathi Bashagha", "defend Tripoli"))
        #expect(s.hasClaim("s02", "Serzh Sargsyan", "full responsibility"))
        #expect(s.hasClaim("s03", "Abdel Fattah el-Sisi", "drop of Egypt's water"))
        #expect(s.hasClaim("s04", "Jeremy Hunt", "unacceptable"))
        #expect(s.hasClaim("s05", "Hakan Fidan", "significant convergence"))
        #expect(s.hasClaim("s06", "Heni Nsaibia", "front line"))
        #expect(s.hasClaim("s08", "Benigno Aquino", "credible defense posture"))
        #expect(s.hasClaim("s09", "Zhao Jianhua", "first time China has provided weapons"))
        #expect(s.hasClaim("s10", "Alymkadyr Beishenaliev", "150 wounded"))
        #expect(s.hasClaim("s11", "Yahya Saree", "naval drones"))
        #expect(s.hasClaim("s12", "Andrei Ravkov", "ageing Su-27"))
        #expect(s.hasClaim("s13", "Lukas Hradil", "I had to attack"))
        #expect(s.hasClaim("s14", "Marina Kolesnikova", "Nobody surrendered"))
    }
}
