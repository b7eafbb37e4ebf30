import Testing

@testable import KGBuildCore

/// An eighteenth held-out set (Fixtures/heldout18): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of ITAR-TASS, Kyodo, NHK, PTI, Dawn, The Hindu, Reuters, IRNA, Arab News, AP, AFP,
/// RT, Daily Sabah and Xinhua, from years and theatres the other sets leave out (Beslan's aftermath 2004, the Iraq
/// invasion 2003, Nepal's Maoist talks 2003, Pakistan's Yemen resolution 2015, S-400 deliveries delayed 2023, the
/// Tigray talks delayed 2022, the Iran–Saudi deal 2023, the Chibok release 2016, the airliner plot 2006, Russia's first
/// strikes in Syria 2015, Peace Spring paused 2019, the strikes on Afghanistan 2001), twelve political and security
/// ones and two distractors (a malaria compound and the red palm weevil). The key events, roles, speakers and dates of
/// its annotation (Fixtures/heldout18/gold.json has all of it for `score.py`).
@Suite struct HeldOutEighteenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout18/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["u01"]?.article.date?.normalized == "2004-09-07")
        #expect(Self.fixture.results["u12"]?.article.date?.normalized == "2015-09-30")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Editing by") || $0.text.contains("contributed.") || $0.text.contains("Enditem") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "have prevented a terrorist act in the Dagestani capital Makhachkala"
        #expect(s.hasEvent("u01", "attack_thwarted", [("agent", "Federal Security Service")], date: "2004-09-07", place: "Makhachkala"))
        // "they had foiled a terrorist plot to blow up aircraft flying from Britain to the United States"
        #expect(s.hasEvent("u11", "attack_thwarted", [("agent", "United Kingdom")], date: "2006-08-10"))
        // "Russia has stepped up its supplies of weapons and ammunition to the Northern Alliance"
        #expect(s.hasEvent("u14", "arms_transfer", [("supplier", "Russia"), ("recipient", "Northern Alliance")]))
        #expect(s.hasEvent("u12", "arms_transfer", [("supplier", "Russia")]))
        // "Talks between Pakistani officials and the Taliban on handing over bin Laden broke down last week"
        #expect(s.hasEvent("u14", "talks_stalled", [("party", "Pakistan"), ("party", "Taliban")], date: "2001-10"))
        #expect(s.hasEvent("u04", "talks_stalled", [("party", "Nepal")], date: "2003-08-27"))
        #expect(s.hasEvent("u07", "talks_stalled", [("mediator", "African Union")], date: "2022-10-08"))
        #expect(s.hasEvent("u08", "talks_stalled", [("mediator", "Iraq")], date: "2022"))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // "The Federation Council voted unanimously on Wednesday morning to grant President Vladimir Putin's request"
        #expect(s.hasEvent("u12", "legislation", [("agent", "Federation Council")], date: "2015-09-30"))
        // "condemned the strikes as "unacceptable", saying they would only increase the suffering …"
        #expect(s.hasEvent("u14", "criticism", [("critic", "Hamid Reza Asefi"), ("target", "United States")]))
        #expect(s.hasEvent("u12", "accusation", [("accuser", "Khaled Khoja"), ("accused", "Russia")]))
        #expect(s.hasEvent("u07", "accusation", [("accuser", "Redwan Hussien")], date: "2022-10-07"))
        #expect(s.hasEvent("u12", "meeting", [("participant", "Sergei Lavrov"), ("participant", "John Kerry")], date: "2015-09-30", place: "New York"))
        #expect(s.hasEvent("u13", "meeting", [("participant", "Mike Pence")], date: "2019-10-17", place: "Ankara"))
        #expect(s.hasEvent("u10", "funding", [("funder", "European Union"), ("recipient", "Nigeria")], date: "2016-10-12"))
        #expect(s.hasEvent("u02", "attack", [("attacker", "United States"), ("target", "Iraq")], date: "2003-03-20", place: "Baghdad"))
    }

    /// "voted … to grant President Vladimir Putin's request": no payment; "were killed in air strikes by the Nigerian
    /// military, a claim the military has rejected": no attack by Nigeria.
    @Test func noFalseFundingOrDeniedAttack() {
        #expect(Self.fixture.count("u12", "funding") == 0)
        #expect(!Self.fixture.hasEvent("u10", "attack", [("attacker", "Nigeria")]))
    }

    /// A malaria compound ("attacks malaria parasites", "talks with a drugmaker … stalled") and the red palm weevil
    /// ("delivered … pheromone traps", "deployed drones to spray orchards"): no events, no arms.
    @Test func distractorsHoldNoEvents() {
        #expect(Self.fixture.results["u03"]?.events.isEmpty == true, "\(Self.fixture.results["u03"]?.events.map(\.type) ?? [])")
        #expect(Self.fixture.count("u09", "arms_transfer") == 0)
        #expect(Self.fixture.count("u09", "attack") == 0)
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("u05", "Imran Khan", "not our war"))
        #expect(s.hasClaim("u06", "Jual Oram", "keep slipping"))
        #expect(s.hasClaim("u08", "Wang Yi", "a victory for dialogue and peace"))
        #expect(s.hasClaim("u11", "Paul Stephenson", "untold death"))
        #expect(s.hasClaim("u13", "Mazloum Abdi", "defend ourselves"))
        #expect(s.hasClaim("u14", "Hamid Reza Asefi", "unacceptable"))
    }
}
