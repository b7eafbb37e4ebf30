import Testing

@testable import KGBuildCore

/// Speakers wire copy names away from the verb: in apposition, in the next sentence, as the subject of "with …
/// saying" or of an earlier clause. Sentences written for the purpose; each fails without its rule.
@Suite struct SpeakerElsewhereTests {
    static func claims(_ body: String) -> [(speaker: String, text: String)] { ClaimShapeTests.claims(body).1 }
    static func has(_ cs: [(speaker: String, text: String)], _ speaker: String, _ words: String) -> Bool { ClaimShapeTests.has(cs, speaker, words) }
    /// Each text's claims hold one by its speaker with its words.
    static func expectSpeakers(_ cases: [(text: String, speaker: String, words: String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for c in cases {
            let cs = claims(c.text)
            #expect(has(cs, c.speaker, c.words), "\(cs)", sourceLocation: sourceLocation)
        }
    }

    @Test func anOrganizationsNameInApposition() {
        Self.expectSpeakers([
            ("The U.N. children's agency, UNICEF, said at least 40 schools had been damaged in the shelling.", "UNICEF", "at least 40 schools had been damaged"),
            ("The European security body, OSCE, said its observers had recorded more than 300 ceasefire violations.", "OSCE", "its observers had recorded"),
            ("The peacekeeping force, UNIFIL, said two of its positions were hit by tank fire on Sunday.", "UNIFIL", "two of its positions were hit"),
        ])
    }

    /// A branch named by its head before a body the gazetteer knows ("The Ground Force of the Islamic Revolution Guards
    /// Corps") is that body: no body of its own, so "the statement said" later is the body's.
    @Test func aBranchOfAKnownBodyIsThatBody() {
        let body = "The Ground Force of the Islamic Revolution Guards Corps struck bases in northern Iraq on Wednesday, the IRGC said. "
            + "The operation will continue until the threat is removed, the statement said."
        let r = Shared.analyze(body)
        #expect(!r.actors.values.contains { $0.name == "Ground Force" }, "\(r.actors.values.map(\.name))")
        Self.expectSpeakers([(body, "Islamic Revolutionary Guard Corps", "The operation will continue")])
    }

    @Test func theMissionIsTheOrganizationNamedBefore() {
        Self.expectSpeakers([
            ("UNIFIL patrols resumed along the Blue Line on Monday. One peacekeeper was wounded by a stray shell, the mission said.", "UNIFIL", "One peacekeeper was wounded"),
            ("The OSCE sent 20 more monitors to the region. Several observation posts came under fire overnight, the mission said.", "OSCE", "Several observation posts came under fire"),
            ("UNICEF and UNIFIL opened a clinic in Tyre. The clinic will treat 200 children a week, the mission said in a statement.", "UNIFIL", "The clinic will treat 200 children"),
        ])
    }

    @Test func aSecurityOrIntelligenceServiceNamedBeforeItsDescription() {
        Self.expectSpeakers([
            ("Russia's FSB security service said it had detained a man who planned an attack on a railway depot in Moscow.", "Federal Security Service", "it had detained a man"),
            ("Turkey's MIT intelligence agency said on Friday it had captured a militant commander in northern Syria.", "National Intelligence Organization", "it had captured a militant commander"),
            ("Pakistan's ISI intelligence agency said it had arrested a suspect in Lahore.", "Inter-Services Intelligence", "it had arrested a suspect"),
        ])
    }

    @Test func aPronounOpeningTheSentenceSpeaksAfterAndOrBut() {
        Self.expectSpeakers([
            ("Defence Minister Tomas Horak spoke in Prague on Monday. He declined to name the buyer but noted that the deal covered 12 howitzers.", "Tomas Horak", "the deal covered 12 howitzers"),
            ("Foreign Minister Ana Ruiz met her counterpart in Lima. She gave no date for the talks but said that both sides wanted a deal soon.", "Ana Ruiz", "both sides wanted a deal soon"),
            ("Army spokesman Col. Peter Obi briefed reporters. He did not say how many soldiers died and added that the operation would continue.", "Peter Obi", "the operation would continue"),
        ])
    }

    @Test func anUnnamedSpokesmanNamedInTheNextSentence() {
        Self.expectSpeakers([
            ("Police arrested three men suspected of planning an attack on a stadium, a police spokesman said on Sunday. The men were detained in the capital, police spokesman Ivan Petrenko told reporters.", "Ivan Petrenko", "Police arrested three men"),
            ("Two soldiers were killed in an ambush near the border, an army spokeswoman said. The patrol was hit by a roadside bomb, army spokeswoman Maria Lopes said.", "Maria Lopes", "Two soldiers were killed"),
            ("The ministry will buy 40 drones this year, a defence ministry spokesperson said. Deliveries begin in March, ministry spokesperson Tomas Kral added.", "Tomas Kral", "The ministry will buy 40 drones"),
        ])
    }

    @Test func aRoleNounNamedAfterIt() {
        Self.expectSpeakers([
            ("Talks on the gas dispute ended without a deal, the bloc's envoy said on Tuesday. The talks were chaired by special envoy Lena Berg.", "Lena Berg", "Talks on the gas dispute ended"),
            ("Both sides agreed to a prisoner exchange, the U.N. envoy told reporters. Later, envoy Carlos Mendez met the two delegations in Geneva.", "Carlos Mendez", "Both sides agreed to a prisoner exchange"),
            ("The ceasefire will start at midnight, the mediator said. Chief mediator Omar Haddad later met both delegations.", "Omar Haddad", "The ceasefire will start at midnight"),
        ])
    }

    @Test func theSubjectOfWithSaying() {
        Self.expectSpeakers([
            ("Talks between the two countries ended on Friday, with Turkey saying it would not withdraw its ships.", "Turkey", "it would not withdraw its ships"),
            ("Oil prices rose on Monday, with OPEC saying output would stay flat until June.", "OPEC", "output would stay flat"),
            ("The border stayed closed for a third day, with Poland saying the crossing would reopen only after an inspection.", "Poland", "would reopen only after an inspection"),
        ])
    }

    /// "“…,” the minister said. The words were those of X", "“…” That was how X put it": a quote nobody named before
    /// owns, whose owner a phrase pointing back at it names right after.
    @Test func theQuotesOwnerNamedAfterIt() {
        Self.expectSpeakers([
            ("“We will not accept any new tariffs on our steel,” the minister said. The words were those of Ana Ruiz, Peru's trade minister.", "Ana Ruiz", "We will not accept any new tariffs"),
            ("“The border must stay open for trade.” That was how Pedro Soto, the foreign minister, put it on Monday.", "Pedro Soto", "The border must stay open for trade"),
            ("“Nobody will be left behind after the floods,” an official said. Those were the words of Grace Otieno, the interior minister.", "Grace Otieno", "Nobody will be left behind"),
        ])
    }

    /// "X said … . He thanked Y for … “…,” he said": the pronoun is the one who speaks in the paragraph, not a person
    /// named since in passing (an object, inside a phrase).
    @Test func thePronounIsTheParagraphsSpeakerNotOneNamedInPassing() {
        Self.expectSpeakers([
            ("Peruvian President Carlos Mendez told reporters the deal would create jobs. He thanked Chilean President Juan Bravo for his patience. “We have opened a new chapter,” he said.",
             "Carlos Mendez", "We have opened a new chapter"),
            ("Kenyan Foreign Minister Grace Otieno said the border would reopen on Friday. She praised the work of Ugandan envoy Mary Akello. “This is a good day for both peoples,” she said.",
             "Grace Otieno", "This is a good day for both peoples"),
            ("Ghanaian Trade Minister Kofi Mensah said exports had doubled. The figures were compiled with help from economist Yaw Boateng. “We expect more growth next year,” he added.",
             "Kofi Mensah", "We expect more growth next year"),
        ])
        // (the agent of a passive is no one named in passing)
        let cs = Self.claims("Peruvian President Carlos Mendez said the plan would pass. The plan was criticised by opposition leader Juan Vargas. “This is a disgrace for the nation,” he said.")
        #expect(Self.has(cs, "Juan Vargas", "This is a disgrace"), "\(cs)")
    }
}

/// "X said the delegation, led by Y, … . “…,” the spokesman said. He added …": the pronoun continues the speaker a
/// role noun referred to after the last person named, not the person named in passing before.
@Suite struct RunningSpeakerTests {
    @Test func roleNounKeepsTheSpeakerForTheNextPronoun() {
        let body = "Foreign Ministry spokesman Tomas Halvorsen said on Monday that the talks in Oslo had ended without a deal.\n\n"
            + "Halvorsen said the Norwegian delegation, led by State Secretary Ingrid Fjeld, had tabled \"detailed and fair proposals\" during two days of negotiations.\n\n"
            + "\"Sadly the other side came without a mandate, and nothing was agreed,\" the spokesman said. He added that Oslo would keep the door open to further talks."
        let r = Shared.analyze(body)
        let added = r.claims.first { $0.text.contains("keep the door open") }
        #expect(added.map { Shared.name(r, $0.speaker) } == "Tomas Halvorsen")
        // a person named after the running speaker's last words takes the pronoun
        let body2 = "Foreign Ministry spokesman Tomas Halvorsen said on Monday that the talks in Oslo had ended without a deal.\n\n"
            + "State Secretary Ingrid Fjeld, who led the delegation, told reporters the proposals were fair. She added that Oslo would keep the door open to further talks."
        let r2 = Shared.analyze(body2)
        let added2 = r2.claims.first { $0.text.contains("keep the door open") }
        #expect(added2.map { Shared.name(r2, $0.speaker) } == "Ingrid Fjeld")
    }
}

/// A reporter named with the outlet's possessive before an -ing apposition: "“…,” Al Jazeera's X, reporting from Y, said".
@Suite struct OutletReporterSpeakerTests {
    @Test func outletPossessiveBeforeTheSpeaker() {
        let r = Shared.analyze("\"The shelling has not stopped since dawn,\" Al Jazeera's Karim Nassar, reporting from Beirut, said.")
        let c = r.claims.first { $0.text.contains("shelling has not stopped") }
        #expect(c.map { Shared.name(r, $0.speaker) } == "Karim Nassar")
        // a person inside the apposition is not the speaker
        let r2 = Shared.analyze("\"The shelling has not stopped since dawn,\" a resident, speaking to Al Jazeera's Karim Nassar, said.")
        let c2 = r2.claims.first { $0.text.contains("shelling has not stopped") }
        #expect(c2.map { Shared.name(r2, $0.speaker) } != "Karim Nassar")
    }
}

/// An outlet's possessive before a name makes it the outlet's reporter, a person who speaks ("Al Jazeera's X,
/// reporting from Y, said …"), and the pronoun after their words is theirs.
@Suite struct OutletReporterNameTests {
    @Test func reporterNamedAfterTheOutletsPossessive() {
        let body = "Former Nigerian President Olusegun Obasanjo met the prime minister in Addis Ababa on Sunday.\n\n"
            + "Al Jazeera's Samira Haddad, reporting from Nairobi in neighbouring Kenya, said the raids showed the government "
            + "was determined to press its advantage. \"The rebels have no answer to the drones,\" she said."
        let r = Shared.analyze(body)
        #expect(r.actors.values.contains { $0.name == "Samira Haddad" && $0.type == "person" })
        let c = r.claims.first { $0.text.contains("no answer to the drones") }
        #expect(c.map { Shared.name(r, $0.speaker) } == "Samira Haddad")
    }
}

/// "reporting from X", "speaking from X" say where the speaker is: no claim starts there, the verb after speaks.
@Suite struct ReportingFromTests {
    @Test func reportingFromIsNoClaim() {
        let r = Shared.analyze("Sky News, reporting from the border crossing at Rafah, said three aid trucks had crossed on Sunday.")
        #expect(r.claims.count == 1)
        #expect(r.claims.first?.text.hasPrefix("three aid trucks") == true, "\(r.claims.map(\.text))")
        #expect(r.claims.first.map { Shared.name(r, $0.speaker) } == "Sky News")
    }
}
