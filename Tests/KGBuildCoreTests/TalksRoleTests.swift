import Testing

@testable import KGBuildCore

// Who sat at failed talks and who mediated them: capitals in a between-phrase, mediation nouns and verbs, and a verb
// whose subject is elided after ", but". Every sentence here is invented.

@Suite struct TalksRoleTests {
    static func talks(_ body: String, title: String = "Test story") -> (ArticleResult, Event?) {
        let r = Shared.analyze(body, title: title)
        return (r, Shared.events(r, "talks_stalled").first)
    }

    @Test func capitalsBetweenWhichTalksStalledAreTheirStates() {
        let (r, t) = Self.talks("The dialogue between Belgrade and Pristina has been stalled for months.")
        #expect(t.map { Shared.has(r, $0, "party", "Serbia") && Shared.has(r, $0, "party", "Kosovo") } ?? false, "\(r.events)")
        // a capital standing for its state is not where the talks were held
        #expect(t?.place == nil, "\(r.events)")
        let (r2, t2) = Self.talks("Talks between Moscow and Kyiv have been stalled since the spring.")
        #expect(t2.map { Shared.has(r2, $0, "party", "Russia") && Shared.has(r2, $0, "party", "Ukraine") } ?? false, "\(r2.events)")
    }

    @Test func whoseMediationStalledMediates() {
        let (r, t) = Self.talks("Qatari mediation made no progress on Monday.")
        #expect(t.map { Shared.has(r, $0, "mediator", "Qatar") && !Shared.has(r, $0, "party", "Qatar") } ?? false, "\(r.events)")
        let (h, ht) = Self.talks("The two neighbours traded fire along the border again.", title: "Chad accuses Sudan of arming rebels; AU mediation stalls")
        #expect(ht.map { Shared.has(h, $0, "mediator", "African Union") } ?? false, "\(h.events)")
        let (b, bt) = Self.talks("Efforts by the African Union to broker a truce between the two armies have made little headway.")
        #expect(bt.map { Shared.has(b, $0, "mediator", "African Union") && !Shared.has(b, $0, "party", "African Union") } ?? false, "\(b.events)")
    }

    @Test func aVerbAfterButSharesTheSentencesOpeningSubject() {
        let (r, t) = Self.talks("The presidents of Peru and Ecuador met in Lima on Monday at the invitation of Brazilian President "
            + "Lula da Silva, but failed to agree on the border.")
        #expect(t.map { Shared.has(r, $0, "party", "Peru") && Shared.has(r, $0, "party", "Ecuador") } ?? false, "\(r.events)")
        #expect(!(t.map { Shared.has(r, $0, "party", "Luiz Inacio Lula da Silva") } ?? true), "\(r.events)")
        // a verb with its own subject after ", but" keeps it
        let (o, ot) = Self.talks("Peru and Ecuador held a first round in Lima on Monday, but Bolivia later pulled out of the talks.")
        #expect(ot.map { Shared.has(o, $0, "party", "Bolivia") } ?? false, "\(o.events)")
    }

    @Test func aSecondNameAfterItsOwnTitleJoinsTheCall() {
        let r = Shared.analyze("The Japanese foreign minister said he had spoken by phone with Indian Foreign Minister Sushma Swaraj and "
            + "Pakistani Foreign Minister Shah Mahmood Qureshi on Tuesday.")
        let call = Shared.events(r, "meeting").first
        #expect(call.map { Shared.has(r, $0, "participant", "Sushma Swaraj") && Shared.has(r, $0, "participant", "Shah Mehmood Qureshi") } ?? false, "\(r.events)")
        let c = Shared.analyze("Lavrov spoke by phone with Armenian Foreign Minister Zohrab Mnatsakanyan and his Azerbaijani counterpart Jeyhun "
            + "Bayramov on Sunday.")
        #expect(Shared.events(c, "meeting").first.map { Shared.has(c, $0, "participant", "Jeyhun Bayramov") } ?? false, "\(c.events)")
        // a name after "and" with no title is no coordinated slot when a clause of its own follows
        let o = Shared.analyze("Lavrov spoke by phone with Armenian Foreign Minister Zohrab Mnatsakanyan on Sunday, and Russian troops "
            + "stayed in their barracks.")
        #expect(!(Shared.events(o, "meeting").first.map { Shared.has(o, $0, "participant", "Russia") } ?? true), "\(o.events)")
    }

    @Test func aMeetingAfterAtAIsHeldByTheOpeningNamesNotTheTopic() {
        let r = Shared.analyze("Presidents Vladimir Putin and Emmanuel Macron discussed Libya at a meeting near Paris on Monday.")
        let m = Shared.events(r, "meeting").first
        #expect(m.map { Shared.has(r, $0, "participant", "Vladimir Putin") && Shared.has(r, $0, "participant", "Emmanuel Macron") } ?? false, "\(r.events)")
        #expect(!(m.map { Shared.has(r, $0, "participant", "Libya") } ?? true), "\(r.events)")
    }
}
