import Testing

@testable import KGBuildCore

/// A fifteenth held-out set (Fixtures/heldout15): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Interfax, Xinhua, Kyodo, RIA Novosti, Anadolu, Reuters, Al Jazeera, AP, Dawn,
/// TASS and Yonhap, from years and theatres the other sets leave out (Tor-M1 for Iran 2007, Operation Sinai 2018, the
/// Senkakus 2012, Idlib 2020, Abqaiq 2019, the CSTO in Kazakhstan 2022, the Barbados talks on Venezuela 2019, the
/// Chinese consulate in Karachi 2018, Soleimani 2020, Guerguerat 2020, S-300 for Syria 2018, the Daecheong clash 2009),
/// twelve political and security ones and two distractors (a chess game and an airshow). The key events, roles,
/// speakers and dates of its annotation (Fixtures/heldout15/gold.json has all of it for `score.py`).
@Suite struct HeldOutFifteenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout15/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["v01"]?.article.date?.normalized == "2007-01-16")
        #expect(Self.fixture.results["v14"]?.article.date?.normalized == "2009-11-10")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Editing by") || $0.text.contains("contributed to this report") || $0.text.contains("Published in Dawn") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "Russia has finished delivering Tor-M1 short-range air defence systems to Iran"
        #expect(s.hasEvent("v01", "arms_transfer", [("supplier", "Russia"), ("recipient", "Iran")]))
        #expect(s.hasEvent("v13", "arms_transfer", [("supplier", "Russia"), ("recipient", "Syria")]))
        // "South Korea had received the last of its 40 F-15K fighter jets from Boeing"
        #expect(s.hasEvent("v14", "arms_transfer", [("recipient", "South Korea")]))
        #expect(s.hasEvent("v02", "attack_thwarted", [("agent", "Egypt")], date: "2018-02-20"))
        // "talks between Turkish and Russian delegations in Ankara … ended without a concrete result"
        #expect(s.hasEvent("v05", "talks_stalled", [("party", "Turkey"), ("party", "Russia")]))
        #expect(s.hasEvent("v08", "talks_stalled", [("mediator", "Norway")], date: "2019-08-07"))
        #expect(s.hasEvent("v14", "talks_stalled", [("party", "North Korea")], date: "2009-04"))
        #expect(s.hasEvent("v03", "talks_stalled", [("party", "China")]))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("v05", "attack", [("attacker", "Syria"), ("target", "Turkey")], date: "2020-02-10"))
        #expect(s.hasEvent("v05", "meeting", [("participant", "Recep Tayyip Erdogan"), ("participant", "Vladimir Putin")], date: "2020-02-08"))
        #expect(s.hasEvent("v06", "attack", [("attacker", "Houthis")], date: "2019-09-14", place: "Abqaiq"))
        #expect(s.hasEvent("v06", "meeting", [("participant", "Donald Trump"), ("participant", "Mohammed bin Salman")], date: "2019-09-14"))
        #expect(s.hasEvent("v07", "meeting", [("participant", "Vladimir Putin"), ("participant", "Kassym-Jomart Tokayev")], date: "2022-01-06"))
        // "Putin and … Macron had expressed concern over the strike in a phone call"
        #expect(s.hasEvent("v11", "meeting", [("participant", "Vladimir Putin"), ("participant", "Emmanuel Macron")]))
        #expect(s.hasEvent("v11", "accusation", [("accuser", "Mohammad Javad Zarif"), ("accused", "United States")]))
        #expect(s.hasEvent("v12", "seizure", [("attacker", "Morocco")], date: "2020-11-13"))
        #expect(s.hasEvent("v12", "meeting", [("participant", "Mohammed VI"), ("participant", "Antonio Guterres")], date: "2020-11-09"))
        #expect(s.hasEvent("v13", "meeting", [("participant", "Benjamin Netanyahu"), ("participant", "Vladimir Putin")], date: "2018-10-01"))
        // "Japan had lodged a strong protest with Beijing"
        #expect(s.hasEvent("v03", "criticism", [("critic", "Japan")], date: "2012-09-14"))
        #expect(s.hasEvent("v09", "meeting", [("participant", "Yao Jing")], date: "2018-11-23", place: "Islamabad"))
    }

    /// "South Korean and North Korean navy ships exchanged fire": "ships" after a vessel's kind ships no arms.
    @Test func navyShipsShipNothing() {
        let s = Self.fixture
        #expect(!(s.results["v14"]?.events.contains { $0.type == "arms_transfer" && $0.arguments.contains { $0.role == "supplier" && Shared.names(s.results["v14"]!, $0.actor).contains("North Korea") } } ?? true))
    }

    /// A chess game ("launched a devastating kingside attack", "captured two pawns", "offered a truce"): no events.
    @Test func chessHoldsNoEvents() {
        let s = Self.fixture
        #expect(s.results["v04"]?.events.isEmpty == true, "\(s.results["v04"]?.events.map(\.type) ?? [])")
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("v01", "Sergei Ivanov", "purely defensive weapon"))
        #expect(s.hasClaim("v03", "Hong Lei", "illegal and invalid"))
        #expect(s.hasClaim("v05", "Recep Tayyip Erdogan", "very heavy price"))
        #expect(s.hasClaim("v06", "Mike Pompeo", "nothing to show"))
        #expect(s.hasClaim("v08", "Stalin Gonzalez", "got up from the table"))
        // "John Bolton, speaking at an international conference on Venezuela in Lima, Peru, on Tuesday, said"
        #expect(s.hasClaim("v08", "John Bolton", "time for dialogue was over"))
        #expect(s.hasClaim("v12", "Moroccan Foreign Ministry", "firmly attached"))
        #expect(s.hasClaim("v13", "Sergei Shoigu", "train Syrian crews"))
        // "Unification Minister Hyun In-taek told lawmakers that …"
        #expect(s.hasClaim("v14", "Hyun In-taek", "stay calm and respond firmly"))
        #expect(s.hasClaim("v14", "Joint Chiefs of Staff", "warning shots"))
    }
}
