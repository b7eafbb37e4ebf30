import Testing

@testable import KGBuildCore

/// One set of sentences of our own per fix the fourteenth held-out audit (wire stories of mixed length from 2015-2024)
/// called for. (`Shared.analyze` dates its article Tuesday 24 June 2014.)
@Suite struct HeldOutFourteenFixTests {
    /// "ended in Addis Ababa on Friday without an agreement", "broke up without reaching agreement": talks that close
    /// with nothing agreed stall, whatever stands between the verb and "without".
    @Test func talksEndedWithoutAnAgreementStall() {
        let r = Shared.analyze("The third round of talks between Sudan and South Sudan ended in Addis Ababa on Friday without an agreement, the mediator said.")
        #expect(Shared.has(r, "talks_stalled", "party", "Sudan"), "\(Shared.describe(r))")
        let again = Shared.analyze("Negotiations between Georgia and Abkhazia broke up in Geneva without reaching agreement.")
        #expect(Shared.has(again, "talks_stalled", "party", "Georgia"), "\(Shared.describe(again))")
        #expect(!Shared.types("The two clubs ended the window without an agreement on the transfer fee for the striker.").contains("talks_stalled"))
    }

    /// "have been put on hold since the clashes": talks suspended; a building site put on hold is no talks.
    @Test func talksPutOnHoldStall() {
        let r = Shared.analyze("Negotiations between Serbia and Kosovo have been put on hold since the clashes in the north.")
        #expect(Shared.has(r, "talks_stalled", "party", "Serbia"), "\(Shared.describe(r))")
        #expect(!Shared.types("Work on the new stadium in Belgrade was put on hold because of the floods.").contains("talks_stalled"))
    }

    /// "X's ministry said in a statement on Thursday that the intelligence services had thwarted a plot", "the army
    /// said … that troops had foiled an attack": the reporting body's own men foil it, the saying a few words back.
    @Test func intelligenceServicesAndTroopsAreTheReportingBodys() {
        let r = Shared.analyze("Tajikistan's interior ministry said in a statement on Thursday that the intelligence services had thwarted a plot to bomb a market in Dushanbe.")
        #expect(Shared.has(r, "attack_thwarted", "agent", "Tajik Interior Ministry"), "\(Shared.describe(r))")
        let troops = Shared.analyze("Nigeria's defence ministry said on Sunday that troops had foiled a plan by Boko Haram to set off bombs at a market in Maiduguri.")
        #expect(Shared.has(troops, "attack_thwarted", "agent", "Nigerian Defence Ministry"), "\(Shared.describe(troops))")
    }

    /// "six Russian MiG-29 fighters": after a model designation "fighters" are jets, and their nationality is the
    /// supplier; "Kurdish fighters" are still men.
    @Test func fightersAfterAModelAreJets() {
        let r = Shared.analyze("Serbia received six Russian MiG-29 fighters on Tuesday.")
        #expect(Shared.has(r, "arms_transfer", "supplier", "Russia"), "\(Shared.describe(r))")
        let longer = Shared.analyze("Egypt took delivery of two more Russian Su-35 multi-role fighters last month.")
        #expect(Shared.has(longer, "arms_transfer", "supplier", "Russia"), "\(Shared.describe(longer))")
        let men = Shared.analyze("Washington delivered rifles to Syrian Kurdish fighters near Kobani.")
        #expect(!Shared.has(men, "arms_transfer", "supplier", "Syria"), "\(Shared.describe(men))")
    }

    /// "Police Commissioner RK Verma said", "Deputy Commissioner of Police RK Verma said": undotted initials after a title open the person's name; a known
    /// acronym before a name stays its own actor.
    @Test func undottedInitialsOpenAName() {
        let r = Shared.analyze("Police Commissioner RK Verma said the two suspects had been questioned for hours.")
        #expect(r.claims.contains { Shared.name(r, $0.speaker) == "RK Verma" }, "\(r.claims.map { (Shared.name(r, $0.speaker), $0.text) })")
        // (after a portfolio too: "Deputy Commissioner of Police RK Verma")
        let portfolio = Shared.analyze("The two suspects had been questioned for hours, Deputy Commissioner of Police RK Verma said.")
        #expect(portfolio.claims.contains { Shared.name(portfolio, $0.speaker) == "RK Verma" }, "\(portfolio.claims.map { (Shared.name(portfolio, $0.speaker), $0.text) })")
        let known = Shared.analyze("Foreign Minister S Jaishankar said the talks had been useful.")
        #expect(known.claims.contains { Shared.names(known, $0.speaker).contains("Subrahmanyam Jaishankar") }, "\(known.claims.map { (Shared.name(known, $0.speaker), $0.text) })")
    }

    /// The stage: "an opera premiere … after talks with the theatre's sponsors stalled" tells of no negotiations
    /// between parties.
    @Test func theStageHoldsNoStalledTalks() {
        #expect(!Shared.types("The ballet premiere was postponed after negotiations with the theatre's sponsors stalled.").contains("talks_stalled"))
        #expect(!Shared.types("The orchestra's new production of \"War and Peace\" opened after months of delays.").contains("talks_stalled"))
        #expect(Shared.types("Negotiations between Armenia and Azerbaijan stalled in the autumn.").contains("talks_stalled"))
    }

    /// "in March last year", "in January this year", "in February next year": the year word after the month fixes
    /// its year (article of June 2014).
    @Test func aYearWordAfterTheMonthFixesItsYear() {
        let last = Shared.analyze("Talks between Egypt and Ethiopia collapsed in March last year.")
        #expect(Shared.events(last, "talks_stalled").contains { $0.date?.normalized == "2013-03" }, "\(Shared.describe(last))")
        let this = Shared.analyze("Talks between Egypt and Ethiopia collapsed in January this year.")
        #expect(Shared.events(this, "talks_stalled").contains { $0.date?.normalized == "2014-01" }, "\(Shared.describe(this))")
        let next = Shared.analyze("Russia will deliver the jets to Egypt in February next year.")
        #expect(Shared.events(next, "arms_transfer").contains { $0.date?.normalized == "2015-02" }, "\(Shared.describe(next))")
    }
}
