import Testing

@testable import KGBuildCore

/// A sixteenth held-out set (Fixtures/heldout16): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Xinhua, Kyodo, Reuters, Anadolu, PTI, Al Jazeera, The Hindu, Dawn, Yonhap, TASS
/// and AFP, from years and theatres the other sets leave out (the Sri Lankan endgame 2009, the Solomon Islands–China
/// pact 2022, the S-400 for Turkey 2019, Kargil 1999, the Burundi coup attempt 2015, the Easter bombings 2019, Mumbai
/// 2008, the Cheonan 2010, Macedonia 2001, the Kerch Strait 2018, Ivory Coast 2011, India–Pakistan 2025), twelve
/// political and security ones and two distractors (a typhoon and a steel takeover fight). The key events, roles,
/// speakers and dates of its annotation (Fixtures/heldout16/gold.json has all of it for `score.py`).
@Suite struct HeldOutSixteenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout16/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["p01"]?.article.date?.normalized == "2009-02-10")
        #expect(Self.fixture.results["p14"]?.article.date?.normalized == "2025-05-08")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Editing by") || $0.text.contains("SOURCE: Al Jazeera") || $0.text.contains("Published in Dawn") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "Ukraine delivered four Mi-24 helicopter gunships and two Su-25 ground attack jets in June"
        #expect(s.hasEvent("p11", "arms_transfer", [("supplier", "Ukraine")], date: "2001-06"))
        #expect(s.hasEvent("p12", "arms_transfer", [("supplier", "United States")], date: "2018-09"))
        #expect(s.hasEvent("p01", "attack_thwarted", [("agent", "Sri Lanka")], date: "2009-02-10", place: "Mullaittivu"))
        #expect(s.hasEvent("p07", "attack_thwarted", [("agent", "Sri Lanka")], date: "2019-04-26"))
        // "Police said on Monday they had defused a bomb planted outside a police station in the town of Kumanovo"
        #expect(s.hasEvent("p11", "attack_thwarted", [("agent", "North Macedonia")], date: "2001-07-23", place: "Kumanovo"))
        #expect(s.hasEvent("p14", "attack_thwarted", [("agent", "Punjab Counter Terrorism Department")], place: "Lahore"))
        #expect(s.hasEvent("p05", "talks_stalled", [("party", "India")], date: "1999-06-12"))
        #expect(s.hasEvent("p06", "talks_stalled", [("party", "Burundi"), ("mediator", "United Nations")]))
        #expect(s.hasEvent("p11", "talks_stalled", [("mediator", "European Union")], date: "2001-07-24"))
        #expect(s.hasEvent("p13", "talks_stalled", [("mediator", "African Union")]))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("p03", "military_cooperation", [("participant", "China"), ("participant", "Solomon Islands")]))
        // "Australia said it was \"deeply disappointed\""
        #expect(s.hasEvent("p03", "criticism", [("critic", "Australia")]))
        // "US President Bill Clinton spoke to Sharif over the telephone yesterday"
        #expect(s.hasEvent("p05", "meeting", [("participant", "Bill Clinton"), ("participant", "Nawaz Sharif")], date: "1999-06-11"))
        // "India on Monday handed a letter of protest to Pakistan's high commissioner"
        #expect(s.hasEvent("p09", "criticism", [("critic", "India"), ("target", "Pakistan")], date: "2008-12-01"))
        #expect(s.hasEvent("p10", "meeting", [("participant", "Lee Myung-bak"), ("participant", "Barack Obama")], date: "2010-05-19"))
        // "Russia's border guards detained three Ukrainian Navy vessels"
        #expect(s.hasEvent("p12", "seizure", [("attacker", "Russia")], date: "2018-11-25"))
        #expect(s.hasEvent("p12", "accusation", [("accuser", "Maria Zakharova"), ("accused", "Ukraine")]))
        #expect(s.hasEvent("p13", "attack", [("attacker", "Defence and Security Forces")], date: "2011-03-17", place: "Abobo"))
        #expect(s.hasEvent("p14", "meeting", [("participant", "Ishaq Dar"), ("participant", "Marco Rubio")], date: "2025-05-07"))
    }

    /// "Seoul vowed \"resolute countermeasures\"", "Pakistan vows response": threats of reprisal, no pledges.
    @Test func vowsOfReprisalAreNoPledges() {
        for id in ["p10", "p14"] {
            #expect(Self.fixture.count(id, "pledge") == 0, "\(id)")
        }
    }

    /// A typhoon ("battered", "struck the bridge", "a battle against time") and a takeover fight ("launched its raid",
    /// "talks on a friendly merger stalled", "ran out of ammunition"): no events.
    @Test func distractorsHoldNoEvents() {
        for id in ["p02", "p08"] {
            #expect(Self.fixture.results[id]?.events.isEmpty == true, "\(id): \(Self.fixture.results[id]?.events.map(\.type) ?? [])")
        }
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("p04", "Hulusi Akar", "necessity"))
        #expect(s.hasClaim("p05", "Sartaj Aziz", "joint working group"))
        #expect(s.hasClaim("p06", "Cyrille Ndayirukiye", "movement has failed"))
        #expect(s.hasClaim("p12", "Dmitry Peskov", "intrusion"))
        #expect(s.hasClaim("p13", "Charles Ble Goude", "provocation"))
        #expect(s.hasClaim("p14", "Vikram Misri", "non-escalatory"))
    }
}
