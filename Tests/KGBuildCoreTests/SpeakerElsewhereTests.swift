import Testing

@testable import KGBuildCore

/// Speakers wire copy names away from the verb: in apposition, in the next sentence, as the subject of "with …
/// saying" or of an earlier clause. Sentences written for the purpose; each fails without its rule.
@Suite struct SpeakerElsewhereTests {
    static func claims(_ body: String) -> [(speaker: String, text: String)] { ClaimShapeTests.claims(body).1 }
    static func has(_ cs: [(speaker: String, text: String)], _ speaker: String, _ words: String) -> Bool { ClaimShapeTests.has(cs, speaker, words) }

    @Test func anOrganizationsNameInApposition() {
        let a = Self.claims("The U.N. children's agency, UNICEF, said at least 40 schools had been damaged in the shelling.")
        #expect(Self.has(a, "UNICEF", "at least 40 schools had been damaged"), "\(a)")
        let b = Self.claims("The European security body, OSCE, said its observers had recorded more than 300 ceasefire violations.")
        #expect(Self.has(b, "OSCE", "its observers had recorded"), "\(b)")
        let c = Self.claims("The peacekeeping force, UNIFIL, said two of its positions were hit by tank fire on Sunday.")
        #expect(Self.has(c, "UNIFIL", "two of its positions were hit"), "\(c)")
    }

    @Test func theMissionIsTheOrganizationNamedBefore() {
        let a = Self.claims("UNIFIL patrols resumed along the Blue Line on Monday. One peacekeeper was wounded by a stray shell, the mission said.")
        #expect(Self.has(a, "UNIFIL", "One peacekeeper was wounded"), "\(a)")
        let b = Self.claims("The OSCE sent 20 more monitors to the region. Several observation posts came under fire overnight, the mission said.")
        #expect(Self.has(b, "OSCE", "Several observation posts came under fire"), "\(b)")
        let c = Self.claims("UNICEF and UNIFIL opened a clinic in Tyre. The clinic will treat 200 children a week, the mission said in a statement.")
        #expect(Self.has(c, "UNIFIL", "The clinic will treat 200 children"), "\(c)")
    }

    @Test func aSecurityOrIntelligenceServiceNamedBeforeItsDescription() {
        let a = Self.claims("Russia's FSB security service said it had detained a man who planned an attack on a railway depot in Moscow.")
        #expect(Self.has(a, "Federal Security Service", "it had detained a man"), "\(a)")
        let b = Self.claims("Turkey's MIT intelligence agency said on Friday it had captured a militant commander in northern Syria.")
        #expect(Self.has(b, "National Intelligence Organization", "it had captured a militant commander"), "\(b)")
        let c = Self.claims("Pakistan's ISI intelligence agency said it had arrested a suspect in Lahore.")
        #expect(Self.has(c, "Inter-Services Intelligence", "it had arrested a suspect"), "\(c)")
    }

    @Test func aPronounOpeningTheSentenceSpeaksAfterAndOrBut() {
        let a = Self.claims("Defence Minister Tomas Horak spoke in Prague on Monday. He declined to name the buyer but noted that the deal covered 12 howitzers.")
        #expect(Self.has(a, "Tomas Horak", "the deal covered 12 howitzers"), "\(a)")
        let b = Self.claims("Foreign Minister Ana Ruiz met her counterpart in Lima. She gave no date for the talks but said that both sides wanted a deal soon.")
        #expect(Self.has(b, "Ana Ruiz", "both sides wanted a deal soon"), "\(b)")
        let c = Self.claims("Army spokesman Col. Peter Obi briefed reporters. He did not say how many soldiers died and added that the operation would continue.")
        #expect(Self.has(c, "Peter Obi", "the operation would continue"), "\(c)")
    }

    @Test func anUnnamedSpokesmanNamedInTheNextSentence() {
        let a = Self.claims("Police arrested three men suspected of planning an attack on a stadium, a police spokesman said on Sunday. The men were detained in the capital, police spokesman Ivan Petrenko told reporters.")
        #expect(Self.has(a, "Ivan Petrenko", "Police arrested three men"), "\(a)")
        let b = Self.claims("Two soldiers were killed in an ambush near the border, an army spokeswoman said. The patrol was hit by a roadside bomb, army spokeswoman Maria Lopes said.")
        #expect(Self.has(b, "Maria Lopes", "Two soldiers were killed"), "\(b)")
        let c = Self.claims("The ministry will buy 40 drones this year, a defence ministry spokesperson said. Deliveries begin in March, ministry spokesperson Tomas Kral added.")
        #expect(Self.has(c, "Tomas Kral", "The ministry will buy 40 drones"), "\(c)")
    }

    @Test func aRoleNounNamedAfterIt() {
        let a = Self.claims("Talks on the gas dispute ended without a deal, the bloc's envoy said on Tuesday. The talks were chaired by special envoy Lena Berg.")
        #expect(Self.has(a, "Lena Berg", "Talks on the gas dispute ended"), "\(a)")
        let b = Self.claims("Both sides agreed to a prisoner exchange, the U.N. envoy told reporters. Later, envoy Carlos Mendez met the two delegations in Geneva.")
        #expect(Self.has(b, "Carlos Mendez", "Both sides agreed to a prisoner exchange"), "\(b)")
        let c = Self.claims("The ceasefire will start at midnight, the mediator said. Chief mediator Omar Haddad later met both delegations.")
        #expect(Self.has(c, "Omar Haddad", "The ceasefire will start at midnight"), "\(c)")
    }

    @Test func theSubjectOfWithSaying() {
        let a = Self.claims("Talks between the two countries ended on Friday, with Turkey saying it would not withdraw its ships.")
        #expect(Self.has(a, "Turkey", "it would not withdraw its ships"), "\(a)")
        let b = Self.claims("Oil prices rose on Monday, with OPEC saying output would stay flat until June.")
        #expect(Self.has(b, "OPEC", "output would stay flat"), "\(b)")
        let c = Self.claims("The border stayed closed for a third day, with Poland saying the crossing would reopen only after an inspection.")
        #expect(Self.has(c, "Poland", "would reopen only after an inspection"), "\(c)")
    }
}
