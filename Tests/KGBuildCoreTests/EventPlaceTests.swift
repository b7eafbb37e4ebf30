import Testing

@testable import KGBuildCore

// Where an event happened: a state's capital named by its adjective, a deed told again as "in what … was an attack",
// and an actor-less event merged into another that does not lend it its place. Every sentence here is invented.

@Suite struct EventPlaceTests {
    static func place(_ r: ArticleResult, _ e: Event) -> String { e.place.map { Shared.name(r, $0) } ?? "-" }

    @Test func theCapitalNamedByItsStatesAdjectiveIsThePlace() {
        let r = Shared.analyze("A fresh round of talks between Serbia and Kosovo closed in the Austrian capital on Wednesday without agreement.")
        let talks = Shared.events(r, "talks_stalled")
        #expect(talks.count == 1)
        #expect(talks.first.map { Self.place(r, $0) } == "Vienna")
        // the adjective's state is no party of the talks held in its capital
        #expect(talks.first.map { !Shared.has(r, $0, "party", "Austria") } ?? false)
        let strike = Shared.analyze("Russian missiles hit the Ukrainian capital overnight, killing three people.")
        #expect(Shared.events(strike, "attack").first.map { Self.place(strike, $0) } == "Kyiv")
    }

    @Test func aCapitalsOwnNameAfterTheNounIsLeftToIt() {
        let found = NameRuleTests.actors(MentionFinderTests.find("Planned talks in the Angolan capital, Luanda, were called off.").1)
        #expect(found.contains("Luanda|place"), "\(found)")
        // "the Angolan capital" before its name stays the state's adjective, not a second mention of the city
        let mentions = MentionFinderTests.find("Planned talks in the Angolan capital, Luanda, were called off.").1.mentions
        #expect(mentions.filter { $0.actor.hasPrefix("place:") }.count == 1, "\(mentions)")
        // a capital of a lower-case noun phrase ("the capital markets") is no place
        #expect(!NameRuleTests.actors(MentionFinderTests.find("The Indian capital markets regulator fined the bank.").1).contains { $0.hasSuffix("|place") })
    }

    @Test func aDeedToldAgainAsInWhatWasAnAttackKeepsItsPlace() {
        let r = Shared.analyze("Two gunmen opened fire in the lobby of a hotel in Mogadishu's port district on Friday, wounding four guards, "
            + "in what police said was an attack by al-Shabaab militants.")
        let attack = Shared.events(r, "attack")
        #expect(attack.count == 1)
        #expect(attack.first.map { Self.place(r, $0) } == "Mogadishu")
        // no "in what": the place of another clause is not the attack's
        let said = Shared.analyze("Speaking in Karachi on Friday, the minister said an attack by separatists had been expected.")
        #expect(!Shared.events(said, "attack").contains { Self.place(said, $0) == "Karachi" })
    }

    @Test func anActorlessEventMergedIntoAnotherLendsItNoPlace() {
        // the second attack, told by its place alone, merges with the first (no date or actor tells them apart),
        // but its place is not the first's
        func attack(_ arguments: [(role: String, actor: String)], _ place: String?) -> Event {
            Event(type: "attack", arguments: arguments, place: place, date: nil, modality: .asserted, confidence: 0.8, trigger: "attack", evidence: [])
        }
        var merged = attack([("attacker", "actor:group:x")], nil)
        EventExtractor.absorb(attack([], "place:vienna"), into: &merged)
        #expect(merged.place == nil)
        // an event with actors does lend its place, and an actor-less one lends it to another actor-less one
        var placed = attack([("attacker", "actor:group:x")], nil)
        EventExtractor.absorb(attack([("attacker", "actor:group:x")], "place:kabul"), into: &placed)
        #expect(placed.place == "place:kabul")
        var bare = attack([], nil)
        EventExtractor.absorb(attack([], "place:kabul"), into: &bare)
        #expect(bare.place == "place:kabul")
    }

    /// A town the gazetteer lacks, after "in" or "near" in a sentence of violence, is where the attack happened; the same
    /// name in a sentence of no violence, or before a noun it qualifies, is no place.
    @Test func aTownTheGazetteerLacksIsTheAttacksPlace() {
        let r = Shared.analyze("Gunmen ambushed a police convoy near Tarbakoulé on Monday, killing six officers.")
        #expect(Shared.events(r, "attack").first.map { Self.place(r, $0) } == "Tarbakoulé", "\(Shared.describe(r))")
        let q = Shared.analyze("Gunmen shelled a market in Wad Hilal on Sunday, killing four people.")
        #expect(Shared.events(q, "attack").first.map { Self.place(q, $0) } == "Wad Hilal", "\(Shared.describe(q))")
        let calm = Shared.analyze("The festival opened in Tarbakoulé on Monday with a parade.")
        #expect(!calm.actors.values.contains { $0.name == "Tarbakoulé" }, "\(calm.actors)")
        let noun = Shared.analyze("Soldiers in Blue Helmet uniforms attacked the camp on Monday.")
        #expect(!noun.actors.values.contains { $0.name.hasPrefix("Blue Helmet") && $0.type == "place" }, "\(noun.actors)")
    }

    @Test func talksInASeatOfGovernmentTookPlaceInItsCity() {
        let r = Shared.analyze("The president held talks in the Kremlin on Friday with Venezuelan President Jorge Alvarado on arms supplies.")
        let meeting = Shared.events(r, "meeting")
        #expect(meeting.first.map { Self.place(r, $0) } == "Moscow", "\(Shared.describe(r))")
        let other = Shared.analyze("Foreign Minister Ana Lopez held talks with Vice President Kamala Harris at the White House on Monday.")
        #expect(Shared.events(other, "meeting").first.map { Self.place(other, $0) } == "Washington", "\(Shared.describe(other))")
        // the seat as a speaker places nothing: "the Kremlin said" is no "in the Kremlin"
        let said = Shared.analyze("The Kremlin said President Vladimir Putin would hold talks with Jorge Alvarado next week.")
        #expect(!Shared.events(said, "meeting").contains { Self.place(said, $0) == "Moscow" }, "\(Shared.describe(said))")
    }

    @Test func aTownTheGazetteerLacksIsPlacedByTheStateAfterIt() {
        let r = Shared.analyze("Presidents Vladimir Putin and Barack Obama met on the sidelines of a summit in Puerto Lindo, Mexico, on Monday.")
        #expect(Shared.events(r, "meeting").first.map { Self.place(r, $0) } == "Puerto Lindo", "\(Shared.describe(r))")
        // a month is no town, and a possessive after the state makes it a phrase of its own
        let month = NameRuleTests.actors(MentionFinderTests.find("Talks resumed in March, Russia said.").1)
        #expect(!month.contains { $0.hasSuffix("|place") && $0.hasPrefix("March") }, "\(month)")
        let possessive = NameRuleTests.actors(MentionFinderTests.find("The forum in Santa Lucia, Mexico's biggest fair, opened.").1)
        #expect(!possessive.contains("Santa Lucia|place"), "\(possessive)")
    }
}
