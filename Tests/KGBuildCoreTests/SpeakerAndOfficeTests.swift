import Testing

@testable import KGBuildCore

/// Speakers named by an office rather than a name ("the NATO chief", "the company's general manager", "the defence
/// ministry"), and asides between a speaker and the verb ("X, speaking in Y, said"). Sentences written for the
/// purpose; each positive case fails without its rule.
@Suite struct SpeakerAndOfficeTests {
    static func claims(_ body: String) -> [(speaker: String, text: String)] { SpeakerElsewhereTests.claims(body) }
    static func has(_ cs: [(speaker: String, text: String)], _ speaker: String, _ words: String) -> Bool { SpeakerElsewhereTests.has(cs, speaker, words) }
    /// Each text's claims hold one by its speaker with its words (`SpeakerElsewhereTests.expectSpeakers`).
    static func expectSpeakers(_ cases: [(text: String, speaker: String, words: String)], sourceLocation: SourceLocation = #_sourceLocation) {
        SpeakerElsewhereTests.expectSpeakers(cases, sourceLocation: sourceLocation)
    }

    @Test func anOrganizationsOfficeIsThePersonNamedWithItsTitle() {
        Self.expectSpeakers([
            ("NATO Secretary General Mark Halvorsen visited troops in Latvia on Monday. The NATO chief said the alliance would double its air patrols over the Baltic.",
             "Mark Halvorsen", "would double its air patrols"),
            ("NATO Secretary General Mark Halvorsen visited troops in Latvia on Monday. The alliance's secretary general said the alliance would double its air patrols.",
             "Mark Halvorsen", "would double its air patrols"),
            ("The OSCE chairman, Petr Dvorak, arrived in Kyiv on Friday. The OSCE chief said monitors would return to the region next week.",
             "Petr Dvorak", "monitors would return to the region"),
            ("Ruth Keller, the head of the World Food Programme, toured the camp on Monday. The WFP chief said rations would be cut by half next month.",
             "Ruth Keller", "rations would be cut by half"),
        ])
    }

    @Test func anOfficeWithNoHolderNamedIsTheOrganization() {
        Self.expectSpeakers([
            ("Airbus opened a new plant in Toulouse on Monday. The company's general manager said the plant would build 50 jets a year.",
             "Airbus", "plant would build 50 jets"),
        ])
        // a person named without the organization's title is not its holder
        let cs = Self.claims("Ruth Keller toured the camp with aid workers on Monday. The WFP chief said rations would be cut by half next month.")
        #expect(!Self.has(cs, "Ruth Keller", "rations would be cut"), "\(cs)")
    }

    @Test func aSpeakingAsideIsNeitherSpeakerNorContent() {
        Self.expectSpeakers([
            ("NATO Secretary General Mark Halvorsen visited troops in Latvia on Monday. The NATO chief, speaking in Riga, said the alliance would double its air patrols.",
             "Mark Halvorsen", "would double its air patrols"),
        ])
        let cs = Self.claims("NATO Secretary General Mark Halvorsen visited troops in Latvia on Monday. The NATO chief, speaking in Riga, said the alliance would double its air patrols.")
        #expect(!cs.contains(where: { $0.text.contains("speaking in Riga") }), "\(cs)")
        // a name inside the subject's description does not speak
        let d = Self.claims("Police searched the house on Monday. A rebel commander close to Omar Idris, speaking to reporters by phone, said the raid had failed.")
        #expect(!Self.has(d, "Omar Idris", "the raid had failed"), "\(d)")
    }

    @Test func aPortfolioMinistryInLowerCaseIsTheStoryState() {
        Self.expectSpeakers([
            // the state whose minister of that portfolio was named
            ("Estonian Defence Minister Karl Tamm signed the contract in Tallinn with his Finnish counterpart. The first batteries will arrive in 2026, the defence ministry said.",
             "Estonia", "The first batteries will arrive"),
            // else the state the story names most
            ("Chad's army fought rebels near the border with Libya on Tuesday. Nine soldiers were killed in the fighting, the defence ministry said.",
             "Chad", "Nine soldiers were killed"),
        ])
        // a bare "the ministry" is not guessed
        let cs = Self.claims("Chad's army fought rebels near the border with Libya on Tuesday. Nine soldiers were killed in the fighting, the ministry said.")
        #expect(!Self.has(cs, "Chad", "Nine soldiers were killed"), "\(cs)")
    }

    @Test func aStatesOutletTheGazetteerLacksSpeaksForTheState() {
        Self.expectSpeakers([
            ("Rebels shelled the capital overnight. Kenyan state radio said the army had retaken the town of Garissa on Monday.", "Kenya", "army had retaken the town"),
            ("Rebels shelled the capital overnight. Libyan state-run television said the strikes had hit a civilian area.", "Libya", "strikes had hit a civilian area"),
            ("Rebels shelled the capital overnight. The Chadian state news agency said three soldiers were wounded near the border.", "Chad", "three soldiers were wounded"),
            ("Rebels shelled the capital overnight. Libya's state television said the strikes had hit a civilian area.", "Libya", "strikes had hit a civilian area"),
        ])
        // an outlet of the country that is not the state's is not the state
        let cs = Self.claims("Rebels shelled the capital overnight. A Kenyan radio station said the army had retaken the town.")
        #expect(!Self.has(cs, "Kenya", "army had retaken the town"), "\(cs)")
    }

    @Test func aClosingAttributionTellsTheVerbOfSayingBeforeIt() {
        let lead = "Serbia's Foreign Ministry said the talks were postponed. "
        Self.expectSpeakers([
            (lead + "Foreign Minister Ivan Petrovic spoke by phone with his Greek counterpart on Sunday and urged him to honor the truce agreed in Athens, the ministry said.",
             "Serbian Foreign Ministry", "urged him to honor the truce"),
        ])
        // with no closing attribution the inner verb's subject speaks
        Self.expectSpeakers([
            (lead + "Foreign Minister Ivan Petrovic spoke by phone with his Greek counterpart on Sunday and urged him to honor the truce agreed in Athens.",
             "Ivan Petrovic", "to honor the truce"),
        ])
        // a verb that tells its own clause keeps it ("told X that …, a spokesman said")
        Self.expectSpeakers([
            ("The State Department said it was watching closely. Secretary of State Anna Berg told her counterpart by phone that Washington was worried about the shelling of civilian areas, a State Department spokesman said.",
             "Anna Berg", "Washington was worried about the shelling"),
        ])
        // a relative clause is no closing attribution ("…, which Pakistan denied")
        Self.expectSpeakers([
            ("India said it had shot down a fighter jet over the border in the clash, which Pakistan denied.", "India", "it had shot down a fighter jet"),
        ])
    }

    @Test func aSpokesmanOfAPortfolioMinistryInLowerCaseSpeaksForTheState() {
        Self.expectSpeakers([
            ("The German government owns 12% of the bank. A finance ministry spokesman said on Monday that Berlin would not sell its stake in the bank.",
             "Germany", "Berlin would not sell its stake"),
        ])
        // a bare "a ministry spokesman" names no portfolio: not guessed
        let cs = Self.claims("Police arrested three men in Lyon. A ministry spokesman said the men were held overnight.")
        #expect(!cs.contains(where: { $0.speaker == "France" }), "\(cs)")
    }
}

