import Testing

@testable import KGBuildCore

/// A twentieth held-out set (Fixtures/heldout20): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the house styles of the English services of Interfax, TASS, Xinhua, Sputnik, IRNA, Anadolu,
/// RT, Press TV, RIA Novosti and Reuters, 2015-2022 (Su-35s for Indonesia, an FSB plot foiled in Kerch, Xi and Kim in
/// Dalian, Russia halting the peace-treaty talks with Japan, NATO's invitation to Montenegro, the Iran-Russia-China
/// naval drills, the Sharm el-Sheikh conference, China's counter-terrorism law, the Zahedan bus bombing, Palmyra
/// retaken, the Skripal accusations, Russian peacekeepers for Karabakh), twelve political and security ones and two
/// distractors (a sandstorm in Beijing, the Tchaikovsky Competition). The key events, roles, speakers and dates of its
/// annotation (Fixtures/heldout20/gold.json has all of it for `score.py`).
@Suite struct HeldOutTwentyTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout20/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["p01"]?.article.date?.normalized == "2018-02-15")
        #expect(Self.fixture.results["p14"]?.article.date?.normalized == "2020-11-10")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("(Interfax)") || $0.text.contains("/TASS/") || $0.text.contains("(Xinhua)") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "Russia will hand over the first two of eleven Su-35 multirole fighters to Indonesia next year"
        #expect(s.hasEvent("p01", "arms_transfer", [("supplier", "Russia"), ("recipient", "Indonesia")]))
        // "Officers of the Federal Security Service (FSB) have prevented a terrorist attack in the Crimean city of Kerch"
        #expect(s.hasEvent("p02", "attack_thwarted", [("agent", "Federal Security Service")]))
        // "Russia does not intend to continue negotiations with Japan on a peace treaty" (TASS's headline: "halts")
        #expect(s.hasEvent("p05", "talks_stalled", [("party", "Russia"), ("party", "Japan")], date: "2022-03-21"))
        // "The latest round of the Geneva talks … ended on Thursday without a breakthrough"
        #expect(s.hasEvent("p12", "talks_stalled", [("party", "High Negotiations Committee")], date: "2016-03-24"))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // "China's top legislature on Sunday adopted the country's first counter-terrorism law"
        #expect(s.hasEvent("p09", "legislation", [("agent", "China")], date: "2015-12-27"))
        #expect(s.hasEvent("p03", "meeting", [("participant", "Xi Jinping"), ("participant", "Kim Jong Un")], date: "2018-05-07"))
        #expect(s.hasEvent("p07", "military_cooperation", [("participant", "Iran"), ("participant", "Russia"), ("participant", "China")], date: "2019-12-27"))
        #expect(s.hasEvent("p07", "criticism", [("critic", "Hossein Khanzadi"), ("target", "United States")]))
        #expect(s.hasEvent("p12", "seizure", [("attacker", "Syrian Arab Army"), ("target", "Islamic State")], date: "2016-03-27"))
        #expect(s.hasEvent("p12", "meeting", [("participant", "Vladimir Putin"), ("participant", "Bashar al-Assad")], date: "2016-03-27"))
        #expect(s.hasEvent("p13", "meeting", [("participant", "Sergei Lavrov")]))
        #expect(s.hasEvent("p14", "peacekeeping", [("agent", "Russia")], date: "2020-11-10"))
        #expect(s.hasEvent("p14", "seizure", [("attacker", "Azerbaijan")], date: "2020-11-08"))
        #expect(s.hasEvent("p11", "accusation", [("accuser", "Mohammad Ali Jafari")], date: "2019-02-14"))
        #expect(s.hasEvent("p06", "criticism", [("critic", "Alexei Pushkov"), ("target", "NATO")]))
    }

    /// A sandstorm ("the storm had struck the provinces", "the heaviest dust attack") and a piano competition ("seizing
    /// the first prize", "a ferocious attack", "the jury's talks stalled"): the weather story holds no event.
    @Test func distractors() {
        #expect(Self.fixture.results["p04"]?.events.isEmpty == true, "\(Self.fixture.results["p04"]?.events.map(\.type) ?? [])")
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("p13", "Theresa May", "highly likely"))
        #expect(s.hasClaim("p13", "Theresa May", "until the end of Tuesday"))
        #expect(s.hasClaim("p05", "Eastern Military District", "3,000 servicemen"))
        #expect(s.hasClaim("p05", "Fumio Kishida", "extremely unjust"))
        #expect(s.hasClaim("p11", "Ali Larijani", "host the Warsaw show"))
        #expect(s.hasClaim("p14", "Hulusi Akar", "carry out the peace mission together"))
        #expect(s.hasClaim("p02", "Federal Security Service", "homemade explosive device"))
    }
}
