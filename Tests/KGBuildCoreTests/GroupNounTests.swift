import Testing

@testable import KGBuildCore

// Group nouns that stand for a side named earlier ("the opposition", "rebels", "government forces",
// "the group"). Every sentence here is invented.

@Suite struct GroupNounTests {
    static func find(_ text: String) -> (Document, MentionFinder.Result) { MentionFinderTests.find(text) }

    /// The name of the actor each surface in `surfaces` stands for (nil: no mention there).
    static func referent(_ doc: Document, _ r: MentionFinder.Result, _ surface: String, occurrence: Int = 0) -> String? {
        let ms = r.mentions.filter { doc.text($0.start, $0.end) == surface }
        guard occurrence < ms.count else { return nil }
        return r.actors[ms[occurrence].actor]?.name
    }

    @Test func theOppositionIsTheOppositionNamedBefore() {
        let (doc, r) = Self.find("The Venezuelan opposition called a general strike for Friday. "
            + "Later the opposition said the stoppage would go ahead despite the arrests.")
        #expect(Self.referent(doc, r, "opposition") == "Venezuelan opposition", "\(r.mentions)")
    }

    @Test func rebelsWithoutAntecedentAreTheOppositionOfTheCountryInFocus() {
        let (doc, r) = Self.find("Fighting flared again in Mali on Sunday. Mali said its army repelled an assault near the river. "
            + "Rebels said they had downed a helicopter.")
        #expect(Self.referent(doc, r, "Rebels") == "Malian rebels", "\(r.mentions)")
        // no country in focus: nobody
        let (doc2, r2) = Self.find("Rebels said they had downed a helicopter near the river.")
        #expect(Self.referent(doc2, r2, "Rebels") == nil, "\(r2.mentions)")
    }

    @Test func oppositionAsAModifierOrAnIdiomIsNoReference() {
        let (doc, r) = Self.find("The Venezuelan opposition marched on Tuesday. Two deputies spoke in opposition to the budget, "
            + "and opposition-held districts stayed closed.")
        #expect(r.mentions.filter { doc.text($0.start, $0.end).lowercased().hasPrefix("opposition") }.isEmpty, "\(r.mentions)")
    }

    @Test func governmentForcesAreTheStateTheRebelsFight() {
        let (doc, r) = Self.find("Colombian rebels ambushed a patrol on Monday. The rebels said government troops had fired first, "
            + "while pro-government forces stayed in their barracks.")
        #expect(Self.referent(doc, r, "government troops") == "Colombia", "\(r.mentions)")
        #expect(Self.referent(doc, r, "rebels") == "Colombian rebels", "\(r.mentions)")
        #expect(!r.mentions.contains { doc.text($0.start, $0.end).hasSuffix("government forces") }, "\(r.mentions)")
    }

    @Test func theGroupIsTheOnlyArmedGroupNamed() {
        let (doc, r) = Self.find("Boko Haram fighters raided a market town on Tuesday. The group said it had taken 20 hostages.")
        #expect(Self.referent(doc, r, "group") == "Boko Haram", "\(r.mentions)")
        // two armed groups named: which one is unclear
        let (doc2, r2) = Self.find("Boko Haram and al-Shabaab both lost commanders this year. The group said it would retaliate.")
        #expect(Self.referent(doc2, r2, "group") == nil, "\(r2.mentions)")
        // an organization named last: "the group" is more likely that one
        let (doc3, r3) = Self.find("Boko Haram burned a school, Amnesty International said on Monday. The group said 40 pupils were missing.")
        #expect(Self.referent(doc3, r3, "group") == nil, "\(r3.mentions)")
    }

    @Test func theGroupSpeaks() {
        let (_, cs) = ClaimShapeTests.claims("Boko Haram fighters raided a market town on Tuesday. The group said it had taken 20 hostages.")
        #expect(ClaimShapeTests.has(cs, "Boko Haram", "it had taken 20 hostages"), "\(cs)")
    }

    @Test func theRebelsSpeakAsTheGroupTheyStandFor() {
        let (_, cs) = ClaimShapeTests.claims("Fighting flared again in Mali on Sunday. Mali said its army repelled an assault near the river. "
            + "The rebels say they shot down a helicopter over the desert.")
        #expect(ClaimShapeTests.has(cs, "Malian rebels", "they shot down a helicopter"), "\(cs)")
    }

    @Test func aReciprocalChargeOrADemandIsNoClaim() {
        let (_, cs) = ClaimShapeTests.claims("Colombian rebels ambushed a patrol. Both the army and the rebels accused each other of breaking the ceasefire.")
        #expect(!cs.contains { $0.text.contains("breaking the ceasefire") }, "\(cs)")
        let (_, b) = ClaimShapeTests.claims("The Venezuelan opposition, backed by several neighbours, insists on holding early elections next spring.")
        #expect(!b.contains { $0.text.contains("early elections") }, "\(b)")
    }

    @Test func theSideAnActSupportsIsNoArgument() {
        let evs = EventConstructionTests.events("Russian jets carried out air strikes in support of Colombian troops near the river on Monday.", "attack")
        #expect(!evs.contains { EventConstructionTests.has($0.args, "target", "Colombia") }, "\(evs.map(\.args))")
    }
}
