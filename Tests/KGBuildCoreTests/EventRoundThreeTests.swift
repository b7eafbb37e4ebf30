import Foundation
import Testing

@testable import KGBuildCore

/// Event extraction, third round: constructions of wire copy the earlier rules missed. Every sentence here is invented.
@Suite struct EventRoundThreeTests {
    /// A story with a dateline, read as a JSON-lines record is (the dateline read and blanked).
    static func analyze(_ text: String) -> ArticleResult {
        Shared.analyzeRecord(text)
    }

    static func placed(_ r: ArticleResult, _ e: Event, _ name: String) -> Bool { e.place.map { Shared.names(r, $0).contains(name) } ?? false }

    /// "Security forces foiled a bomb attack on a church in Alexandria": a foiling verb whose subject is only the forces,
    /// police or army the story's own state has is that state's foiled attack, at its place.
    @Test func genericForcesFoilTheHomeStatesAttack() throws {
        let r = Self.analyze("CAIRO, May 10 (Reuters) - Security forces foiled a bomb attack on a church in Alexandria on Thursday. Egypt has tightened security at churches since 2017.")
        let e = try #require(Shared.events(r, "attack_thwarted").first, "\(Shared.describe(r))")
        #expect(Shared.has(r, e, "agent", "Egypt"), "\(Shared.describe(r))")
        #expect(Self.placed(r, e, "Alexandria"), "\(Shared.describe(r))")
        let army = Self.analyze("NAIROBI, May 10 (Reuters) - The army thwarted a plot to attack a police station in Mombasa on Wednesday. Kenya has faced attacks by al Shabaab.")
        #expect(Shared.has(army, "attack_thwarted", "agent", "Kenya"), "\(Shared.describe(army))")
    }

    /// Forces that stop a march or a crowd foil no attack, though the sentence tells of one after: the attack or plot
    /// must follow the foiling verb in its clause.
    @Test func genericForcesWithoutAnAttackFoilNothing() {
        for text in [
            "CAIRO, May 10 (Reuters) - Security forces prevented a march on parliament in Cairo on Thursday, a week after an attack on a police post killed two. Egypt bans most protests.",
            "CAIRO, May 10 (Reuters) - The army prevented protesters from reaching the square in Cairo on Friday, two days after an attack in Sinai. Egypt bans most protests.",
        ] {
            let r = Self.analyze(text)
            #expect(Shared.events(r, "attack_thwarted").isEmpty, "\(text): \(Shared.describe(r))")
        }
    }

    /// "fired more than 100 rockets at Israel", "launched 30 drones toward Kyiv": fire told by what it fired, counted,
    /// is an attack by the subject on what follows.
    @Test func countedFireIsAnAttack() throws {
        let rockets = Shared.analyze("Hamas fired more than 100 rockets at Israel on Saturday, the military said.")
        let a = try #require(Shared.events(rockets, "attack").first, "\(Shared.describe(rockets))")
        #expect(Shared.has(rockets, a, "attacker", "Hamas") && Shared.has(rockets, a, "target", "Israel"), "\(Shared.describe(rockets))")
        #expect(a.date == PartialDate(year: 2014, month: 6, day: 21), "\(Shared.describe(rockets))")
        let drones = Shared.analyze("Russia launched 30 drones toward Ukraine overnight, officials in Kyiv said.")
        #expect(Shared.has(drones, "attack", "attacker", "Russia") && Shared.has(drones, "attack", "target", "Ukraine"), "\(Shared.describe(drones))")
        let barrage = Shared.analyze("Hezbollah fired a barrage of at least 40 Katyusha rockets into Israel on Monday.")
        #expect(Shared.has(barrage, "attack", "attacker", "Hezbollah") && Shared.has(barrage, "attack", "target", "Israel"), "\(Shared.describe(barrage))")
    }

    /// A fire verb that names no munition after it tells no second attack: the "from" phrase after it is still the
    /// first attack's ("downed by a missile fired from Russia").
    @Test func aFireVerbWithoutItsMunitionLeavesTheAttackItsPhrase() throws {
        let r = Shared.analyze("Ukraine said its transport plane was downed on Monday by a missile fired from Russia.")
        #expect(Shared.has(r, "attack", "attacker", "Russia"), "\(Shared.describe(r))")
    }

    /// What is fired or launched that is no munition, or a munition that names another thing, or munitions aimed at no
    /// one the clause names, is no attack.
    @Test func firingWithoutMunitionsIsNoAttack() {
        Shared.expect([
            "Turkey fired three senior army officers on Monday.",
            "Russia launched 30 new satellites into orbit on Friday.",
            "Iran launched drone production lines in Tajikistan last year.",
            "Ukraine launched a campaign to buy more drones for its army.",
            // munitions aimed at no one named, or not aimed at all: a test
            "North Korea fired two ballistic missiles into the sea on Thursday.",
            "North Korea fired a ballistic missile early on Tuesday that flew over Japan.",
        ], give: "attack", gives: false)
    }

    /// The core types' grammar is read from their flags, not their names: a user's type flagged `foiled_attack` takes
    /// the plotters named before the plot's noun, as attack_thwarted does; the same type unflagged does not.
    @Test func aUserTypeFlaggedFoiledAttackTakesItsPlotters() throws {
        let (flagged, plain, r) = try OntologyOverlayTests.flaggedAndPlain("foiled_attack", [
            "roles: [agent, perpetrator, target]",
            "role_types: {agent: [country, government, organization], perpetrator: [armed_group, group, person, organization]}",
            "frame: {subject: agent, object: ~, by: perpetrator}",
            "triggers:", "  - verbs: [scupper]", "    requires: attack_words"],
            "Latvia scuppered a Russian plot to bomb a bridge in Riga on Monday.")
        #expect(!flagged.isEmpty && !plain.isEmpty, "\(r.events)")
        #expect(OntologyOverlayTests.has(r, flagged, "perpetrator", "Russia"), "\(flagged)")
        #expect(!OntologyOverlayTests.has(r, plain, "perpetrator", "Russia"), "\(plain)")
    }

    /// `forcible`: a planned act of force has not happened, so the flagged type makes no event of a plan; the
    /// unflagged one keeps it as planned.
    @Test func aUserTypeFlaggedForcibleDropsAPlan() throws {
        let (flagged, plain, r) = try OntologyOverlayTests.flaggedAndPlain("forcible", [
            "roles: [attacker, target]", "frame: {subject: attacker, object: target}",
            "triggers:", "  - verbs: [besiege]"],
            "Belarus plans to besiege Ukraine next month, officials said.")
        #expect(flagged.isEmpty, "\(r.events)")
        #expect(!plain.isEmpty, "\(r.events)")
    }
}
