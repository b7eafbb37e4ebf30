import Testing

@testable import KGBuildCore

/// Claims of long wire stories that were lost: speakers referred back to by a noun, titles that are given names,
/// a later quote with an attribution of its own. Sentences written for the purpose.
@Suite struct ClaimRecallTests {
    static func claims(_ body: String) -> (ArticleResult, [(speaker: String, text: String)]) { ClaimShapeTests.claims(body) }
    static func has(_ cs: [(speaker: String, text: String)], _ speaker: String, _ words: String) -> Bool { ClaimShapeTests.has(cs, speaker, words) }

    @Test func theStatementSaidIsTheBodyThatIssuedIt() {
        let (_, cs) = Self.claims("The Russian Security Council's press service said the two secretaries met in Moscow on Friday.\n\n"
            + "The officials reviewed border security and grain exports, the statement said.")
        #expect(Self.has(cs, "Security Council of Russia", "reviewed border security and grain exports"), "\(cs)")
        // "in a statement" before the verb is still a setting, not the subject
        let (_, b) = Self.claims("The Interior Ministry, in a statement, said police detained nine people near the port.")
        #expect(b.contains { $0.text.contains("police detained nine people") }, "\(b)")
    }

    @Test func theCenterIsTheBodyNamedByANameEndingSo() {
        let (_, cs) = Self.claims("The FSB Public Relations Center said on Friday that two men had been detained near the border.\n\n"
            + "Police also searched a warehouse in the port.\n\n"
            + "The center said the men had bought detonators online.")
        #expect(Self.has(cs, "Federal Security Service", "had bought detonators online"), "\(cs)")
    }

    @Test func theOfficeIsTheOneWhoseOfficeSpokeBefore() {
        let (_, cs) = Self.claims("Prime Minister Anna Verhoeven's office said on Monday that the strike broke the truce.\n\n"
            + "Fighting went on in the south.\n\n"
            + "The office said the government would close its embassy for a month.")
        #expect(Self.has(cs, "Anna Verhoeven", "the strike broke the truce"), "\(cs)")
        #expect(Self.has(cs, "Anna Verhoeven", "would close its embassy for a month"), "\(cs)")
        // no body named so before: nobody
        let (_, b) = Self.claims("The office said the government would close its embassy for a month.")
        #expect(!b.contains { $0.text.contains("close its embassy") }, "\(b)")
    }

    /// "…, saying that X “…”" / "said that X": the name after the participle or "that" opens what was said; it is
    /// never the speaker the way "…,” said X" is. The participle's speaker is the subject opening the sentence.
    @Test func aNameAfterSayingThatIsNoSpeaker() {
        let (_, cs) = Self.claims("Foreign Minister Marta Lindqvist rejected the criticism on Monday, saying that Sweden \u{201C}will not accept terms written elsewhere.\u{201D}")
        #expect(!cs.contains { $0.speaker == "Sweden" }, "\(cs)")
        #expect(Self.has(cs, "Marta Lindqvist", "will not accept terms written elsewhere"), "\(cs)")
        // the inverted attribution still names the speaker
        let (_, b) = Self.claims("\u{201C}We will not accept terms written elsewhere,\u{201D} said Marta Lindqvist, the foreign minister.")
        #expect(Self.has(b, "Marta Lindqvist", "will not accept terms written elsewhere"), "\(b)")
    }

    /// "Iran's mission to the United Nations said": the state's mission speaks for the state, not for the body it
    /// is sent to; the body alone still speaks for itself.
    @Test func aMissionToABodySpeaksForItsState() {
        let (_, cs) = Self.claims("Norway's mission to the United Nations said late on Thursday that the convoy had been cleared by both sides.")
        #expect(Self.has(cs, "Norway", "the convoy had been cleared by both sides"), "\(cs)")
        #expect(!cs.contains { $0.speaker == "United Nations" }, "\(cs)")
        let (_, b) = Self.claims("The United Nations said late on Thursday that the convoy had been cleared by both sides.")
        #expect(Self.has(b, "United Nations", "the convoy had been cleared by both sides"), "\(b)")
    }

    @Test func aStatesBodyInLowerCaseSpeaksThroughItsSpokesperson() {
        let (_, cs) = Self.claims("An Indian navy spokesperson said on Sunday that three foreign warships were being tracked.")
        #expect(Self.has(cs, "India", "three foreign warships were being tracked"), "\(cs)")
    }

    @Test func anArticleBeforeAnotherPhraseMakesNoSourceAnonymous() {
        let (_, cs) = Self.claims("The raids came a week after Austrian police said they had foiled a plot against a festival in Graz.")
        #expect(Self.has(cs, "Austria", "had foiled a plot against a festival"), "\(cs)")
        // an indefinite article of the speaker's own phrase still makes it an unnamed source
        let (_, b) = Self.claims("The raids came a week after an Austrian police officer said the suspects had fled abroad.")
        #expect(!b.contains { $0.speaker == "Austria" }, "\(b)")
    }

    @Test func anOpeningParticipleIsASettingNotTheClaim() {
        let (_, cs) = Self.claims("Addressing the senators, Deputy Foreign Minister Sultan Abdrakhmanov said the treaty opens the way for joint patrols.")
        #expect(Self.has(cs, "Sultan Abdrakhmanov", "treaty opens the way for joint patrols"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("Addressing the senators") }, "\(cs)")
    }

    @Test func aDescribedOutletAfterAccordingTo() {
        let (_, cs) = Self.claims("The minister will visit Ankara next week, according to the Iranian news agency IRNA.")
        #expect(Self.has(cs, "IRNA", "The minister will visit Ankara next week"), "\(cs)")
        let (_, b) = Self.claims("Three people were wounded in the blast, according to regional governor Anna Verhoeven.")
        #expect(Self.has(b, "Anna Verhoeven", "Three people were wounded in the blast"), "\(b)")
    }

    @Test func aTitleWordAfterATitleIsAGivenName() {
        let (_, cs) = Self.claims("Deputy Foreign Minister Sultan Abdrakhmanov said the treaty would be signed in May.\n\n"
            + "\"Both sides have agreed on the text,\" Abdrakhmanov said.")
        #expect(Self.has(cs, "Sultan Abdrakhmanov", "treaty would be signed in May"), "\(cs)")
        #expect(Self.has(cs, "Sultan Abdrakhmanov", "Both sides have agreed on the text"), "\(cs)")
    }

    @Test func aLaterQuoteWithItsOwnAttributionIsItsOwnClaim() {
        let (_, cs) = Self.claims("Foreign Minister Anna Verhoeven said the talks would \"resume next week\" in Geneva. "
            + "\"We want a ceasefire before the winter,\" she said at a news conference.")
        #expect(cs.filter { $0.speaker == "Anna Verhoeven" }.count == 2, "\(cs)")
        #expect(!cs.contains { $0.text.contains("resume next week") && $0.text.contains("ceasefire before the winter") }, "\(cs)")
        // a quote with no attribution of its own continues the claim
        let (_, b) = Self.claims("\"We want a ceasefire before the winter,\" Anna Verhoeven said. \"The guns must fall silent.\"")
        #expect(b.contains { $0.text.contains("ceasefire before the winter") && $0.text.contains("guns must fall silent") }, "\(b)")
    }

    @Test func anOfficeNamedAfterItsHolderIsABody() {
        let (_, cs) = Self.claims("The Federal Prosecutor's Office said the two men would appear before a judge on Friday.")
        #expect(Self.has(cs, "Federal Prosecutor's Office", "would appear before a judge"), "\(cs)")
        // a possessive of a place before a committee's name makes no office
        let (r, _) = Self.claims("The North's Committee for Border Affairs met on Monday.")
        #expect(!r.actors.values.contains { $0.name.contains("'s Committee") }, "\(r.actors.values.map(\.name))")
    }

    @Test func prosecutorsAreTheProsecutorsOfficeOfTheStory() {
        let (_, cs) = Self.claims("Federal prosecutors said the suspects had rented a van in Hamburg.\n\n"
            + "\"The men planned to attack a concert,\" the Federal Prosecutor's Office said in a statement. It said both had been under surveillance.\n\n"
            + "Prosecutors said the two would appear before a judge on Friday.")
        #expect(Self.has(cs, "Federal Prosecutor's Office", "had rented a van in Hamburg"), "\(cs)")
        #expect(Self.has(cs, "Federal Prosecutor's Office", "planned to attack a concert"), "\(cs)")
        #expect(Self.has(cs, "Federal Prosecutor's Office", "had been under surveillance"), "\(cs)")
        #expect(Self.has(cs, "Federal Prosecutor's Office", "would appear before a judge"), "\(cs)")
        // no such body in the story: no speaker
        let (_, b) = Self.claims("Prosecutors said the two would appear before a judge on Friday.")
        #expect(!b.contains { $0.text.contains("appear before a judge") }, "\(b)")
    }

    @Test func theDiplomatIsTheUnnamedOneIntroducedBefore() {
        let body = "Ruritanian diplomat Anna Verhoeven said the gap between the sides remained wide.\n\n"
            + "A Western diplomat, speaking on condition of anonymity, said the talks had stalled. "
            + "\"Nobody brought anything new to the table this week,\" the diplomat said."
        let (_, cs) = Self.claims(body)
        #expect(!cs.contains { $0.text.contains("Nobody brought anything new") && $0.speaker == "Anna Verhoeven" }, "\(cs)")
        #expect(Self.has(cs, "Anna Verhoeven", "gap between the sides remained wide"), "\(cs)")
        // a source introduced with a name after it is that person
        let (_, b) = Self.claims("A senior diplomat, Anna Verhoeven, said the talks had stalled. "
            + "\"Nobody brought anything new to the table this week,\" the diplomat said.")
        #expect(!b.contains { $0.text.contains("Nobody brought anything new") && $0.speaker == "unnamed source" }, "\(b)")
    }

    @Test func wordsAfterACommaAfterTheVerbAreNotTheClaim() {
        let (_, cs) = Self.claims("In addition, Ruritania plans to buy a batch of armoured trucks, Anna Verhoeven said, without giving details.")
        #expect(Self.has(cs, "Anna Verhoeven", "Ruritania plans to buy a batch of armoured trucks"), "\(cs)")
        #expect(!cs.contains { $0.text.hasPrefix("without giving") }, "\(cs)")
    }

    @Test func theJuntaIsTheStateOfTheStory() {
        let (_, cs) = Self.claims("Niger's army has retaken the western town of Tera from Islamist fighters, the ruling junta said on Tuesday. "
            + "Niger has fought Islamist insurgents in the west since 2015.")
        #expect(Self.has(cs, "Niger", "army has retaken the western town of Tera"), "\(cs)")
    }
}

