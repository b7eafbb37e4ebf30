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

    /// "struck what Ankara said were PKK hideouts": who tells what the object was is no argument; the object is.
    @Test func whatSomeoneSaidWasTheObjectKeepsTheTarget() {
        let r = Shared.analyze("Turkish warplanes struck what Ankara said were PKK hideouts in northern Iraq on Tuesday night.")
        let a = Shared.events(r, "attack").first
        #expect(a.map { Shared.has(r, $0, "target", "Kurdistan Workers' Party") && Shared.has(r, $0, "attacker", "Turkey") } ?? false, "\(Shared.describe(r))")
        #expect(a.map { $0.place.map { Shared.name(r, $0) } != "Ankara" } ?? false, "\(Shared.describe(r))")
    }

    /// "former presidents A of Ghana and B of South Africa": the state after a person's "of" is that person's.
    @Test func aStateAfterAPersonsOfIsNoSideOfItsOwn() {
        let r = Shared.analyze("On Friday he received three United Nations envoys, former presidents John Kufuor of Ghana and Thabo Mbeki "
            + "of South Africa, the president's office said.")
        let m = Shared.events(r, "meeting").first
        #expect(m.map { Shared.has(r, $0, "participant", "John Kufuor") && Shared.has(r, $0, "participant", "Thabo Mbeki") } ?? false, "\(Shared.describe(r))")
        #expect(!(m.map { Shared.has(r, $0, "participant", "Ghana") || Shared.has(r, $0, "participant", "South Africa") } ?? true), "\(Shared.describe(r))")
    }

    /// "talks between the two armies": the two states named before, as "the two countries" are.
    @Test func theTwoArmiesAreTheTwoStatesNamedBefore() {
        let r = Shared.analyze("Twenty soldiers were killed in the clash on Monday, the worst confrontation between India and China in years. "
            + "Colonel-level talks between the two armies ended on Wednesday without a breakthrough.")
        let t = Shared.events(r, "talks_stalled").first
        #expect(t.map { Shared.has(r, $0, "party", "India") && Shared.has(r, $0, "party", "China") } ?? false, "\(Shared.describe(r))")
    }

    /// "Earlier rounds of talks had stalled": the rounds of the talks told just before, between their sides.
    @Test func roundsOfTalksReferBackToTheTalksToldBefore() {
        let r = Shared.analyze("Ghana's foreign minister met Togolese officials in Lome on Monday and signed a memorandum of understanding "
            + "with them. Earlier rounds of talks had stalled.")
        let t = Shared.events(r, "talks_stalled").first
        #expect(t.map { Shared.has(r, $0, "party", "Ghana") && Shared.has(r, $0, "party", "Togo") } ?? false, "\(Shared.describe(r))")
    }
}
