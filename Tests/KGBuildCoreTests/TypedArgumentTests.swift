import Testing

@testable import KGBuildCore

// Who did what to whom: constructions of wire copy that put an actor in the wrong role or left a role empty
// (a buyer named by a participle's "by" phrase, a judged deed named before a passive verb or after a quoted one,
// a headline's sides told again in the body as mediators). Every sentence here is invented.

@Suite struct TypedArgumentTests {
    /// "the corvettes ordered by Algeria": who ordered the weapons gets them, after a noun or a verb trigger.
    @Test func aBuyerNamedByAParticiplesByPhraseIsTheRecipient() {
        let r = Shared.analyze("The shipyard began the delivery of the corvettes ordered by Algeria under a 2019 contract, officials said.")
        let t = Shared.events(r, "arms_transfer").first
        #expect(t.map { Shared.has(r, $0, "recipient", "Algeria") && !Shared.has(r, $0, "supplier", "Algeria") } ?? false, "\(Shared.describe(r))")
        let v = Shared.analyze("German Chancellor Olaf Scholz said the conditions for delivering the Baden, the first of two frigates "
            + "ordered by India under a contract signed in 2021, were not met.")
        let w = Shared.events(v, "arms_transfer").first
        #expect(w.map { Shared.has(v, $0, "recipient", "India") && !Shared.has(v, $0, "supplier", "India") } ?? false, "\(Shared.describe(v))")
        // the maker still supplies them
        let m = Shared.analyze("The navy took delivery of a submarine built by Germany on Monday.")
        #expect(Shared.events(m, "arms_transfer").first.map { Shared.has(m, $0, "supplier", "Germany") } ?? false, "\(Shared.describe(m))")
    }

    /// "The assault was condemned by A and B": the passive's subject names the deed judged, so its doer is the target.
    @Test func aDeedNamedBeforeAPassiveVerbOfJudgingGivesItsTarget() {
        let r = Shared.analyze("Gunmen from the Islamic State group attacked a checkpoint in Kirkuk on Monday, killing six soldiers. "
            + "The assault was condemned by the European Union and the Arab League.")
        let c = Shared.events(r, "criticism").first
        #expect(c.map { Shared.has(r, $0, "target", "Islamic State") && Shared.has(r, $0, "critic", "European Union") } ?? false, "\(Shared.describe(r))")
    }

    /// 'X "strongly condemns" the attack', "condemns this cowardly attack": quote marks and words of outrage between the
    /// verb and the deed it names.
    @Test func aQuotedVerbOfJudgingStillReachesTheDeed() {
        let r = Shared.analyze("Gunmen from the Islamic State group attacked a checkpoint in Kirkuk on Monday, killing six soldiers. "
            + "NATO chief Mark Rutte \"strongly condemns\" the attack, his office said.")
        let c = Shared.events(r, "criticism").first
        #expect(c.map { Shared.has(r, $0, "target", "Islamic State") } ?? false, "\(Shared.describe(r))")
        let o = Shared.analyze("Gunmen from the Islamic State group attacked a checkpoint in Kirkuk on Monday, killing six soldiers. "
            + "\"Jordan strongly condemns this cowardly attack,\" the Jordanian foreign ministry said.")
        let d = Shared.events(o, "criticism").first
        #expect(d.map { Shared.has(o, $0, "target", "Islamic State") && Shared.has(o, $0, "critic", "Jordan") } ?? false, "\(Shared.describe(o))")
    }

    /// "Qatar, Egypt suspend Libya talks" over "Qatar and Egypt suspended talks between Libya's rival governments": the
    /// body makes both hosts mediators, not the first alone.
    @Test func everyHeadlinePartyTheBodyMakesMediatorMoves() {
        let r = Shared.analyze("Qatar, Egypt suspend Libya talks in Doha as fighting rages\n\nDOHA, June 24 (Reuters) - Qatar and Egypt "
            + "suspended talks in Doha between Libya's rival governments on Monday, saying repeated violations of a truce had made the "
            + "negotiations pointless.", title: "Qatar, Egypt suspend Libya talks in Doha as fighting rages")
        let t = Shared.events(r, "talks_stalled")
        #expect(t.count == 1, "\(Shared.describe(r))")
        #expect(t.first.map { Shared.has(r, $0, "mediator", "Qatar") && Shared.has(r, $0, "mediator", "Egypt")
            && !Shared.has(r, $0, "party", "Qatar") && !Shared.has(r, $0, "party", "Egypt") } ?? false, "\(Shared.describe(r))")
    }
}
