import Testing

@testable import KGBuildCore

/// Attribution constructions of wire copy, each on sentences written for the purpose.
@Suite struct ClaimConstructionTests {
    static func claims(_ body: String) -> (ArticleResult, [(speaker: String, text: String)]) { ClaimShapeTests.claims(body) }
    static func has(_ cs: [(speaker: String, text: String)], _ speaker: String, _ words: String) -> Bool { ClaimShapeTests.has(cs, speaker, words) }

    @Test func aTimePhraseBeforeTheVerb() {
        let (_, cs) = Self.claims("Defence Minister Sergei Shoigu last month warned NATO could face a response if it moved more troops east.")
        #expect(Self.has(cs, "Sergei Shoigu", "NATO could face a response"), "\(cs)")
    }

    @Test func aStatementByABodySpeaksForIt() {
        let (_, cs) = Self.claims("Two patrol boats will be handed over by June, according to a statement by the BBC.")
        #expect(Self.has(cs, "BBC", "Two patrol boats will be handed over"), "\(cs)")
        let (_, b) = Self.claims("The border crossing reopened on Friday, according to a statement from the Turkish foreign ministry.")
        #expect(Self.has(b, "Turkish Foreign Ministry", "The border crossing reopened"), "\(b)")
    }

    @Test func aPossessiveNamesTheOwnerOfTheBodyThatSpeaks() {
        let (_, cs) = Self.claims("The envoys agreed to meet again in March, according to Turkey's foreign ministry.")
        #expect(Self.has(cs, "Turkish Foreign Ministry", "The envoys agreed to meet again"), "\(cs)")
        #expect(!cs.contains { $0.speaker == "Turkey" }, "\(cs)")
    }

    @Test func anUnnamedMinistryOfAStateSpeaksForIt() {
        let (_, cs) = Self.claims("Rebels shelled two villages near the border overnight, Bolivia's information ministry said.")
        #expect(Self.has(cs, "Bolivia", "Rebels shelled two villages"), "\(cs)")
    }

    @Test func theCompanysPressServiceSpeaksForTheCompany() {
        let (_, cs) = Self.claims("Rosatom will build two reactors in Hungary. \"Construction starts next spring,\" the corporation's press service said.")
        #expect(Self.has(cs, "Rosatom", "Construction starts next spring"), "\(cs)")
    }

    @Test func aCapitalSpeaksForItsState() {
        let (_, cs) = Self.claims("Damascus said on Tuesday that Turkish troops had crossed the border near the town of Afrin.")
        #expect(Self.has(cs, "Syria", "Turkish troops had crossed the border"), "\(cs)")
        let (_, b) = Self.claims("Ankara has said it will not allow the pipeline to cross its waters.")
        #expect(Self.has(b, "Turkey", "will not allow the pipeline"), "\(b)")
        // a capital after a preposition is a place, not a speaker
        let (_, c) = Self.claims("Officials in Damascus said the crossing would reopen next week.")
        #expect(!c.contains { $0.speaker == "Syria" }, "\(c)")
    }

    @Test func thePersonOpeningTheClauseSpeaksNotTheOrganizationDescribed() {
        let (_, cs) = Self.claims("Karim Haddad, spokesman for the Northern Storm Brigade, a rebel faction, said government troops had shelled the village overnight.")
        #expect(Self.has(cs, "Karim Haddad", "government troops had shelled the village"), "\(cs)")
        #expect(!cs.contains { $0.speaker != "Karim Haddad" }, "\(cs)")
    }

    @Test func aNameAfterATitleBetweenCommas() {
        let (_, cs) = Self.claims("The spokesman for the Interior Ministry, Col. Omar Saleh, says police arrested four suspects near the border on Friday.")
        #expect(Self.has(cs, "Omar Saleh", "police arrested four suspects"), "\(cs)")
    }

    @Test func itSaidIsTheOrganizationSpeaking() {
        let (_, cs) = Self.claims("The Interior Ministry said police detained 12 people on Monday. It added that weapons and explosives had been seized in the raids.")
        #expect(Self.has(cs, "Interior Ministry", "weapons and explosives had been seized"), "\(cs)")
        // "what it said was" reports no claim of its own
        let (_, b) = Self.claims("Iran launched what it said was a weather satellite on Friday and closed its airspace for hours.")
        #expect(!b.contains { $0.text.contains("weather satellite") }, "\(b)")
    }

    @Test func aQuestionQuoteWithItsAttributionInTheNextSentence() {
        let (_, cs) = Self.claims("“How long can we wait for the aid convoys to arrive?” Lavrov told journalists in Geneva on Friday.")
        #expect(Self.has(cs, "Sergei Lavrov", "How long can we wait for the aid convoys"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("journalists in Geneva") }, "the attribution is not what was said: \(cs)")
    }

    @Test func anOrganizationBeforeALowercaseDescription() {
        let (_, cs) = Self.claims("Human Rights Watch advocacy group said two reporters were held at the checkpoint for a week.")
        #expect(Self.has(cs, "Human Rights Watch", "two reporters were held at the checkpoint"), "\(cs)")
        let (_, b) = Self.claims("The Interfax news agency said that the plant would close in the spring.")
        #expect(Self.has(b, "Interfax", "the plant would close in the spring"), "\(b)")
    }

    @Test func theNewspaperIsTheOutletNamedLast() {
        let (_, cs) = Self.claims("The New York Times said the program had cost more than a billion dollars. The newspaper reported that several officials had resigned over the affair.")
        #expect(Self.has(cs, "The New York Times", "several officials had resigned over the affair"), "\(cs)")
    }

    @Test func anIndefiniteRoleNounIsNotAPersonNamedBefore() {
        let (_, cs) = Self.claims("Foreign Minister Sergei Lavrov flew to Vienna. A senior European official said Brussels would present a new offer.")
        #expect(!cs.contains { $0.speaker == "Sergei Lavrov" }, "\(cs)")
    }

    @Test func aPersonInsideTheDescriptionIsNotTheSpeaker() {
        let (_, cs) = Self.claims("A militia leader close to Khalifa Haftar, speaking by telephone from Benghazi, denied the account.")
        #expect(!cs.contains { $0.speaker == "Khalifa Haftar" }, "\(cs)")
        // an apposed name after a title still speaks
        let (_, b) = Self.claims("One senator, Senator John McCain, chairman of the Armed Services Committee, said the budget cuts would weaken the army.")
        #expect(Self.has(b, "John McCain", "budget cuts would weaken the army"), "\(b)")
    }

    @Test func aCountryAfterInPlacesTheSpeaker() {
        let (_, cs) = Self.claims("Reports in Ukraine said that a bridge near the border had collapsed overnight.")
        #expect(!cs.contains { $0.speaker == "Ukraine" }, "\(cs)")
        let (_, b) = Self.claims("A militia leader in eastern Libya said the airport had been closed since Sunday.")
        #expect(!b.contains { $0.speaker == "Libya" }, "\(b)")
    }

    @Test func anOutletQuotingSomeoneAsSaying() {
        let (_, cs) = Self.claims("The state news agency SANA quoted Bashar al-Assad as saying that the army would retake every inch of the country.")
        #expect(Self.has(cs, "Bashar al-Assad", "the army would retake every inch"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("as saying") }, "\(cs)")
    }

    @Test func anIndefiniteOfficialIsNotTheLeaderNamedBefore() {
        let (_, cs) = Self.claims("Turkish President Recep Tayyip Erdogan arrived in Madrid on Friday. The two leaders will sign a trade pact next week, a senior Turkish official told Hurriyet.")
        #expect(!cs.contains { $0.speaker == "Recep Tayyip Erdogan" }, "\(cs)")
    }

    @Test func onlyVerbsThatInvertTakeTheirSpeakerAfterAComma() {
        let (_, cs) = Self.claims("The deal will be signed in May, said Foreign Minister Sergei Lavrov.")
        #expect(Self.has(cs, "Sergei Lavrov", "deal will be signed in May"), "\(cs)")
        let (_, b) = Self.claims("An officer of the regiment, speaking from the front line, denied Sergei Lavrov had toured the facility.")
        #expect(!b.contains { $0.speaker == "Sergei Lavrov" }, "\(b)")
    }

    @Test func twoAttributionsInOneSentence() {
        let (_, cs) = Self.claims("The Kremlin said Putin would attend the summit, while the Foreign Ministry said Lavrov would stay in Moscow.")
        #expect(Self.has(cs, "Kremlin", "Putin would attend the summit"), "\(cs)")
        #expect(!cs.contains { $0.speaker == "Kremlin" && $0.text.contains("stay in Moscow") }, "\(cs)")
        #expect(Self.has(cs, "Foreign Ministry", "Lavrov would stay in Moscow"), "\(cs)")
        let (_, b) = Self.claims("Lavrov said the talks would resume in May and Kerry said Washington was ready to help.")
        #expect(Self.has(b, "Sergei Lavrov", "talks would resume in May"), "\(b)")
        #expect(Self.has(b, "John Kerry", "Washington was ready to help"), "\(b)")
    }

    @Test func aPluralGroupSays() {
        let (_, cs) = Self.claims("Syrian rebels say government forces have continued offensives in the north despite the truce.")
        #expect(Self.has(cs, "Syrian opposition", "government forces have continued offensives"), "\(cs)")
        // a base form without a subject before it is no attribution
        let (_, b) = Self.claims("Few diplomats expected the talks to say much about the truce in the north of the country.")
        #expect(b.isEmpty, "\(b)")
    }

    @Test func anOrganizationsPressService() {
        let (_, cs) = Self.claims("Sukhoi Company's press service said the first batch of jets would be delivered in March.")
        #expect(Self.has(cs, "Sukhoi", "first batch of jets would be delivered in March"), "\(cs)")
    }

    @Test func aQuotedFragmentInsideReportedSpeechKeepsTheWholeClause() {
        let (_, cs) = Self.claims("Foreign Minister Sergei Lavrov said on Monday he had discussed ways to end the siege with John Kerry, who had promised \"to work on it without delay\".")
        #expect(Self.has(cs, "Sergei Lavrov", "discussed ways to end the siege"), "\(cs)")
        #expect(Self.has(cs, "Sergei Lavrov", "to work on it without delay"), "\(cs)")
    }

    @Test func anUnnamedSpokespersonOfAnOrganization() {
        let (_, cs) = Self.claims("An Amnesty International spokesperson, who asked not to be identified, said the footage was authentic.")
        #expect(Self.has(cs, "Amnesty International", "footage was authentic"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("identified") }, "\(cs)")
    }

    @Test func theOppositionIsTheOrganizationNamedSo() {
        let (_, cs) = Self.claims("The Syrian opposition met in Riyadh on Monday. The opposition said it would send a delegation to Geneva next week.")
        #expect(Self.has(cs, "Syrian opposition", "would send a delegation to Geneva"), "\(cs)")
    }

    @Test func aSecondSubjectThatSaysEndsTheFirstClaimEvenUnresolved() {
        let (_, cs) = Self.claims("The Syrian opposition met in Riyadh. The opposition accused the army of \"shelling the town,\" while the government delegation said the rebels had broken the truce first.")
        #expect(Self.has(cs, "Syrian opposition", "shelling the town"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("broken the truce") && $0.speaker == "Syrian opposition" }, "\(cs)")
    }

    @Test func accordingToADocumentByAnOrganization() {
        let (_, cs) = Self.claims("Part of the aid was diverted to local militias, according to a recent investigation by The Washington Post and Le Monde.")
        #expect(Self.has(cs, "The Washington Post", "Part of the aid was diverted to local militias"), "\(cs)")
        let (_, b) = Self.claims("At least 40 people were killed in the clashes, according to figures from the United Nations.")
        #expect(Self.has(b, "United Nations", "At least 40 people were killed"), "\(b)")
    }

    @Test func accordingToAPronounIsThePersonNamedBefore() {
        let (_, cs) = Self.claims("Admiral Tomas Berglund spoke to reporters at the port on Monday. According to him, the two fleets will rehearse convoy escort and mine clearance in the northern gulf.")
        #expect(Self.has(cs, "Tomas Berglund", "the two fleets will rehearse convoy escort"), "\(cs)")
        // "according to her ministry" is not the pronoun construction
        let (_, b) = Self.claims("Minister Ilse Marquardt visited the plant. According to her ministry, the plant will reopen in the spring.")
        #expect(!b.contains { $0.speaker == "Ilse Marquardt" && $0.text.contains("reopen in the spring") }, "\(b)")
    }

    @Test func coordinatedSubjectsEachSayIt() {
        let (_, cs) = Self.claims("Germany, Italy and Spain said on Friday the new border checks were a breach of the common travel rules.")
        for who in ["Germany", "Italy", "Spain"] {
            #expect(Self.has(cs, who, "new border checks were a breach"), "\(who): \(cs)")
        }
        let (_, b) = Self.claims("Canada and Mexico accused the cartel of smuggling weapons across the border in freight trucks.")
        #expect(Self.has(b, "Canada", "smuggling weapons across the border"), "\(b)")
        #expect(Self.has(b, "Mexico", "smuggling weapons across the border"), "\(b)")
        // a coordination inside a phrase that does not open the clause names no speaker
        let (_, c) = Self.claims("Talks between Germany and Spain said nothing new, the mediator Ansgar Wendt said about the deal.")
        #expect(!c.contains { $0.speaker == "Germany" }, "\(c)")
    }

    @Test func aPluralSubjectBeforeARelativeClauseSays() {
        let (_, cs) = Self.claims("Taliban fighters clashed with police overnight. The Taliban, who want foreign troops to leave the country, say the new checkpoints violate the local truce.")
        #expect(Self.has(cs, "Taliban", "new checkpoints violate the local truce"), "\(cs)")
        // a bare "say" after a comma with no such subject still speaks for nobody
        let (_, b) = Self.claims("The convoy reached the border town, say the checkpoints were open all night.")
        #expect(b.isEmpty, "\(b)")
    }

    @Test func aFirmSpeaksThroughItsNamedAnalysts() {
        let (_, cs) = Self.claims("\u{201C}Demand for the new handsets is holding up better than we expected,\u{201D} Morgan Stanley analysts Priya Natarajan and Tobias Lindqvist wrote in a note to clients.")
        #expect(Self.has(cs, "Morgan Stanley", "Demand for the new handsets is holding up"), "\(cs)")
        #expect(!cs.contains { $0.speaker == "Tobias Lindqvist" }, "\(cs)")
        // a person with no firm before the title still speaks
        let (_, b) = Self.claims("\u{201C}Demand for the new handsets is holding up better than we expected,\u{201D} analyst Tobias Lindqvist wrote in a note to clients.")
        #expect(Self.has(b, "Tobias Lindqvist", "Demand for the new handsets is holding up"), "\(b)")
    }

    @Test func coordinatedSubjectsAfterALowercaseDescription() {
        let (_, cs) = Self.claims("The news agencies Yonhap and Kyodo said the ferry had sunk in heavy seas off the coast.")
        #expect(Self.has(cs, "Yonhap", "ferry had sunk in heavy seas"), "\(cs)")
        #expect(Self.has(cs, "Kyodo News", "ferry had sunk in heavy seas"), "\(cs)")
        // a preposition before the list: the list is not the subject
        let (_, b) = Self.claims("The talks between Yonhap and Kyodo said little about the ferry that had sunk off the coast.")
        #expect(!b.contains { $0.speaker == "Yonhap" }, "\(b)")
    }

    @Test func aCoordinatedSayAfterAnOpeningSetting() {
        let (_, cs) = Self.claims("During the long standoff over the strait, NATO has kept several frigates in the region and says that it will not withdraw them before the spring.")
        #expect(Self.has(cs, "NATO", "will not withdraw them before the spring"), "\(cs)")
        // a country named inside the setting is not the subject
        let (_, b) = Self.claims("During the long standoff near Greece, the ships have stayed in port and say that the harbour is calm.")
        #expect(!b.contains { $0.speaker == "Greece" }, "\(b)")
    }

    @Test func aShortQuotedFragmentInALaterReportedSentence() {
        let (_, cs) = Self.claims("\u{201C}We expect an answer from the ministry by the summer,\u{201D} Anders Lindqvist told Reuters on Monday. Lindqvist said he \u{201C}firmly\u{201D} believed the contract would be signed before the election.")
        #expect(Self.has(cs, "Anders Lindqvist", "We expect an answer from the ministry"), "\(cs)")
        #expect(Self.has(cs, "Anders Lindqvist", "believed the contract would be signed before the election"), "\(cs)")
    }

    @Test func aPossessiveDayNameOpensTheClauseSaid() {
        let (_, cs) = Self.claims("Japan said Tuesday's launch was a clear violation of the sanctions resolutions.")
        #expect(Self.has(cs, "Japan", "Tuesday's launch was a clear violation"), "\(cs)")
    }

    @Test func aBareStateBodyIsTheBodyOfTheStoryState() {
        let (_, cs) = Self.claims("LIMA, March 3 (Reuters) - Peru will send 200 army engineers to rebuild bridges in the north, the Defence Ministry said on Tuesday. Peruvian crews have worked in the region since the floods hit Peru in January.")
        #expect(Self.has(cs, "Peruvian Defence Ministry", "will send 200 army engineers"), "\(cs)")
        // a story from one capital about another state: the body stays unnamed by any state
        var article = Shared.article("Bolivia will expel two Chilean diplomats, the Foreign Ministry said. Bolivia accused them of spying, and Bolivia's president backed the move.")
        article.place = "Moscow"
        let r = Shared.pipeline.analyze(article)
        let b = r.claims.map { (speaker: Shared.name(r, $0.speaker), text: $0.text) }
        #expect(Self.has(b, "Foreign Ministry", "will expel two Chilean diplomats"), "\(b)")
    }

    @Test func theBodysStatementSpeaksForTheBody() {
        let (_, cs) = Self.claims("The Norwegian Health Ministry reported two new cases on Monday. \"Both patients are in stable condition and have been isolated,\" the ministry's statement said.")
        #expect(Self.has(cs, "Norwegian Health Ministry", "Both patients are in stable condition"), "\(cs)")
    }

    @Test func accordingToTheStatementToldBefore() {
        let (_, cs) = Self.claims("The Acme Mining Corporation reported a fire at its northern plant on Friday. According to the statement posted on its website, three workers were taken to hospital with burns.")
        #expect(Self.has(cs, "Acme Mining Corporation", "three workers were taken to hospital"), "\(cs)")
        // "according to the statement by X": X, the author named, not whoever spoke last
        let (_, b) = Self.claims("The Acme Mining Corporation reported a fire at its northern plant on Friday. According to the statement by the regional governor's office, three workers were taken to hospital.")
        #expect(!Self.has(b, "Acme Mining Corporation", "three workers were taken to hospital"), "\(b)")
        // after the content: "…, according to a ministry statement" is the ministry that spoke last
        let (_, c) = Self.claims("The Chilean Interior Ministry said police had broken up a smuggling ring in the port. Four customs officers were among the nine people detained, according to a ministry statement.")
        #expect(Self.has(c, "Chilean Interior Ministry", "Four customs officers were among the nine people"), "\(c)")
    }

    @Test func theStatementReads() {
        let (_, cs) = Self.claims("The Acme Shipping Company reported on Monday that its tanker had been freed. \"All crew members are safe and the vessel is heading to port,\" the statement reads.")
        #expect(Self.has(cs, "Acme Shipping Company", "All crew members are safe"), "\(cs)")
        // a person reads out somebody's words: no claim of theirs
        let (_, b) = Self.claims("Foreign Minister Ana Ortiz read a letter from the families of the sailors at the ceremony in Lisbon.")
        #expect(!b.contains { $0.speaker == "Ana Ortiz" }, "\(b)")
    }

    @Test func thePresidencyIsTheStoryState() {
        let (_, cs) = Self.claims("Niger and Chad agreed to open a joint border post. Niger will also send two liaison officers to N'Djamena, the presidency said on Sunday.")
        #expect(Self.has(cs, "Niger", "will also send two liaison officers"), "\(cs)")
    }

    @Test func aBareDenialIsAStatement() {
        let (_, cs) = Self.claims("Chilean officials accused Peru of arming smugglers on the border. Peru has repeatedly denied the accusations.")
        #expect(Self.has(cs, "Peru", "denied the accusations"), "\(cs)")
        // a charge described needs "as …" to be a verdict
        let (_, b) = Self.claims("Lawmakers asked about the audit, and the finance minister described the report.")
        #expect(!b.contains { $0.text.contains("the report") }, "\(b)")
    }

    /// "He called the strike “…”": a quoted verdict on a deed, not only on a charge, is the speaker's claim.
    @Test func aQuotedVerdictOnADeedIsAClaim() {
        let (_, cs) = Self.claims("Drones hit a depot near the town of Valmora overnight, regional governor Tomas Erlund said. He called the strike \u{201C}a cowardly act of the separatists.\u{201D}")
        #expect(Self.has(cs, "Tomas Erlund", "a cowardly act of the separatists"), "\(cs)")
        let (_, b) = Self.claims("Tomas Erlund called the meeting with the mayor on Friday.")
        #expect(b.isEmpty, "\(b)")
        let (_, c) = Self.claims("Police cleared the camp at Valmora on Monday in what the Bolivian government termed a \u{201C}safety\u{201D} operation.")
        #expect(c.isEmpty, "\(c)")
    }

    /// "X rejected the accusation and said that …": the rejection the speaker goes on from is X's claim, not the state's.
    @Test func aRejectionFollowedByMoreSpeechIsTheSpeakers() {
        let (_, cs) = Self.claims("Bolivian government spokeswoman Ana Ferreyra rejected the accusation and said that the rebels had shelled a school on Monday.")
        #expect(Self.has(cs, "Ana Ferreyra", "rejected the accusation"), "\(cs)")
        #expect(!cs.contains { $0.speaker == "Bolivia" }, "\(cs)")
        let (_, b) = Self.claims("Peru denied the charges, saying its troops had never crossed the river.")
        #expect(Self.has(b, "Peru", "denied the charges"), "\(b)")
    }

    @Test func aNameGivenInAppositionToTheSubjectSpeaks() {
        let (_, a) = Self.claims("The national fraud prosecutor's office, known as PNF, said the two men had been handed preliminary charges of money laundering.")
        #expect(Self.has(a, "PNF", "two men had been handed preliminary charges"), "\(a)")
        let (_, b) = Self.claims("The rebel alliance, also known as the Coastal Front, said it had captured two towns in the south.")
        #expect(Self.has(b, "Coastal Front", "it had captured two towns"), "\(b)")
        let (_, c) = Self.claims("The armed group, which calls itself the Acme Liberation Army, said it would release the hostages on Sunday.")
        #expect(Self.has(c, "Acme Liberation Army", "it would release the hostages"), "\(c)")
    }

    @Test func aBodyGivenInARelativeClauseSpeaks() {
        let (_, a) = Self.claims("The new media law was criticized by the Nordic Press Freedom Council, which said it would silence critics.")
        #expect(Self.has(a, "Nordic Press Freedom Council", "it would silence critics"), "\(a)")
        let (_, b) = Self.claims("The measure was welcomed by the Acme Workers Union, which said it protected jobs.")
        #expect(Self.has(b, "Acme Workers Union", "it protected jobs"), "\(b)")
        let (_, c) = Self.claims("The ceasefire was announced by the Coastal Front, which added that its fighters would stay in their positions.")
        #expect(Self.has(c, "Coastal Front", "its fighters would stay in their positions"), "\(c)")
        // a relative clause that describes the body reports nothing it said
        let (_, d) = Self.claims("China, which claims the island as its own territory, has stepped up patrols near it.")
        #expect(!d.contains { $0.speaker == "China" }, "\(d)")
    }

    @Test func aPersonInAppositionToARoleAfterTheVerb() {
        let (_, a) = Self.claims("\"We will not wait for the rebels to come to us,\" said the force's commander, Brigadier General Tomas Verbek, on the tarmac.")
        #expect(Self.has(a, "Tomas Verbek", "We will not wait for the rebels"), "\(a)")
        let (_, b) = Self.claims("\"The roads to the north are open again after the floods,\" said the mission's spokesman, Maria Lopez.")
        #expect(Self.has(b, "Maria Lopez", "The roads to the north are open again"), "\(b)")
        let (_, c) = Self.claims("\"Our engineers will restore power by Friday,\" said the company's chief executive, Anna Berg, at a briefing.")
        #expect(Self.has(c, "Anna Berg", "Our engineers will restore power by Friday"), "\(c)")
    }

    @Test func accordingToTheBodyNamedBefore() {
        let (_, a) = Self.claims("Gazprom will cut supplies to the smelter next week. According to the company, deliveries fell by a tenth in October.")
        #expect(Self.has(a, "Gazprom", "deliveries fell by a tenth in October"), "\(a)")
        let (_, b) = Self.claims("The Regional Emergency Management Office said the river had burst its banks. More than 2,000 people spent the night in schools, according to the office.")
        #expect(Self.has(b, "Regional Emergency Management Office", "More than 2,000 people spent the night in schools"), "\(b)")
        let (_, c) = Self.claims("Boeing delivered 30 jets in March. According to the firm, output of its narrow-body model will rise in the summer.")
        #expect(Self.has(c, "Boeing", "output of its narrow-body model will rise"), "\(c)")
        // no body named before: nobody speaks
        let (_, d) = Self.claims("Shares fell sharply on Thursday. According to the company, deliveries fell by a tenth in October.")
        #expect(!d.contains { $0.text.contains("deliveries fell by a tenth") }, "\(d)")
    }

    @Test func theBodyNamedBeforeWithItsStatesAdjective() {
        // (the firm of that state, not another named after it)
        let (_, a) = Self.claims("Rosneft signed a supply deal with Boeing on Monday. The Russian company said it would pay for the engines in roubles.")
        #expect(Self.has(a, "Rosneft", "it would pay for the engines in roubles"), "\(a)")
        let (_, b) = Self.claims("Airbus delivered 30 jets in March. The French firm said output of its narrow-body model would rise in the summer.")
        #expect(Self.has(b, "Airbus", "output of its narrow-body model would rise"), "\(b)")
        let (_, c) = Self.claims("Gazprom will cut supplies to the smelter next week. The Russian company said a pipeline needed repairs after a leak.")
        #expect(Self.has(c, "Gazprom", "pipeline needed repairs after a leak"), "\(c)")
        // no body named before: nobody speaks
        let (_, d) = Self.claims("Shares fell sharply on Thursday. The German company said orders for its trains had slowed in the autumn.")
        #expect(!d.contains { $0.text.contains("orders for its trains") }, "\(d)")
    }

    @Test func aRoleAfterAccordingToIsThePersonNamedWithIt() {
        let (_, cs) = Self.claims("Peruvian Interior Minister Juan Carlos Castro said police had detained six men near the border on Monday. According to the minister, the men had been in contact with smugglers in Bolivia.")
        #expect(Self.has(cs, "Juan Carlos Castro", "the men had been in contact with smugglers"), "\(cs)")
    }

    @Test func theCompanyIsNoAgencyNamedBefore() {
        let (_, cs) = Self.claims("Airbus signed a contract with Poland's Armament Agency on Friday to supply 40 helicopters. The deal was signed in Warsaw by officials of both sides, the company said.")
        #expect(Self.has(cs, "Airbus", "The deal was signed in Warsaw"), "\(cs)")
        #expect(!cs.contains { $0.speaker == "Poland Armament Agency" }, "\(cs)")
    }

    @Test func declaringAnActSaysNothing() {
        let (_, cs) = Self.claims("Eritrea declared independence from Ethiopia in 1993 after a long war. Sri Lankan President Ranil Wickremesinghe declared a state of emergency in the capital on Monday. Nepal declared a day of mourning for the victims of the floods.")
        #expect(cs.isEmpty, "\(cs)")
        // a declaration with a clause is still one
        let (_, b) = Self.claims("Ghanaian President Nana Akufo-Addo declared that the vote had been free and fair.")
        #expect(Self.has(b, "Nana Akufo-Addo", "the vote had been free and fair"), "\(b)")
    }

    @Test func aTitlesOfficeSpeaksForThePersonNamedWithTheTitle() {
        let (_, a) = Self.claims("Kenyan Prime Minister William Ruto faces pressure to open talks with the opposition. Former Nigerian president Olusegun Obasanjo met Ruto in Nairobi on Sunday, the prime minister's office said, without giving details.")
        #expect(Self.has(a, "William Ruto", "Olusegun Obasanjo met Ruto in Nairobi"), "\(a)")
        let (_, b) = Self.claims("Chilean President Gabriel Boric flew to Brasilia on Monday. Boric will sign a trade deal with Brazil on Tuesday, the president's press office said.")
        #expect(Self.has(b, "Gabriel Boric", "will sign a trade deal with Brazil"), "\(b)")
    }

    @Test func aLongTitleAndNameAfterTheVerbCloseTheSentence() {
        // (two lower-case words before the title; the opening setting is then what was said, not the title)
        let (_, cs) = Self.claims("In a separate attack on Monday in neighboring Kandahar province, a roadside bomb struck a police vehicle, killing three officers, said the provincial police spokesman, Ahmad Wali Karimi.")
        #expect(Self.has(cs, "Ahmad Wali Karimi", "a roadside bomb struck a police vehicle"), "\(cs)")
        #expect(!cs.contains { $0.text.contains("provincial police spokesman") }, "\(cs)")
    }

    @Test func hisSpokesmanSpeaksForThePersonThePronounStandsFor() {
        let (_, cs) = Self.claims("The court ruling surprised many in Santiago. Chilean President Gabriel Boric \"deeply regrets\" the decision of the court, his spokeswoman said on Monday.")
        #expect(Self.has(cs, "Gabriel Boric", "deeply regrets"), "\(cs)")
    }
}
