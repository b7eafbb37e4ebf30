import Testing

@testable import KGBuildCore

/// A seventeenth held-out set (Fixtures/heldout17): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Interfax, Daily Sabah, PTI, AFP, The Hindu, Reuters, Al Jazeera, RIA Novosti,
/// Xinhua, AP, the Kyiv Independent and NHK, from years and theatres the other sets leave out (Dubrovka 2002, Karabakh
/// drones 2020, Mali's talks 2013, Uri 2016, the Rohingya exodus 2017, Westgate 2013, Dayton 1995, Bukavu 2025, Cairo
/// truce talks 2024, North Koreans in Kursk 2024, Palma 2021, the Hokkaido overflight 2017), twelve political and
/// security ones and two distractors (a cricket Test and an asteroid-deflection test). The key events, roles,
/// speakers and dates of its annotation (Fixtures/heldout17/gold.json has all of it for `score.py`).
@Suite struct HeldOutSeventeenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout17/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["t08"]?.article.date?.normalized == "1995-11-21")
        #expect(Self.fixture.results["t12"]?.article.date?.normalized == "2024-11-05")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Editing by") || $0.text.contains("SOURCE: Al Jazeera") || $0.text.contains("contributed to this report") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "North Korea had also supplied Russia with KN-23 ballistic missiles and millions of artillery shells"
        #expect(s.hasEvent("t12", "arms_transfer", [("supplier", "North Korea"), ("recipient", "Russia")]))
        // "prevented Chechen gunmen … from blowing up the building"
        #expect(s.hasEvent("t01", "attack_thwarted", [("agent", "Russia")], date: "2002-10-26"))
        #expect(s.hasEvent("t11", "attack_thwarted", [("agent", "Israel")], date: "2024-03-06", place: "Hebron"))
        #expect(s.hasEvent("t12", "attack_thwarted", [], place: "Zhytomyr"))
        #expect(s.hasEvent("t04", "talks_stalled", [("party", "Mali"), ("mediator", "Burkina Faso")], place: "Ouagadougou"))
        // "Talks between Mozambique and the European Union on a military training mission, which Maputo requested in
        // September, have stalled over the mission's mandate"
        #expect(s.hasEvent("t13", "talks_stalled", [("party", "Mozambique"), ("party", "European Union")]))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // "Armenia on Thursday recalled its ambassador to Israel in protest at Israeli arms sales to Azerbaijan"
        #expect(s.hasEvent("t02", "criticism", [("critic", "Armenia"), ("target", "Israel")], date: "2020-10-01"))
        // "Russia's State Duma voted on Oct. 24 to ratify a mutual defense treaty"
        #expect(s.hasEvent("t12", "legislation", [("agent", "State Duma")], date: "2024-10-24"))
        // "a NATO-led implementation force of some 60,000 troops"
        #expect(s.hasEvent("t08", "peacekeeping", [("agent", "NATO")]))
        // "U.S. special forces began a two-month training programme for Mozambican marines"
        #expect(s.hasEvent("t13", "military_cooperation", [("participant", "Mozambique")]))
        #expect(s.hasEvent("t12", "meeting", [("participant", "Choe Son Hui"), ("participant", "Sergei Lavrov")], date: "2024-11-01", place: "Moscow"))
        #expect(s.hasEvent("t05", "meeting", [("participant", "Narendra Modi"), ("participant", "Ajit Doval")], date: "2016-09-19"))
        #expect(s.hasEvent("t09", "seizure", [("attacker", "M23")], date: "2025-02-16", place: "Bukavu"))
        #expect(s.hasEvent("t06", "accusation", [("accuser", "Bangladesh"), ("accused", "Myanmar")], date: "2017-09-15"))
    }

    /// "is expected to suspend sanctions against Yugoslavia once the agreement is signed": no talks stalled.
    @Test func sanctionsSuspendedAreNoTalks() {
        #expect(Self.fixture.count("t08", "talks_stalled") == 0)
    }

    /// A cricket Test ("pace attack struck twice", "fired a yorker through the defence") and an asteroid struck by a
    /// probe ("struck its target", "not a weapon"): no attacks.
    @Test func distractorsHoldNoAttacks() {
        #expect(Self.fixture.results["t03"]?.events.isEmpty == true, "\(Self.fixture.results["t03"]?.events.map(\.type) ?? [])")
        #expect(Self.fixture.count("t10", "attack") == 0)
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("t01", "Vladimir Pronichev", "killed everyone inside"))
        #expect(s.hasClaim("t05", "Randeep Surjewala", "single infiltration"))
        #expect(s.hasClaim("t06", "Zaw Htay", "innocent civilians"))
        #expect(s.hasClaim("t12", "Kyrylo Budanov", "half of the shells"))
        #expect(s.hasClaim("t13", "Lionel Dyck", "fuel and daylight"))
        #expect(s.hasClaim("t14", "Yoshihide Suga", "shoot down"))
    }
}
