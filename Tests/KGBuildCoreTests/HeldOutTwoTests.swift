import Foundation
import Testing

@testable import KGBuildCore

/// A second set of twenty invented wire stories (Fixtures/heldout2: the Sahel, Sudan, Somalia, DR Congo, Latin
/// America, South and East Asia, the Balkans, the UN, arms fairs, sanctions, a cyber attack, a coup bid), none of
/// them seen while the rules were tuned: the key events, roles, speakers and dates of its annotation
/// (Fixtures/heldout2/gold.json has all of it for `score.py`).
@Suite struct HeldOutTwoTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout2/articles.jsonl")

    @Test func allTwentyArticlesAreRead() {
        #expect(Self.fixture.results.count == 20)
        #expect(Self.fixture.results["u03"]?.article.date?.normalized == "2025-03-05")
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // an arms fair contract: "signed a contract on Wednesday to export 60 TB3 armed drones to Indonesia"
        #expect(s.hasEvent("u07", "arms_transfer", [("supplier", "Baykar"), ("recipient", "Indonesia")], date: "2025-07-23", place: "Istanbul"))
        #expect(s.hasEvent("u08", "arms_transfer", [("supplier", "Russia"), ("recipient", "Myanmar")]))
        #expect(s.hasEvent("u03", "attack_thwarted", [("agent", "Somalia"), ("perpetrator", "al-Shabaab")], date: "2025-03-05", place: "Mogadishu"))
        // "suspended peace talks with the ELN guerrilla group on Tuesday" (story of Wednesday 18 September)
        #expect(s.hasEvent("u09", "talks_stalled", [("party", "Colombia"), ("party", "ELN")], date: "2024-09-17"))
        #expect(s.hasEvent("u15", "talks_stalled", [("party", "Serbia"), ("party", "Kosovo")], date: "2024-06-27"))
        // a foiled plot is no attack
        #expect(s.count("u03", "attack") == 0)
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // "attacked an army post ... in central Mali on Monday" (story of Tuesday 11 February)
        #expect(s.hasEvent("u01", "attack", [("attacker", "JNIM"), ("target", "Mali")], date: "2025-02-10", place: "Diafarabe"))
        #expect(s.hasEvent("u02", "seizure", [("attacker", "Rapid Support Forces")], date: "2024-10-23", place: "Tamboul"))
        #expect(s.hasEvent("u02", "accusation", [("accuser", "Sudan"), ("accused", "Rapid Support Forces")]))
        #expect(s.hasEvent("u04", "accusation", [("accuser", "Democratic Republic of the Congo"), ("accused", "Rwanda")], date: "2024-08-15"))
        #expect(s.hasEvent("u06", "military_cooperation", [("participant", "China"), ("participant", "Pakistan")], date: "2025-11-10"))
        #expect(s.hasEvent("u10", "accusation", [("accuser", "Cambodian Defence Ministry"), ("accused", "Thailand")]))
        #expect(s.hasEvent("u10", "attack", [("attacker", "Thailand")], date: "2025-06-12"))
        #expect(s.hasEvent("u11", "legislation", [("agent", "Mexican Chamber of Deputies")], date: "2024-11-26"))
        #expect(s.hasEvent("u11", "accusation", [("accuser", "Claudia Sheinbaum"), ("accused", "United States")]))
        #expect(s.hasEvent("u12", "accusation", [("accuser", "Indian Army"), ("accused", "Pakistan")]))
        #expect(s.hasEvent("u13", "accusation", [("accuser", "Philippines")], date: "2025-02-20"))
        #expect(s.hasEvent("u15", "accusation", [("accuser", "Albin Kurti"), ("accused", "Serbia")]))
        #expect(s.hasEvent("u16", "criticism", [("critic", "ECOWAS")]))
        #expect(s.hasEvent("u16", "pledge", [("agent", "Julius Maada Bio")]))
        #expect(s.hasEvent("u16", "seizure", [], place: "Freetown"))
        #expect(s.hasEvent("u17", "funding", [("funder", "European Union"), ("recipient", "African Union")]))
        #expect(s.hasEvent("u18", "pledge", [("agent", "Pete Hegseth")], date: "2025-04-11"))
        #expect(s.hasEvent("u20", "meeting", [("participant", "Ahmed Attaf"), ("participant", "Ali Lamine Zeine")], date: "2025-05-04", place: "Niamey"))
    }

    /// The failures this audit found that data could cure.
    @Test func auditFixes() {
        let s = Self.fixture
        // "voted Wednesday to extend the mandate of the peacekeeping mission in South Sudan"
        #expect(s.hasEvent("u05", "peacekeeping", [("agent", "UN Security Council")], date: "2025-04-30"))
        // "The cyber attack targeted officials ...": a hack is no armed attack
        #expect(s.count("u13", "attack") == 0)
        // "China firmly opposes new U.S. sanctions"
        #expect(s.hasEvent("u14", "criticism", [("target", "United States")]))
        // the Sudan Doctors Network and the AU Commission as speakers
        #expect(s.hasClaim("u02", "Sudan Doctors Network", "At least 18 people were killed"))
        #expect(s.hasClaim("u17", "African Union", "will pay 50 million euros"))
        // "Sea Guardian-4" drills are not The Guardian newspaper
        #expect(s.results["u06"]?.actors["actor:guardian"] == nil)
        #expect(s.hasEvent("u17", "funding", [("recipient", "AUSSOM")]))
        // "suspended peace talks with the ELN": talks called off are no meeting
        #expect(s.count("u09", "meeting") == 0)
        // "Mexico's Chamber of Deputies passed a bill"
        #expect(s.results["u11"]?.actors.values.contains { $0.name == "Mexican Chamber of Deputies" } == true)
        // "..., the Rostec state corporation said on Tuesday"
        #expect(s.hasClaim("u08", "Rostec", "delivered a new batch"))
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("u01", "Souleymane Dembele", "Our units responded vigorously"))
        #expect(s.hasClaim("u03", "National Intelligence and Security Agency", "carrying an explosive vest"))  // "According to the agency"
        #expect(s.hasClaim("u03", "Abdullahi Ali", "prevented thanks to information"))
        #expect(s.hasClaim("u04", "Patrick Muyaya", "Rwandan soldiers had crossed the border"))
        #expect(s.hasClaim("u04", "Democratic Republic of the Congo", "Rwanda of deploying hundreds of troops"))  // "X accused Y of ..."
        #expect(s.hasClaim("u05", "Dmitry Polyansky", "did not respect South Sudan's sovereignty"))
        #expect(s.hasClaim("u07", "Haluk Bayraktar", "largest export agreement"))
        #expect(s.hasClaim("u08", "Rostec", "already completed training"))  // "According to Rostec, ..."
        #expect(s.hasClaim("u09", "Gustavo Petro", "There can be no dialogue"))
        #expect(s.hasClaim("u10", "Maly Socheata", "attacked our positions"))
        #expect(s.hasClaim("u10", "Thailand", "returned fire"))
        #expect(s.hasClaim("u15", "Miroslav Lajcak", "did not achieve what we hoped"))
        #expect(s.hasClaim("u17", "Mahmoud Ali Youssouf", "Without predictable financing"))
        #expect(s.hasClaim("u20", "Ali Lamine Zeine", "ready to turn the page"))
        #expect(s.hasClaim("u07", "Presidency of Defence Industries", "in the presence of Indonesian Defense Minister"))
        #expect(s.hasClaim("u20", "Algerian Foreign Ministry", "discussed border security"))
        #expect(s.results["u14"]?.claims.allSatisfy { $0.date?.normalized == "2025-10-15" } == true)
    }

    /// Failures of the audit that needed code outside the ontology (GapConstructionTests has sentences of our own
    /// for each).
    @Test func codeLevelFixes() {
        let s = Self.fixture
        // an adverb between the subject and the trigger ("China firmly opposes and strongly condemns ...")
        #expect(s.hasEvent("u14", "criticism", [("critic", "China")]))
        // the headline "deal for South Korean K9 howitzers" no longer reverses the body's roles
        #expect(s.hasEvent("u19", "arms_transfer", [("supplier", "South Korea"), ("recipient", "Vietnam")]))
        // "delivered ... under a contract signed in 2022": the contract's date is not the delivery's
        #expect(s.hasEvent("u08", "arms_transfer", [("recipient", "Myanmar")], date: "2024-11-19"))
    }
}

/// One sentence of our own per data fix of the second held-out audit.
@Suite struct HeldOutTwoDataFixTests {

    @Test func cyberOperationsAreNoArmedAttack() {
        let r = Shared.analyze("Russian military hackers attacked Ukraine's state railway company on Sunday, officials in Kyiv said.")
        #expect(Shared.events(r, "attack").isEmpty)
        // an armed attack in a sentence without hackers still counts
        let a = Shared.analyze("Russian troops attacked Ukraine's positions near the railway station on Sunday, officials in Kyiv said.")
        #expect(!Shared.events(a, "attack").isEmpty)
    }

    @Test func firmlyOpposesIsCriticism() {
        let r = Shared.analyze("Beijing strongly opposes the new tariffs imposed by Washington.")
        #expect(Shared.events(r, "criticism").contains { e in e.arguments.contains { $0.role == "target" && Shared.name(r, $0.actor) == "United States" } })
    }

    @Test func renewedPeacekeepingMandate() {
        let r = Shared.analyze("The Security Council voted on Friday to renew the mandate of the peacekeeping force in Cyprus for another year.")
        #expect(Shared.events(r, "peacekeeping").contains { e in e.arguments.contains { $0.role == "agent" && Shared.name(r, $0.actor) == "UN Security Council" } })
    }

    @Test func mutineersAreAGroupNotTheState() {
        let r = Shared.analyze("Guinean mutineers took control of the airport on Friday.")
        let attackers = Shared.events(r, "seizure").flatMap { $0.arguments.filter { $0.role == "attacker" } }.map { Shared.name(r, $0.actor) }
        #expect(attackers.contains("Guinean mutineers"))
        #expect(!attackers.contains("Guinea"))
    }

    @Test func newBodiesSpeak() {
        let r = Shared.analyze("The money will cover troops' allowances until June, the AU Commission said in a statement. "
            + "Türkiye's Defense Industry Agency said the contract was worth $300 million. "
            + "At least 40 people were killed, the Sudan Doctors Network said.")
        let speakers = Set(r.claims.map { Shared.name(r, $0.speaker) })
        #expect(speakers.isSuperset(of: ["African Union", "Presidency of Defence Industries", "Sudan Doctors Network"]))
    }

    @Test func suspendedTalksAreNoMeeting() {
        let r = Shared.analyze("Kenya suspended peace talks with the Ethiopian rebels on Monday after a deadly raid, officials said.")
        #expect(Shared.events(r, "meeting").isEmpty)
        #expect(!Shared.events(r, "talks_stalled").isEmpty)
    }

    @Test func stateCorporationSpeaks() {
        let r = Shared.analyze("Russia has delivered two frigates to Algeria, the Rostec state corporation said on Tuesday.")
        #expect(r.claims.contains { Shared.name(r, $0.speaker) == "Rostec" && $0.text.contains("two frigates") })
    }

    @Test func chambersOfParliamentAreInstitutions() {
        let r = Shared.analyze("Chile's Chamber of Deputies passed a bill on Tuesday that bans private militias.")
        #expect(r.actors.values.contains { $0.name == "Chilean Chamber of Deputies" && $0.country == "CHL" })
    }

    @Test func seaGuardianDrillsAreNoNewspaper() {
        let r = Shared.analyze("The drills, code-named Sea Guardian-4, began on Monday.")
        #expect(r.actors["actor:guardian"] == nil)
        let g = Shared.analyze("The claims were false, the Guardian reported on Monday.")
        #expect(g.actors["actor:guardian"] != nil)
    }
}
