import Foundation
import Testing

@testable import KGBuildCore

// People, outlets and firms the gazetteer does not know, found by what surrounds them. Every name and
// sentence here is invented.

@Suite struct NameRuleTests {
    static func find(_ text: String) -> (Document, MentionFinder.Result) { MentionFinderTests.find(text) }

    /// The actors of the mentions, as (name, type), and the surfaces that name `name`.
    static func actors(_ r: MentionFinder.Result) -> Set<String> {
        Set(r.mentions.compactMap { r.actors[$0.actor] }.map { "\($0.name)|\($0.type)" })
    }
    static func surfaces(_ doc: Document, _ r: MentionFinder.Result, of name: String) -> [String] {
        r.mentions.filter { r.actors[$0.actor]?.name == name }.map { doc.text($0.start, $0.end) }
    }

    /// A maker's name with a model's number is the product ("a MiG-29", "Airbus A320 jets"): the maker does
    /// nothing the jets do. The maker named alone, and a name before a year, still are actors.
    @Test func aModelNumberMakesTheMakersNameAProduct() {
        for text in ["The air force lost a MiG-29 over the sea.", "Three Airbus A320 jets were grounded.",
                     "Two Boeing 737 airliners collided on the runway."] {
            #expect(Self.actors(Self.find(text).1).allSatisfy { !$0.hasSuffix("|organization") }, "\(text)")
        }
        #expect(Self.actors(Self.find("MiG said it would build more fighters.").1).contains("MiG|organization"))
        #expect(Self.actors(Self.find("Airbus 2025 deliveries rose, Airbus said.").1).contains("Airbus|organization"))
    }

    @Test func relativeClauseWithWhoMakesAPerson() {
        let (doc, r) = Self.find("Tamsin Okonedo-Vale, who directs the reef survey at a marine institute, said the coral had shrunk. "
            + "Okonedo-Vale said warmer water was to blame.")
        #expect(Self.actors(r).contains("Tamsin Okonedo-Vale|person"))
        // the hyphenated surname alone is one mention of the same person, not "Vale" on its own
        #expect(Self.surfaces(doc, r, of: "Tamsin Okonedo-Vale") == ["Tamsin Okonedo-Vale", "Okonedo-Vale"])
    }

    @Test func hyphenatedSurnameIsOneMention() {
        let (doc, r) = Self.find("The talks were chaired by Deputy Minister Benedek Szalay-Korn on Friday. Szalay-Korn told reporters the "
            + "draft was ready, and Korn's aides agreed.")
        let surfaces = Self.surfaces(doc, r, of: "Benedek Szalay-Korn")
        #expect(surfaces.first == "Benedek Szalay-Korn")
        #expect(surfaces.contains("Szalay-Korn"))
        #expect(!r.mentions.contains { doc.text($0.start, $0.end) == "Szalay" })
    }

    @Test func givenNameAloneRefersToThePersonNamedInFull() {
        let (doc, r) = Self.find("Farrukh Ostanovich, who drives a taxi between the two towns, waited six hours at the checkpoint. "
            + "Farrukh said the guards had turned back every car.")
        #expect(Self.surfaces(doc, r, of: "Farrukh Ostanovich") == ["Farrukh Ostanovich", "Farrukh"])
        // two people of that given name: the given name alone names neither
        let (doc2, r2) = Self.find("Farrukh Ostanovich, who drives a taxi, waited. Farrukh Belov, who sells bread, waited too. Farrukh said it was cold.")
        #expect(!r2.mentions.contains { doc2.text($0.start, $0.end) == "Farrukh" })
    }

    @Test func personIntroducedByABareName() {
        let (_, r) = Self.find("A nurse from the clinic and a boy named Tobiah waved from the roof of the bus.")
        #expect(Self.actors(r).contains("Tobiah|person"))
    }

    @Test func outletsIntroducedByWhatTheyAre() {
        let (_, r) = Self.find("Quarrel Post news website reported the arrests late on Sunday, and the regional daily Vremenik Kray said the "
            + "governor had resigned, according to the news agency Lumora.")
        let found = Self.actors(r)
        #expect(found.contains("Quarrel Post|media"))
        #expect(found.contains("Vremenik Kray|media"))
        #expect(found.contains("Lumora|media"))
    }

    @Test func firmsIntroducedByWhatTheyAre() {
        let (_, r) = Self.find("\"Demand is holding up,\" Ostrander Quill analysts said in a report on Friday. Brokers agreed with "
            + "economists at Brackwater Partners, while TRX bank said rates would rise. Halvorsen Mott, an investment bank based in "
            + "the north, said it expected a cut.")
        let found = Self.actors(r)
        #expect(found.contains("Ostrander Quill|organization"))
        #expect(found.contains("Brackwater Partners|organization"))
        #expect(found.contains("TRX|organization"))
        #expect(found.contains("Halvorsen Mott|organization"))
        #expect(!found.contains("Halvorsen Mott|person"))
    }

    /// Sentence-initial words, generic media words and appositions that only mention a firm stay out.
    @Test func genericWordsAreNoActors() {
        let (_, r) = Self.find("Military analysts expect a long campaign, and Wall Street analysts agree with the Far East economists. The TV channel \"Kanal Nine\" aired the speech, the newspaper "
            + "said on Monday. Osric Fenwell, a former bank executive, said he would run. Several economists disagreed.")
        let found = Self.actors(r)
        #expect(!found.contains { $0.hasPrefix("Military") || $0.hasPrefix("TV|") || $0.hasPrefix("Several") || $0.hasPrefix("Wall") || $0.hasPrefix("Far") })
        #expect(found.contains("Osric Fenwell|person"))
    }

    @Test func occupationsIntroduceNames() {
        let (_, r) = Self.find("The crew includes astronaut Pellam Ruiz, and firefighter Oriol Sandoval pulled two men from the car. "
            + "Deputy Undersecretary Marit Holm signed the order.")
        let found = Self.actors(r)
        #expect(found.contains("Pellam Ruiz|person"))
        #expect(found.contains("Oriol Sandoval|person"))
        #expect(found.contains("Marit Holm|person"))
    }

    @Test func nameSetOffByCommasAfterATitle() {
        let (_, r) = Self.find("A retired surgeon, Edda Vrolijk, stopped to help, and a volunteer firefighter, Tomasz Wielgosz, freed the driver.")
        let found = Self.actors(r)
        #expect(found.contains("Edda Vrolijk|person"))
        #expect(found.contains("Tomasz Wielgosz|person"))
    }

    @Test func portfolioBetweenTitleAndName() {
        let (_, r) = Self.find("Estonia's Deputy Minister of Water Resources Kaido Lepiksaar signed the accord, and Minister of Rural Roads "
            + "Anneli Kask attended.")
        let found = Self.actors(r)
        #expect(found.contains("Kaido Lepiksaar|person"))
        #expect(found.contains("Anneli Kask|person"))
        #expect(!found.contains { $0.hasPrefix("Water") || $0.hasPrefix("Rural") })
    }

    @Test func acronymBeforeATitleIsTheOrganization() {
        let (_, r) = Self.find("The crew was joined by QRX engineer Lena Mortveit on Tuesday.")
        let found = Self.actors(r)
        #expect(found.contains("QRX|organization"))
        #expect(found.contains("Lena Mortveit|person"))
    }

    @Test func journalIsAnOutlet() {
        let (_, r) = Self.find("The team's results appeared in the Halden Soil Review journal last spring.")
        #expect(Self.actors(r).contains("Halden Soil Review|media"))
    }

    @Test func coordinatedSpeakers() {
        let (_, r) = Self.find("Ilse Brandvold and Kofi Asamoah-Reyes told reporters the bridge would reopen in May.")
        let found = Self.actors(r)
        #expect(found.contains("Ilse Brandvold|person"))
        #expect(found.contains("Kofi Asamoah-Reyes|person"))
    }

    @Test func titledNameSetOffByCommas() {
        let (_, r) = Self.find("The sect's founder, Sheikh Zarmin Haqbeen, lives abroad.")
        #expect(Self.actors(r).contains("Zarmin Haqbeen|person"))
        let (_, one) = Self.find("The sect is run by her deputy, Sheikh Haqbeen, since the split.")
        #expect(Self.actors(one).contains("Haqbeen|person"))
    }

    /// A state's ministry named several ways in one story is one actor, its id made from the ministry's kind.
    @Test func ministrySpellingsOfOneStateAreOneActor() {
        let (_, r) = Self.find("The Peruvian Defense Ministry said the patrol boats had sailed. Peru's Ministry of Defence said "
            + "the crews were safe. The defence ministry of Peru later added that the Ministry of National Defence of Peru "
            + "would report on Friday. Peru's Foreign Ministry and the Peruvian Ministry of Foreign Affairs both spoke; "
            + "the Peruvian Ministry of the Interior and Peru's Interior Ministry did not. The Peruvian Ministry of Defence and "
            + "Veterans Affairs said the crews would be decorated.")
        let ids = Set(r.mentions.map(\.actor).filter { $0.hasPrefix("actor:org:per:") })
        #expect(ids == ["actor:org:per:defence-ministry", "actor:org:per:foreign-ministry", "actor:org:per:interior-ministry"])
        // the longer name is the same ministry, not a ministry and a person "Veterans Affairs"
        #expect(!Self.actors(r).contains { $0.hasSuffix("|person") })
    }

    /// A state's institution the gazetteer knows is that actor however the story names the state.
    @Test func institutionInTheGazetteerIsItsActor() {
        let (_, r) = Self.find("Britain's Foreign Office said it had summoned the envoy. The British Foreign Office added that "
            + "talks would go on. America's State Department said the envoy had left.")
        let ids = Set(r.mentions.map(\.actor).filter { !$0.hasPrefix("actor:GBR") && !$0.hasPrefix("actor:USA") })
        #expect(ids == ["actor:uk-foreign-office", "actor:state-department"])
    }

    /// The people of the mentions, as "name|country".
    static func people(_ r: MentionFinder.Result) -> Set<String> {
        Set(r.mentions.compactMap { r.actors[$0.actor] }.filter { $0.type == "person" }.map { "\($0.name)|\($0.country ?? "-")" })
    }

    @Test(arguments: [
        ("Defence Minister Marta Kowalczyk told her Greek counterpart Nikos Vardakis by phone that the drill would go ahead.",
         "Nikos Vardakis|GRC"),
        ("The Polish prime minister received his Lithuanian counterpart Tomas Zemaitis in Warsaw on Tuesday.", "Tomas Zemaitis|LTU"),
        ("The ministers held talks with their Kenyan counterparts Amina Wanjiru Otieno on the port deal.", "Amina Wanjiru Otieno|KEN"),
    ])
    func unknownNameAfterAStatesCounterpartIsItsPerson(_ text: String, _ person: String) {
        #expect(Self.people(Self.find(text).1).contains(person))
    }

    @Test func knownNameAfterACounterpartStaysOnePerson() {
        // a title word inside the name ("Sheikh") splits no known name into people of its parts
        let (doc, r) = Self.find("The president welcomed his Somali counterpart Hassan Sheikh Mohamud to the capital on Monday.")
        #expect(Self.people(r) == ["Hassan Sheikh Mohamud|SOM"])
        #expect(Self.surfaces(doc, r, of: "Hassan Sheikh Mohamud") == ["Hassan Sheikh Mohamud"])
    }
}

/// A capitalized word before a known person's full name: an honorific the lists know ("Comrade"), or a word they
/// do not ("Veteran"), is no part of the name; read as one unknown name, its words were taken for other people's
/// surnames ("Yong", "Jong").
@Suite struct NamePrefixTests {
    static func people(_ text: String) -> [String] {
        let (doc, r) = MentionFinderTests.find(text)
        return r.mentions.filter { r.actors[$0.actor]?.type == "person" }.map { "\(doc.text($0.start, $0.end))=\(r.actors[$0.actor]!.name)" }
    }

    @Test func honorificAndUnknownWordBeforeAKnownName() {
        #expect(Self.people("Respected Comrade Kim Jong Un inspected a munitions plant on Friday.") == ["Kim Jong Un=Kim Jong Un"])
        #expect(Self.people("Veteran Kim Yong Nam said the plant was ready.") == ["Kim Yong Nam=Kim Yong Nam"])
        #expect(Self.people("Citizen Kim Jong Un toured the port.") == ["Kim Jong Un=Kim Jong Un"])
        // an unknown person keeps a given name the lists know
        #expect(Self.people("Comrade Ivan Petrov toured the port.") == ["Ivan Petrov=Ivan Petrov"])
    }
}

/// Portfolios after a title: "for" opens one as "of" does, an "and" may join its words, and a portfolio that is
/// also a magazine's name ("Foreign Affairs") is no outlet there.
@Suite struct PortfolioTitleTests {
    @Test func portfoliosThenTheName() {
        let cases: [(String, String, String)] = [
            ("Tongan Minister for Home Affairs Sione Vuna met the delegation.", "Sione Vuna", "tongan minister"),
            ("Malaysia's Coordinating Minister for Economic and Trade Affairs Aminah Zulkefli met him.", "Aminah Zulkefli", "coordinating minister"),
            ("Minister of Foreign Affairs Tomas Varga met him in Bratislava.", "Tomas Varga", "minister"),
            ("Ambassador-at-Large Oleg Sorokin led the delegation.", "Oleg Sorokin", "ambassador-at-large"),
        ]
        for (text, name, role) in cases {
            let (_, r) = MentionFinderTests.find(text)
            let person = r.actors.values.first { $0.type == "person" }
            #expect(person?.name == name, "\(text)")
            #expect(person?.roles.contains(role) == true, "\(text): \(person?.roles ?? [])")
            #expect(!r.actors.values.contains { $0.type == "media" }, "\(text)")
        }
    }

    /// "a spokesman for the Defence Ministry" names the body, not a portfolio: no person is made of it.
    @Test func aBodyAfterForIsNoPortfolio() {
        let (_, r) = MentionFinderTests.find("A spokesman for the Defence Ministry said the drills would go ahead.")
        #expect(!r.actors.values.contains { $0.type == "person" })
    }
}

/// Dotted initials open names in South Asian copy ("R.G.K. Kapoor"); a known dotted name ("U.S.") does not.
@Suite struct InitialsNameTests {
    @Test func dottedInitialsBeforeASurname() {
        let (doc, r) = MentionFinderTests.find("Defence Secretary P.K. Raghavan said the contract was signed. Raghavan added that the first "
            + "aircraft would arrive next year. U.S. Army engineers also visited the base.")
        let people = r.mentions.filter { r.actors[$0.actor]?.type == "person" }.map { doc.text($0.start, $0.end) }
        #expect(people == ["P.K. Raghavan", "Raghavan"])
        #expect(r.actors.values.contains { $0.name == "P.K. Raghavan" && $0.roles.contains("defence secretary") })
        #expect(!r.actors.values.contains { $0.type == "person" && $0.name.hasPrefix("U.S.") })
    }
}
