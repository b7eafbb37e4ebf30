import Testing

@testable import KGBuildCore

/// A nineteenth held-out set (Fixtures/heldout19): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Interfax, Bernama, NTB, AKIpress, AFP, AAP, AP, Kyodo, Xinhua, EFE, Reuters,
/// ITAR-TASS and UPI, from years and theatres the other sets leave out (Batken 1999, a Jemaah Islamiyah plot in
/// Singapore 2002, the Rasht valley ambush 2010, Rambouillet 1999, the Sandline affair 1997, U.S. trainers for Georgia
/// 2002, the Lima hostage talks 1997, the G5 Sahel donors' conference 2018, the Aceh talks and martial law 2003,
/// Operation Alba 1997, the Karshi-Khanabad closure 2005, UNMEE 2000), twelve political and security ones and two
/// distractors (a polar low on Svalbard and a Colombian cycling race). The key events, roles, speakers and dates of
/// its annotation (Fixtures/heldout19/gold.json has all of it for `score.py`).
@Suite struct HeldOutNineteenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout19/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["x01"]?.article.date?.normalized == "1999-08-24")
        #expect(Self.fixture.results["x14"]?.article.date?.normalized == "2000-09-15")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("BERNAMA") || $0.text.contains("contributed to this report") || $0.text.contains("(AKIpress)") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "Singapore's Internal Security Department (ISD) has foiled a plot by a clandestine militant network"
        #expect(s.hasEvent("x02", "attack_thwarted", [("agent", "Singapore")], date: "2002-01-11"))
        // "its troops had foiled an attack on the town of Ayorou near the Malian border"
        #expect(s.hasEvent("x09", "attack_thwarted", [("agent", "Nigerien Defense Ministry")]))
        #expect(s.count("x13", "attack_thwarted") == 1)
        // "Peace talks on Kosovo remained deadlocked on Saturday as a noon deadline set by the six-nation Contact Group passed"
        #expect(s.hasEvent("x05", "talks_stalled", [("party", "Serbia"), ("mediator", "Contact Group")], date: "1999-02-20"))
        #expect(s.hasEvent("x08", "talks_stalled", [("party", "Peru")], date: "1997-03-12"))
        // "The United States delivered 10 Huey helicopters to the Georgian army last year"
        #expect(s.hasEvent("x07", "arms_transfer", [("supplier", "United States"), ("recipient", "Georgia")], date: "2001"))
        // "Ethiopia bought Sukhoi Su-27 fighters from Russia during the war"
        #expect(s.hasEvent("x14", "arms_transfer", [("supplier", "Russia"), ("recipient", "Ethiopia")]))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // "Italy's parliament approved the country's participation on April 9"
        #expect(s.hasEvent("x12", "legislation", [("agent", "Italy")], date: "1997-04-09"))
        // "Washington had given $2 million in emergency food aid to Albania since March"
        #expect(s.hasEvent("x12", "funding", [("funder", "United States"), ("recipient", "Albania")]))
        // "The EU doubled its contribution to the force to 100 million euros"
        #expect(s.hasEvent("x09", "funding", [("funder", "European Union")], date: "2018-02-23"))
        #expect(s.hasEvent("x12", "meeting", [("participant", "Romano Prodi"), ("participant", "Bashkim Fino")], date: "1997-04-15"))
        #expect(s.hasEvent("x11", "criticism", [("critic", "Human Rights Watch"), ("target", "Indonesia")]))
        #expect(s.hasEvent("x06", "accusation", [("accuser", "Francis Ona"), ("accused", "Papua New Guinea")]))
        #expect(s.hasEvent("x14", "accusation", [("accuser", "Haile Menkerios"), ("accused", "Ethiopia")], date: "2000-09-15"))
        #expect(s.hasEvent("x13", "military_cooperation", [("participant", "Russia"), ("participant", "Uzbekistan")], date: "2005-07"))
        #expect(s.hasEvent("x01", "attack", [("attacker", "Uzbekistan"), ("target", "Islamic Movement of Uzbekistan")], date: "1999-08-22"))
        #expect(s.hasEvent("x14", "peacekeeping", [("agent", "UN Security Council")], date: "2000-09-15"))
    }

    /// "were arrested … as they prepared to fly to Tokyo": no foiled plot in the Aceh story.
    @Test func noFalsePlot() {
        #expect(Self.fixture.count("x11", "attack_thwarted") == 0)
    }

    /// A polar low on Svalbard ("gusts … attacked the Arctic settlement", "under siege") and a cycling race ("launched a
    /// fierce attack on the last climb", "talks with a European squad … had stalled"): no events.
    @Test func distractorsHoldNoEvents() {
        #expect(Self.fixture.results["x03"]?.events.isEmpty == true, "\(Self.fixture.results["x03"]?.events.map(\.type) ?? [])")
        #expect(Self.fixture.results["x10"]?.events.isEmpty == true, "\(Self.fixture.results["x10"]?.events.map(\.type) ?? [])")
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("x05", "Hubert Vedrine", "The Serbian side has not moved"))
        #expect(s.hasClaim("x06", "John Howard", "totally opposed"))
        #expect(s.hasClaim("x08", "Alberto Pandolfi", "There is no tunnel"))
        #expect(s.hasClaim("x11", "Martin Griffiths", "We have not given up on a political solution"))
        #expect(s.hasClaim("x13", "Lawrence Di Rita", "we are on schedule"))
        #expect(s.hasClaim("x14", "Richard Holbrooke", "two governments had to move quickly"))
    }
}
