import Testing

@testable import KGBuildCore

// Who holds failed talks when the sentence names them otherwise than "talks between A and B": by a hyphenated pair
// of states, by "the military" of the story's state, by a side and a dialogue told before; who backs or stops talks
// held by others; where talks in a state are held. Every sentence here is invented.

@Suite struct TalksPartiesTests {
    static func talks(_ body: String, title: String = "Test story") -> (ArticleResult, [Event]) {
        let r = Shared.analyze(body, title: title)
        return (r, Shared.events(r, "talks_stalled"))
    }

    static func holds(_ r: ArticleResult, _ events: [Event], _ role: String, _ name: String) -> Bool {
        events.contains { Shared.has(r, $0, role, name) }
    }

    @Test func statesNamedBeforeTheTalksHoldThemInAnyVoice() {
        let (r, t) = Self.talks("Four rounds of Thai-Cambodian talks were cut short by the border clashes.")
        #expect(Self.holds(r, t, "party", "Thailand") && Self.holds(r, t, "party", "Cambodia"), "\(Shared.describe(r))")
        let (u, ut) = Self.talks("Three rounds of U.S.-Venezuelan talks hosted by Qatar were called off after the election.")
        #expect(Self.holds(u, ut, "party", "United States") && Self.holds(u, ut, "party", "Venezuela"), "\(Shared.describe(u))")
        // a venue before the noun is where they were held, and who brokered them mediates
        let (v, vt) = Self.talks("The Minsk talks were postponed on Monday.")
        #expect(!Self.holds(v, vt, "party", "Belarus"), "\(Shared.describe(v))")
        let (b, bt) = Self.talks("Turkish-brokered talks were suspended on Monday.")
        #expect(Self.holds(b, bt, "mediator", "Turkey") && !Self.holds(b, bt, "party", "Turkey"), "\(Shared.describe(b))")
    }

    @Test func whoBacksTheTalksMediatesThem() {
        let (r, t) = Self.talks("AU-backed peace talks between Ethiopia and the Tigray People's Liberation Front stalled in Pretoria on Friday.")
        #expect(Self.holds(r, t, "mediator", "African Union") && !Self.holds(r, t, "party", "African Union"), "\(Shared.describe(r))")
        // a group backed by a state is no mediator
        let (g, gt) = Self.talks("Iran-backed Houthi fighters walked out of the peace talks in Stockholm on Friday.")
        #expect(!gt.isEmpty && !Self.holds(g, gt, "mediator", "Iran"), "\(Shared.describe(g))")
    }

    @Test func whoStopsTalksBetweenOthersMediatesThem() {
        let (r, t) = Self.talks("Kenya and Ethiopia suspended talks in Nairobi between the Sudanese army and the Rapid Support Forces on Friday.")
        #expect(Self.holds(r, t, "mediator", "Kenya") && Self.holds(r, t, "mediator", "Ethiopia"), "\(Shared.describe(r))")
        #expect(!Self.holds(r, t, "party", "Kenya") && !Self.holds(r, t, "party", "Ethiopia"), "\(Shared.describe(r))")
        // talks "with" X are the subject's own
        let (o, ot) = Self.talks("Peru suspended talks with Shining Path negotiators on Friday.")
        #expect(Self.holds(o, ot, "party", "Peru") && !Self.holds(o, ot, "mediator", "Peru"), "\(Shared.describe(o))")
    }

    @Test func aBodyOfStatesAtFailedTalksMediatesThem() {
        let (r, t) = Self.talks("The African Union has postponed peace talks on Somalia that were due to open in Addis Ababa on Monday.")
        #expect(Self.holds(r, t, "mediator", "African Union") && !Self.holds(r, t, "party", "African Union"), "\(Shared.describe(r))")
        // facing one side alone it is that side's counterpart
        let (o, ot) = Self.talks("Talks between the OSCE and Belarus on the observers broke down in Minsk on Monday.")
        #expect(Self.holds(o, ot, "party", "OSCE") && Self.holds(o, ot, "party", "Belarus"), "\(Shared.describe(o))")
    }

    @Test func theStorysOwnMilitaryIsAPartyOfTalksBetweenIt() {
        let (r, t) = Self.talks("Clashes spread across Myanmar's Shan state on Monday. Negotiations between the military and the Arakan Army "
            + "have made no progress since March, Myanmar officials said.")
        #expect(Self.holds(r, t, "party", "Myanmar") && Self.holds(r, t, "party", "Arakan Army"), "\(Shared.describe(r))")
    }

    @Test func talksInAStateAreHeldThere() {
        let (r, t) = Self.talks("The seizure of the port dealt a setback to peace talks in Oman aimed at ending the war.")
        #expect(t.first.flatMap { $0.place }.map { Shared.name(r, $0) } == "Oman", "\(Shared.describe(r))")
        // a state after talks "on" is their matter
        let (m, mt) = Self.talks("Peace talks on Libya were postponed on Monday.")
        #expect(mt.first?.place == nil, "\(Shared.describe(m))")
    }

    @Test func aSideThatStopsTheDialogueToldBeforeStopsItWithTheOtherSide() {
        let (r, t) = Self.talks("Armenia and Azerbaijan held talks on the border commission in Tbilisi on Monday. Azerbaijani shells hit two "
            + "villages on Tuesday. The Armenian side later said it had suspended further rounds of the dialogue.")
        #expect(Self.holds(r, t, "party", "Armenia") && Self.holds(r, t, "party", "Azerbaijan"), "\(Shared.describe(r))")
        // beside a side named as a state, the other side's envoy stands for his state
        let (e, et) = Self.talks("Pakistani Foreign Minister Ishaq Dar held talks with Afghanistan's Taliban administration in Kabul on "
            + "Monday. Pakistani jets struck targets in Khost on Tuesday. The Afghan side later said it had suspended further rounds of the dialogue.")
        #expect(Self.holds(e, et, "party", "Pakistan") && !Self.holds(e, et, "party", "Ishaq Dar"), "\(Shared.describe(e))")
        // a side of no talks told before takes no other
        let (o, ot) = Self.talks("Azerbaijani shells hit two villages on Tuesday. The Armenian side later said it had suspended further rounds "
            + "of the dialogue.")
        #expect(Self.holds(o, ot, "party", "Armenia") && !Self.holds(o, ot, "party", "Azerbaijan"), "\(Shared.describe(o))")
    }

    @Test func talksWithAnotherPartnerAreOtherTalks() {
        let (r, t) = Self.talks("Talks between Iran and Britain, France and Germany ended without progress on Friday, diplomats said. Five "
            + "rounds of Iranian-U.S. talks mediated by Oman had been cut short by the war in June.")
        #expect(t.count == 2, "\(Shared.describe(r))")
        #expect(!t.contains { Shared.has(r, $0, "party", "France") && Shared.has(r, $0, "party", "United States") }, "\(Shared.describe(r))")
        // a headline's state for the group the body names is the same talks
        let (h, ht) = Self.talks("Talks between Pakistan and the Taliban government in Istanbul ended without agreement on Sunday.",
                                 title: "Pakistan-Afghanistan talks in Istanbul end without agreement")
        #expect(ht.count == 1, "\(Shared.describe(h))")
    }
}
