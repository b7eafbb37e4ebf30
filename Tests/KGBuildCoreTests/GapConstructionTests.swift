import Testing

@testable import KGBuildCore

/// Constructions that gave no claim, no subject, reversed roles or a wrong date, each on sentences of our own.
@Suite struct GapConstructionTests {
    static func speakers(_ r: ArticleResult) -> [String] { r.claims.map(\.speaker) }

    /// "A Kremlin spokesperson said …": the institution a metonym names speaks, as when it says something itself.
    @Test func spokespersonOfAnInstitutionNamedByAMetonym() {
        for (institution, spokes) in [("The Kremlin", "A Kremlin spokesperson"), ("The Pentagon", "A Pentagon spokesman"),
                                      ("The Pentagon", "Pentagon spokeswoman"), ("The White House", "A White House spokeswoman"),
                                      ("Downing Street", "A Downing Street spokesman"), ("The Kremlin", "The Kremlin spokesman")] {
            let own = Shared.analyze("\(institution) said the ferry service to the island would resume next spring.")
            let said = Shared.analyze("\(spokes) said the ferry service to the island would resume next spring.")
            let told = Shared.analyze("\(spokes) told reporters the ferry service to the island would resume next spring.")
            #expect(Self.speakers(own).count == 1)
            #expect(Self.speakers(said) == Self.speakers(own), "\(spokes) said")
            #expect(Self.speakers(told) == Self.speakers(own), "\(spokes) told")
            // (the reporters told are no part of what was said)
            #expect(told.claims.first?.text.hasPrefix("reporters") == false)
        }
        // a spokesperson named after the title is the speaker
        let named = Shared.analyze("Kremlin spokesman Dmitry Peskov said the ferry service to the island would resume next spring.")
        #expect(named.claims.map { Shared.name(named, $0.speaker) } == ["Dmitry Peskov"])
    }

    /// "Kremlin spokesman Jane Roe": the institution before a title is named whether or not a name follows
    /// the title, and the person still speaks and acts.
    @Test func institutionBeforeATitleWithAName() {
        let (_, r) = MentionFinderTests.find("Pentagon spokeswoman Jane Roe said the drills would go ahead, and White House "
            + "aide Tom Vickery agreed.")
        let found = NameRuleTests.actors(r)
        for name in ["Pentagon|government", "White House|government", "Jane Roe|person", "Tom Vickery|person"] {
            #expect(found.contains(name), "\(name)")
        }
        // the speaker is the spokesperson, and the accuser too: the institution takes no role
        let a = Shared.analyze("Kremlin spokesman Jon Ferris accused Ukraine of shelling the power plant on Monday.")
        #expect(a.events.contains { $0.type == "accusation" } )
        for e in a.events where e.type == "accusation" {
            #expect(!e.arguments.contains { Shared.name(a, $0.actor) == "Kremlin" })
            #expect(Shared.has(a, e, "accuser", "Jon Ferris"))
        }
        let b = Shared.analyze("Kremlin spokesman Jon Ferris said the ferry service to the island would resume next spring.")
        #expect(b.claims.map { Shared.name(b, $0.speaker) } == ["Jon Ferris"])
        // a country's title is no institution: "Russian Foreign Minister" names only the country and the person
        let (_, c) = MentionFinderTests.find("Russian Foreign Minister Jon Ferris arrived in Cairo on Monday.")
        #expect(NameRuleTests.actors(c).filter { $0.hasSuffix("|government") }.isEmpty)
    }

    /// "China firmly opposes …": adverbs between a subject and its trigger do not hide the subject.
    @Test func adverbsBetweenSubjectAndTrigger() {
        let a = Shared.analyze("Japan firmly opposes the planned missile tests in the region.")
        #expect(Shared.events(a, "criticism").contains { Shared.has(a, $0, "critic", "Japan") })
        let b = Shared.analyze("Japan also strongly opposes the new tariffs imposed by Canada.")
        #expect(Shared.events(b, "criticism").contains { Shared.has(b, $0, "critic", "Japan") && Shared.has(b, $0, "target", "Canada") })
        // a verb of opposing coordinated with the trigger does not negate it
        let c = Shared.analyze("Japan firmly opposes and strongly condemns the sanctions imposed by Canada, a spokesman said.")
        #expect(Shared.events(c, "criticism").contains { Shared.has(c, $0, "critic", "Japan") && Shared.has(c, $0, "target", "Canada") })
        // an adverb before a plain verb of saying hides no speaker; the spokesperson of a stance reported after it speaks
        let e = Shared.analyze("Peru cautiously said the border crossing would reopen next month.")
        #expect(e.claims.map { Shared.name(e, $0.speaker) } == ["Peru"])
        let f = Shared.analyze("Japan firmly opposes and strongly condemns the sanctions imposed by Canada, Foreign Ministry spokesperson Jane Roe said on Monday.")
        #expect(f.claims.map { Shared.name(f, $0.speaker) } == ["Jane Roe"])
        // one that governs it through "to" still does
        let d = Shared.analyze("Peru refused to investigate and condemn the strikes carried out by Chile.")
        #expect(Shared.events(d, "criticism").isEmpty)
    }

    /// The nationality of the weapons names their supplier; a headline that confused the roles yields to the body.
    @Test func nationalityOfWeaponsAndHeadlineRoles() {
        let a = Shared.analyze("Peru bought Brazilian armored vehicles last year.")
        #expect(Shared.events(a, "arms_transfer").contains { Shared.has(a, $0, "recipient", "Peru") && Shared.has(a, $0, "supplier", "Brazil") })
        let b = Shared.analyze("Peru signed a deal for Brazilian armored vehicles on Monday.")
        #expect(Shared.events(b, "arms_transfer").contains { Shared.has(b, $0, "recipient", "Peru") && Shared.has(b, $0, "supplier", "Brazil") })
        // (men named by their nationality are no weapons: "arms for Kurdish fighters")
        let c = Shared.analyze("Russia sent arms to Kurdish fighters in March.")
        #expect(!Shared.events(c, "arms_transfer").contains { $0.arguments.contains { $0.role == "supplier" && $0.actor != "actor:RUS" } })
        // (nor is a weapon that qualifies an event: "Russian missile strikes")
        let e = Shared.analyze("Canada will ship new rifles to Poland as Russian missile strikes go on.")
        #expect(!Shared.events(e, "arms_transfer").contains { Shared.has(e, $0, "supplier", "Russia") })
        let d = Shared.analyze("Peru has agreed to buy 30 armored vehicles, officials said on Monday.",
                               title: "Peru agrees deal for Brazilian armored vehicles")
        let transfers = Shared.events(d, "arms_transfer")
        #expect(transfers.count == 1)
        #expect(transfers.contains { Shared.has(d, $0, "recipient", "Peru") && Shared.has(d, $0, "supplier", "Brazil") })
        #expect(!transfers.contains { Shared.has(d, $0, "supplier", "Peru") })
    }

    /// "delivered … under a contract signed in 2011": the contract's date is not the delivery's.
    @Test func dateOfASubordinateContractDoesNotDateTheDelivery() {
        let r = Shared.analyze("France has delivered a batch of helicopters to Peru under a contract signed in 2011, the manufacturer said on Tuesday.")
        let e = Shared.events(r, "arms_transfer")
        #expect(e.count == 1)
        #expect(e.first?.date?.normalized == "2014-06-24")
        // a date of the delivery itself still dates it
        let s = Shared.analyze("France delivered a batch of helicopters to Peru in May under a contract signed in 2011.")
        #expect(Shared.events(s, "arms_transfer").first?.date?.normalized == "2014-05")
    }

    /// "X called the allegations groundless", "X rejected the claims as …": X's verdict is X's claim.
    @Test func verdictOnACharge() {
        for sentence in ["Peru called the allegations groundless and politically motivated.",
                         "Peru called the accusation absurd.",
                         "Peru rejected the claims as a fabrication.",
                         "Peru dismissed the reports as baseless.",
                         "Peru branded the accusations \u{201C}a provocation\u{201D}."] {
            let r = Shared.analyze(sentence)
            #expect(r.claims.map { Shared.name(r, $0.speaker) } == ["Peru"], "\(sentence)")
            // who rejects a charge did not make it
            #expect(!Shared.events(r, "accusation").contains { Shared.has(r, $0, "accuser", "Peru") }, "\(sentence)")
        }
        // a mission named by where it is: "the Chinese embassy in Lima"
        let e = Shared.analyze("The Chinese embassy in Lima called the allegation \u{201C}groundless\u{201D} and urged Peru to stop the smear campaign.")
        #expect(e.claims.map { Shared.name(e, $0.speaker) } == ["Chinese embassy"])
        #expect(e.claims.first?.text.contains("groundless") == true)
        // no verdict, no claim: "rejected the proposal", "called the meeting"
        #expect(Shared.analyze("Peru rejected the proposal on Monday.").claims.isEmpty)
        #expect(Shared.analyze("Peru called the emergency meeting for Friday.").claims.isEmpty)
    }

    /// "A, X told a briefing, adding that B": one claim holding both.
    @Test func addingThatJoinsTheClaim() {
        let r = Shared.analyze("The harbor is closed to all traffic, Sergei Lavrov told a briefing, adding that the port would reopen on Monday.")
        #expect(r.claims.count == 1)
        #expect(r.claims.first.map { $0.text.contains("closed to all traffic") && $0.text.contains("port would reopen") } == true)
        let q = Shared.analyze("\u{201C}The fleet will sail next week and nobody can stop it,\u{201D} Sergei Lavrov said, adding that two frigates would join the convoy later.")
        #expect(q.claims.count == 1)
        #expect(q.claims.first.map { $0.text.contains("nobody can stop it") && $0.text.contains("two frigates would join") } == true)
    }
}
