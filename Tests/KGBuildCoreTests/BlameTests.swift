import Testing

@testable import KGBuildCore

/// Blame laid for an attack: the one it is laid on is the attack's attacker (as charged), never its target. Every
/// sentence here is invented.
@Suite struct BlameTests {
    /// "blamed the bombing on X": the names after the blame's "on" attacked; the attack is not done to them.
    @Test func blameOnNamesTheAttacker() throws {
        let r = Shared.analyze("Kabul blamed Friday's bombing of a mosque on the Taliban.")
        let a = try #require(Shared.events(r, "attack").first, "\(Shared.describe(r))")
        #expect(Shared.has(r, a, "attacker", "Taliban"), "\(Shared.describe(r))")
        #expect(!Shared.has(r, a, "target", "Taliban"), "\(Shared.describe(r))")
        #expect(Shared.has(r, "accusation", "accused", "Taliban"), "\(Shared.describe(r))")
    }

    /// "blamed X for the attack", "held X responsible for the attack": the names before "for" attacked, and an
    /// attack noun that names only a place is still an event once its attacker is named so.
    @Test func blameForNamesTheAttacker() {
        let r = Shared.analyze("Israel blamed Hezbollah for a rocket attack on Haifa on Sunday.")
        #expect(Shared.has(r, "attack", "attacker", "Hezbollah"), "\(Shared.describe(r))")
        let held = Shared.analyze("Seoul held North Korea responsible for the attack on its warship.")
        #expect(Shared.has(held, "attack", "attacker", "North Korea"), "\(Shared.describe(held))")
    }

    /// "an attack the government blamed on X", "the killing of …, which monitors blamed on X": a blame verb and "on"
    /// after the attack lay it on X; a verb of another clause between them ("attacks followed the sabotage …, which
    /// X blamed on Y") lays it on something else.
    @Test func blamedOnAfterTheAttackNamesItsAttacker() {
        let r = Shared.analyze("In March, a suicide bomber killed five people in Ankara, an attack the government blamed on the PKK.")
        #expect(Shared.has(r, "attack", "attacker", "Kurdistan Workers' Party"), "\(Shared.describe(r))")
        let followed = Shared.analyze("Thursday's attacks on two ships followed the sabotage of four tankers off Fujairah, which Washington also blamed on Iran.")
        #expect(!Shared.has(followed, "attack", "attacker", "Iran"), "\(Shared.describe(followed))")
    }

    /// Blame laid for something other than an attack names no attacker of the attack told beside it.
    @Test func blameForAFailureNamesNoAttacker() {
        let r = Shared.analyze("Russian jets bombed the town on Monday, and the governor blamed the collapse of the talks on Ukraine.")
        #expect(Shared.has(r, "attack", "attacker", "Russia"), "\(Shared.describe(r))")
        #expect(!Shared.has(r, "attack", "attacker", "Ukraine"), "\(Shared.describe(r))")
    }
}
