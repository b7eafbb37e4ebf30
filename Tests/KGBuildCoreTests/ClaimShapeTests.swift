import Testing

@testable import KGBuildCore

/// Each quote shape and each way a speaker is named, on wire-style sentences written for the purpose.
@Suite struct ClaimShapeTests {
    static func claims(_ body: String) -> (ArticleResult, [(speaker: String, text: String)]) {
        let r = Shared.pipeline.analyze(Shared.article(body))
        return (r, r.claims.map { (Shared.name(r, $0.speaker), $0.text) })
    }

    static func has(_ cs: [(speaker: String, text: String)], _ speaker: String, _ words: String) -> Bool {
        cs.contains { $0.speaker == speaker && $0.text.contains(words) }
    }

    @Test func quoteThenAttribution() {
        let (_, cs) = Self.claims("Russian Foreign Minister Sergei Lavrov spoke in Moscow. “We are going in circles,” Lavrov said.")
        #expect(Self.has(cs, "Sergei Lavrov", "We are going in circles"), "\(cs)")
    }

    @Test func attributionThenQuoteWithColon() {
        let (_, cs) = Self.claims("Iraqi Prime Minister Nouri al-Maliki told the BBC: \"The jets will arrive within days and will change the battle.\"")
        #expect(Self.has(cs, "Nouri al-Maliki", "The jets will arrive within days"), "\(cs)")
    }

    @Test func quoteSplitByAttributionIsOneClaim() {
        let (_, cs) = Self.claims("“The negotiations are not moving,” said Louay Safi, a spokesman for the opposition. “The other side came with another agenda.”")
        let safi = cs.filter { $0.speaker == "Louay Safi" }
        #expect(safi.count == 1, "\(cs)")
        #expect(safi.first?.text.contains("another agenda") == true)
    }

    @Test func quoteWithoutVerbContinuesThePreviousSpeaker() {
        let body = """
        “The only thing they want to talk about is a transitional body,” Foreign Minister Sergei Lavrov said.

        “I am very worried about the systematic attempts to disrupt the settlement.”
        """
        let (_, cs) = Self.claims(body)
        #expect(Self.has(cs, "Sergei Lavrov", "systematic attempts to disrupt"), "\(cs)")
    }

    @Test func guillemetsAndStraightQuotes() {
        let (_, a) = Self.claims("«The main enemy is international terrorism,» Defence Minister Sergei Shoigu said.")
        #expect(Self.has(a, "Sergei Shoigu", "main enemy is international terrorism"), "\(a)")
        let (_, b) = Self.claims("\"Our door remains open to dialogue,\" said Foreign Ministry spokesman Pavel Orlov.")
        #expect(Self.has(b, "Pavel Orlov", "Our door remains open to dialogue"), "\(b)")
    }

    @Test func reportedSpeechThat() {
        let (_, cs) = Self.claims("FSB chief Aleksandr Bortnikov said that 28 terrorist attacks had been averted this year.")
        #expect(Self.has(cs, "Aleksandr Bortnikov", "28 terrorist attacks had been averted"), "\(cs)")
    }

    @Test func reportedSpeechAttributionAfter() {
        let (_, cs) = Self.claims("The alliance cannot be promising because it serves one group of countries, Russian Foreign Minister Sergei Lavrov said on Tuesday after talks in Moscow.")
        #expect(Self.has(cs, "Sergei Lavrov", "alliance cannot be promising"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("after talks") }, "the attribution is not what was said: \(cs)")
    }

    @Test func accordingTo() {
        let (_, cs) = Self.claims("According to The Wall Street Journal, Saudi Arabia offered to supply the rebels with missiles.")
        #expect(Self.has(cs, "The Wall Street Journal", "Saudi Arabia offered to supply"), "\(cs)")
    }

    @Test func quotedByAnOutletAsSaying() {
        let (_, cs) = Self.claims("Kremlin spokesman Dmitry Peskov was quoted by RIA Novosti as saying that no decision on the visit had been made.")
        #expect(Self.has(cs, "Dmitry Peskov", "no decision on the visit had been made"), "\(cs)")
        #expect(!cs.contains { $0.speaker == "RIA Novosti" }, "\(cs)")
    }

    @Test func anOpeningSettingIsNotWhatWasSaid() {
        let (_, cs) = Self.claims("In an interview with a German newspaper, Foreign Minister Sergei Lavrov said the truce in Aleppo was largely holding.")
        #expect(Self.has(cs, "Sergei Lavrov", "truce in Aleppo was largely holding"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("interview") }, "\(cs)")
    }

    @Test func aNameBetweenCommasIsTheSpeaker() {
        let (_, cs) = Self.claims("Russia's envoy to the United Nations, Vitaly Churkin, said the draft resolution was unbalanced.")
        #expect(Self.has(cs, "Vitaly Churkin", "draft resolution was unbalanced"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("envoy") }, "\(cs)")
    }

    @Test func sayingAfterACommaIntroducesWhatWasSaid() {
        let (_, cs) = Self.claims("The Syrian opposition rejected the proposal, saying it favoured the government in Damascus.")
        #expect(Self.has(cs, "Syrian opposition", "it favoured the government"), "\(cs)")
    }

    @Test func saidOnTwitterThat() {
        let (_, cs) = Self.claims("French President Francois Hollande said on Twitter that France stood with Belgium.")
        #expect(Self.has(cs, "Francois Hollande", "France stood with Belgium"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("Twitter") }, "\(cs)")
    }

    @Test func theOneAccusedIsNotTheSpeaker() {
        let (_, cs) = Self.claims("The delegation walked out of the meeting on Friday, accusing Iran of stalling the inspections of its reactor.")
        #expect(!cs.contains { $0.speaker == "Iran" }, "\(cs)")
    }

    @Test func pronounSpeaker() {
        let (_, cs) = Self.claims("Iraqi Prime Minister Nouri al-Maliki spoke to the BBC. He said the jets would arrive within days.")
        #expect(Self.has(cs, "Nouri al-Maliki", "jets would arrive within days"), "\(cs)")
    }

    @Test func roleNounSpeaker() {
        let (_, cs) = Self.claims("Russian Foreign Minister Sergei Lavrov met his Malian counterpart. “I consistently confirmed our readiness for such contact,” the minister said.")
        #expect(Self.has(cs, "Sergei Lavrov", "consistently confirmed our readiness"), "\(cs)")
    }

    @Test func apposedSpeakerBeforeTheVerb() {
        let (_, cs) = Self.claims("Anna Lindqvist, a senior fellow at the Stockholm Institute, said the most urgent question remained the border.")
        #expect(Self.has(cs, "Anna Lindqvist", "most urgent question remained"), "\(cs)")
    }

    @Test func organizationAndMinistrySpeakers() {
        let (_, a) = Self.claims("The Kremlin said the talks would continue next week in Geneva.")
        #expect(a.contains { $0.text.contains("talks would continue") && ($0.speaker == "Kremlin" || $0.speaker.contains("Kremlin")) }, "\(a)")
        let (_, b) = Self.claims("The Russian Defense Ministry reported new drills. The ministry said its aircraft destroyed 30 depots.")
        #expect(b.contains { $0.text.contains("destroyed 30 depots") && $0.speaker.contains("Defense Ministry") }, "\(b)")
    }

    @Test func mediaAsSource() {
        let (_, cs) = Self.claims("The New York Times reported that drones bought by Ethiopia were delivered through a third country.")
        #expect(Self.has(cs, "The New York Times", "drones bought by Ethiopia"), "\(cs)")
    }

    @Test func unnamedSourcesAreKeptOutByDefault() {
        let (_, cs) = Self.claims("\"New stuff is arriving imminently,\" a Western diplomat told the newspaper.")
        #expect(cs.isEmpty, "\(cs)")
        var p = Shared.pipeline
        p.includeUnnamedSources = true
        let r = p.analyze(Shared.article("\"New stuff is arriving imminently,\" a Western diplomat told the newspaper."))
        #expect(r.claims.contains { $0.speaker == ClaimExtractor.unnamedSource })
    }

    @Test func claimDateIsItsOwnElseTheArticles() throws {
        let (_, _) = Self.claims("x")
        let r = Shared.pipeline.analyze(Shared.article("Lavrov said on Friday that the talks had failed. Russian Foreign Minister Sergei Lavrov added that Moscow was ready. John Kerry said Washington was ready too."))
        let dates = r.claims.map { $0.date?.normalized ?? "" }
        #expect(dates.contains("2014-06-20"), "said on Friday (article 2014-06-24 is a Tuesday): \(dates)")
        // (Lavrov's "added", undated, is the same occasion: Friday too)
        #expect(dates == ["2014-06-20", "2014-06-20", "2014-06-24"], "no date of its own nor of the speaker's occasion: the article's: \(dates)")
    }
}
