import Testing

@testable import KGBuildCore

// Bodies named after a capital or a compass word, a given name that is also a place's after a state's title, and
// threats and pledges that give a thing rather than words. Every sentence here is invented.

@Suite struct BodyNameAndCommitmentTests {
    static func actors(_ text: String) -> Set<String> { NameRuleTests.actors(MentionFinderTests.find(text).1) }
    static func claims(_ body: String) -> [(speaker: String, text: String)] { ClaimShapeTests.claims(body).1 }

    @Test func aCapitalsNameOpensItsStatesBody() {
        let found = Self.actors("The Kabul Garrison Command said on Sunday that two rockets hit an empty lot. "
            + "The Ankara Criminal Court ordered the journalist released.")
        #expect(found.contains("Kabul Garrison Command|organization"), "\(found)")
        #expect(found.contains("Ankara Criminal Court|organization"), "\(found)")
        // no fragment without the capital
        #expect(!found.contains { $0.hasPrefix("Garrison Command|") || $0.hasPrefix("Criminal Court|") }, "\(found)")
        // a capital alone is still the place
        #expect(Self.actors("Rockets hit Kabul overnight.").contains("Kabul|place"))
    }

    @Test func aCompassWordOpensABodysName() {
        let found = Self.actors("The Eastern Naval Command said it had tracked the frigate. Central Election Commission said the vote "
            + "would go ahead.")
        #expect(found.contains("Eastern Naval Command|organization"), "\(found)")
        #expect(found.contains("Central Election Commission|organization"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Naval Command|") || $0.hasPrefix("Election Commission|") }, "\(found)")
        // before a known name the compass word is the region's, not a body's
        let region = Self.actors("Northern Syria Council members met on Friday.")
        #expect(!region.contains { $0.hasPrefix("Northern Syria Council|") }, "\(region)")
    }

    @Test func aPlacesNameAfterAStatesTitleIsTheGivenName() {
        // "Salahuddin" is also an Iraqi province: after "Bangladesh's envoy" it opens the envoy's name
        let cs = Self.claims("Bangladesh's permanent representative Salahuddin Rahim Chowdhury told the council that Dhaka would "
            + "send two more police units.")
        #expect(cs.contains { $0.speaker == "Salahuddin Rahim Chowdhury" && $0.text.contains("send two more police units") }, "\(cs)")
        // a title with no name after it is still the state's office
        let office = Self.claims("Kenya's interior minister said the curfew would be lifted on Monday.")
        #expect(office.contains { $0.speaker == "Kenya" && $0.text.contains("curfew would be lifted") }, "\(office)")
    }

    @Test func aThreatOrPledgeOfAThingIsNoClaim() {
        let none = Self.claims("Brussels has repeatedly threatened Belgrade with sanctions over the border dispute. Japan has been "
            + "the largest donor to Mongolia, pledging more than $900 million in grants since 2010.")
        #expect(none.isEmpty, "\(none)")
        // a threat or a pledge of an act is said
        let said = Self.claims("Iran threatened on Sunday to close its airspace to foreign carriers. Defence Minister Marta Quiroga pledged "
            + "that the troops would leave the region by May.")
        #expect(said.contains { $0.speaker == "Iran" && $0.text.contains("close its airspace") }, "\(said)")
        #expect(said.contains { $0.speaker == "Marta Quiroga" && $0.text.contains("troops would leave") }, "\(said)")
    }

    @Test func theStatementToldBeforeIsItsSubjects() {
        // (another speaker in between: the statement is still the one told of, not the last speaker's)
        let cs = Self.claims("Prime Minister Tomas Rendal ordered an inquiry into the sabotage in a statement released by his "
            + "office. Mayor Ines Caldera said the bridge would reopen in June.\n\n“Those responsible will be found and "
            + "punished,” the statement said.")
        #expect(cs.contains { $0.speaker == "Tomas Rendal" && $0.text.contains("Those responsible will be found") }, "\(cs)")
        // with no statement told before, the statement is the last speaker's
        let last = Self.claims("Mayor Ines Caldera said the bridge would reopen in June.\n\n“The repairs are on schedule,” the "
            + "statement said.")
        #expect(last.contains { $0.speaker == "Ines Caldera" && $0.text.contains("repairs are on schedule") }, "\(last)")
    }

    @Test func aLoneNameDescribedAsAPersonIsOne() {
        // named in full without a cue earlier, then by the surname with ", who": the same person speaks
        let cs = Self.claims("The title went to Tomasz Wierzba after a tie-break against the defending champion.\n\n"
            + "Wierzba, who turned professional at 16, said the final game had been the hardest of his career. "
            + "“I was lost for an hour,” he said.")
        #expect(cs.contains { $0.speaker == "Tomasz Wierzba" && $0.text.contains("I was lost for an hour") }, "\(cs)")
        // a lone name with an age opening its sentence
        let found = Self.actors("Okafor, 41, trained as an engineer in Lagos before joining the mission.")
        #expect(found.contains("Okafor|person"), "\(found)")
        // a firm with "which" is no person
        #expect(!Self.actors("Veltronix, which makes sensors, cut its forecast.").contains("Veltronix|person"))
    }

    @Test func aPhraseQuotedAfterAnUnnamedSpeakersVerbIsNotTheLastSpeakers() {
        let cs = Self.claims("Director Ilse Marrow said the archive would reopen in March. “The roof is finished,” she said.\n\n"
            + "The panel said it had admired the restoration's “patient attention to every beam”. Its chairman, "
            + "Yusuf Demirel, told reporters that the vote had been unanimous.")
        #expect(!cs.contains { $0.speaker == "Ilse Marrow" && $0.text.contains("patient attention") }, "\(cs)")
        #expect(cs.contains { $0.speaker == "Yusuf Demirel" && $0.text.contains("vote had been unanimous") }, "\(cs)")
    }

    @Test func aVerdictQuotedAfterAParticipleIsTheSubjects() {
        let cs = Self.claims("“The border post was attacked at dawn,” Interior Minister Sadia Khoury said.\n\n"
            + "Erstavia's Foreign Minister Pavel Drouin rejected the charge, calling it “a fable written for the cameras.”")
        #expect(cs.contains { $0.speaker == "Pavel Drouin" && $0.text.contains("a fable written for the cameras") }, "\(cs)")
        #expect(!cs.contains { $0.speaker == "Sadia Khoury" && $0.text.contains("a fable") }, "\(cs)")
        // a verdict with a subject of its own is not the opener's
        let own = Self.claims("“We were lucky,” coach Rui Amaral said.\n\nSyria, playing away from home, held Japan to a "
            + "1-1 draw, a result their captain called “a small miracle on a terrible pitch”.")
        #expect(!own.contains { $0.speaker == "Syria" && $0.text.contains("small miracle") }, "\(own)")
    }

    @Test func aHeadlinesAsClauseHoldsNoPlaceOfItsEvent() {
        let r = Shared.pipeline.analyze(Shared.article("Police in Karachi said on Monday they had foiled a plot to bomb a railway "
            + "bridge in Sindh province and arrested four men.", title: "Pakistan foils bridge plot as tensions with Kabul rise"))
        let foiled = Shared.events(r, "attack_thwarted")
        #expect(!foiled.isEmpty)
        #expect(!foiled.contains { $0.place.map { Shared.name(r, $0) } == "Kabul" }, "\(foiled)")
    }

    @Test func aDateBetweenTheAndAnotherNounDatesThatNoun() {
        // (the article is dated 24 June 2014: "the May 3 incident" is another thing's date, the shelling takes the article's)
        let r = Shared.pipeline.analyze(Shared.article("Armenian forces shelled Azerbaijani positions in retaliation for the May 3 "
            + "incident at a border post."))
        let attacks = Shared.events(r, "attack").filter { Shared.has(r, $0, "attacker", "Armenia") }
        #expect(!attacks.isEmpty)
        #expect(!attacks.contains { $0.date?.description == "2014-05-03" }, "\(attacks.map { $0.date?.description ?? "-" })")
        // the date of the trigger's own noun still counts
        let m = Shared.pipeline.analyze(Shared.article("Lavrov was at the June 12 defence ministers' meeting in Oslo."))
        #expect(Shared.events(m, "meeting").contains { $0.date?.description == "2014-06-12" })
    }

    @Test func theMonthMayIsNoSupposition() {
        let r = Shared.pipeline.analyze(Shared.article("Lavrov was at the May 12 defence ministers' meeting in Oslo. The Iranian "
            + "and Iraqi defence ministers met in Baghdad on 3 May."))
        let meetings = Shared.events(r, "meeting")
        #expect(meetings.contains { $0.date?.description == "2014-05-12" }, "\(meetings.map { $0.date?.description ?? "-" })")
        #expect(meetings.contains { $0.date?.description == "2014-05-03" }, "\(meetings.map { $0.date?.description ?? "-" })")
        // the modal still makes a supposition
        let may = Shared.pipeline.analyze(Shared.article("The two ministers may meet in Oslo next week."))
        #expect(Shared.events(may, "meeting").isEmpty)
    }

    @Test func aSpokespersonIsNeverTheOneJudged() {
        let r = Shared.pipeline.analyze(Shared.article("President Nana Akufo-Addo condemned the ambush in a statement issued by his "
            + "spokesman Kojo Oppong Nkrumah."))
        let c = Shared.events(r, "criticism")
        #expect(c.contains { Shared.has(r, $0, "critic", "Nana Akufo-Addo") }, "\(c)")
        #expect(!c.contains { Shared.has(r, $0, "target", "Kojo Oppong Nkrumah") }, "\(c)")
    }
}
