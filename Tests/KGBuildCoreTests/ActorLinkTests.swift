import Foundation
import Testing

@testable import KGBuildCore

// Actors a story names that were not linked to it. Every sentence here is invented; the outlets are
// real agencies of the gazetteer.

@Suite struct ActorLinkTests {
    static let pipeline = Shared.pipeline

    /// The article's linked actors (mentioned or linked with no mention) as "name|type".
    static func linked(_ r: ArticleResult) -> Set<String> {
        Set(r.mentionCounts.keys.compactMap { r.actors[$0] }.map { "\($0.name)|\($0.type)" })
    }

    static func analyze(_ text: String, path: String = "story.txt") -> ArticleResult {
        let articles = pipeline.textReader.read(text: text, path: path)
        return pipeline.analyze(articles[0])
    }

    /// The agency of a dateline ("BEIJING, May 3 (Xinhua) --", "ANKARA (AA) -", "MOSCOW, May 2. /TASS/.") filed the
    /// story: it is a media actor the article names, one node whatever form the dateline gives it, with no role.
    @Test func datelineAgencyIsALinkedOutlet() {
        let cases = [
            ("Harbour reopens after storm\n\nBEIJING, May 3 (Xinhua) -- A northern harbour reopened on Friday after a storm, officials said.", "Xinhua"),
            ("Drone maker signs deal\n\nANKARA (AA) - A Turkish drone maker signed a contract with a Gulf buyer on Tuesday.", "Anadolu Agency"),
            ("Frigate leaves port\n\nMOSCOW, May 2. /TASS/. A frigate of the Northern Fleet left port for a long voyage.", "TASS"),
            ("Talks open in capital\n\nNew Delhi, Jun 12 (PTI) Talks between two ministers opened in the capital on Monday.", "Press Trust of India"),
            ("Rains close schools\n\nAbidjan (AFP) - Heavy rains closed schools across the city on Monday.", "AFP"),
        ]
        for (text, outlet) in cases {
            let r = Self.analyze(text)
            #expect(Self.linked(r).contains("\(outlet)|media"), "\(text): \(Self.linked(r))")
            // linked with no mention: the outlet is no speaker and fills no role
            let id = r.actors.first { $0.value.name == outlet }?.key
            #expect(id.map { r.mentionCounts[$0] } == 0, "\(text)")
            #expect(!r.claims.contains { $0.speaker == id } && !r.events.contains { $0.arguments.contains { $0.actor == id } }, "\(text)")
        }
        // one node for the agency however a dateline or a record spells it
        let forms = ["AFP", "Agence France-Presse", "ITAR-TASS", "TASS", "AA", "Anadolu"].map { Shared.pipeline.mentions.outletRecord(named: $0)?.id }
        #expect(forms == ["actor:afp", "actor:afp", "actor:tass", "actor:tass", "actor:anadolu", "actor:anadolu"])
    }

    /// A record's metadata source (a JSON record's `source`, a page's site name) is not named by the article: it stays
    /// the article's `source` attribute and links no actor. An agency its own dateline names links when the gazetteer
    /// knows it as an outlet; a name it does not know as one, or a name of another kind, links nothing.
    @Test func onlyAnAgencyTheTextNamesIsALinkedOutlet() {
        func result(source: String?, outlet: String?) -> ArticleResult {
            Self.pipeline.analyze(Article(id: "r1", path: "feed.jsonl", index: 0, title: "Ferry service resumes",
                                     body: "A ferry service between two islands resumed on Monday after repairs, the operator said.",
                                     date: PartialDate(year: 2021, month: 3, day: 8), source: source, outlet: outlet))
        }
        #expect(!Self.linked(result(source: "Reuters", outlet: nil)).contains("Reuters|media"))
        #expect(Self.linked(result(source: "Reuters", outlet: "Reuters")).contains("Reuters|media"))
        #expect(Self.linked(result(source: nil, outlet: "Kyodo")).contains("Kyodo News|media"))
        for name in ["reuters.com", "Special Correspondent", "Staff Reporter", "Russia", "NATO", "TEST"] {
            let linked = Self.linked(result(source: name, outlet: name))
            #expect(!linked.contains { $0.hasSuffix("|media") || $0.hasPrefix("Russia|") || $0.hasPrefix("NATO|") }, "\(name): \(linked)")
        }
        // a JSON record with metadata and a dateline: the dateline's agency is the one linked
        let record = RecordAssembly.article(title: "Port reopens", text: "SEOUL, May 20 (Yonhap) -- A port reopened on Monday after repairs.",
                                            date: nil, source: "Reuters", url: nil, id: "y1", fallbackID: "y1", path: "feed.jsonl",
                                            index: 0, isPlace: Shared.pipeline.textReader.isPlace)
        #expect(record.outlet == "Yonhap" && record.source == "Reuters")
    }

    /// An agency's credit line ("(Reporting by A in Cairo; Editing by B)") names who wrote and edited the story: no
    /// actor, place or node of it, unless the story names them elsewhere.
    @Test func aCreditLineNamesNoActor() {
        let text = """
        Port strike ends after deal

        ROTTERDAM (Reuters) - Dock workers ended a three-day strike on Friday after a pay deal, the union said. John Harlow, a crane operator, said the deal was fair.

        (Reporting by John Harlow and Tom Hartwig in Lisbon; Additional reporting by Hannah Okafor; Editing by Peter Lindqvist)
        """
        let r = Self.analyze(text)
        let names = Set(r.actors.values.map(\.name))
        for credited in ["Tom Hartwig", "Hannah Okafor", "Peter Lindqvist", "Lisbon"] {
            #expect(!names.contains(credited), "\(credited): \(names)")
        }
        // named in the story too: still its actor
        #expect(Self.linked(r).contains { $0.hasPrefix("John Harlow|") }, "\(Self.linked(r))")
        #expect(MentionFinder.creditLines(Document(title: "", body: text).tokens).count == 1)
    }

    /// The people of a sentence (name|type of its mentions that are persons).
    static func people(_ text: String) -> Set<String> {
        let (_, r) = MentionFinderTests.find(text)
        return Set(r.mentions.compactMap { r.actors[$0.actor] }.filter { $0.type == "person" }.map(\.name))
    }

    /// A name of two or three words opening with a common given name is a person's, with no title or verb of
    /// speaking to tell it (sport and business copy, lists of envoys); a known person's surname inside it does not
    /// make it that person. A given name that is a common word or a city is not enough.
    @Test func aCommonGivenNameOpensAPersonsName() {
        #expect(Self.people("The final between Felix Obuya and Rohit Venkataraman was postponed by rain.")
                == ["Felix Obuya", "Rohit Venkataraman"])
        #expect(Self.people("The envoys, former presidents Joaquim Mabote of Malawi and Ellen Johnson Tarpeh of Liberia, arrived on Friday.")
                == ["Joaquim Mabote", "Ellen Johnson Tarpeh"])
        #expect(Self.people("In the other game, Magnus Eriksen beat Hikaru Tanabe after a long endgame.") == ["Magnus Eriksen", "Hikaru Tanabe"])
        // not given names: no person
        for text in ["Milan Cathedral reopened to visitors on Monday.", "Santiago Airport was closed by fog.", "Grace Period Ends For Small Farms, the ministry warned."] {
            #expect(Self.people(text).isEmpty, "\(text): \(Self.people(text))")
        }
    }

    /// Where a statement is posted ("wrote on Twitter", "said on Telegram") is an outlet the story names; it is not
    /// the speaker, who stays the one who wrote.
    @Test func aPlatformAStatementIsPostedOnIsAnOutlet() {
        let r = Shared.analyze("Foreign Minister Jane Roe wrote on Twitter that the talks had been useful. The governor said on Telegram that no one was hurt.")
        let linked = Self.linked(r)
        #expect(linked.contains("Twitter|media") && linked.contains("Telegram|media"), "\(linked)")
        #expect(!r.claims.contains { ["Twitter", "Telegram"].contains(Shared.name(r, $0.speaker)) }, "\(r.claims.map { Shared.name(r, $0.speaker) })")
        #expect(r.claims.contains { Shared.name(r, $0.speaker) == "Jane Roe" && $0.text.contains("useful") })
    }

    /// An outlet named after what it is, with a Romance link inside its name ("the weekly Journal du Dimanche"), or by
    /// its acronym after its owner and medium ("state television RTI", "Swiss television RTS"); not a plain word after
    /// "television", nor a name without its outlet noun.
    @Test func outletsNamedAfterWhatTheyAre() {
        #expect(NameRuleTests.actors(MentionFinderTests.find("The commander told the French weekly Journal du Soir that talks were over.").1)
                .contains("Journal du Soir|media"))
        #expect(NameRuleTests.actors(MentionFinderTests.find("A spokesman said on state television ORTX that the curfew was lifted.").1)
                .contains("ORTX|media"))
        #expect(NameRuleTests.actors(MentionFinderTests.find("The minister told Swiss television RTQ that he was hopeful.").1)
                .contains("RTQ|media"))
        for text in ["The minister said on state television Monday that he was hopeful.", "The band played Journal du Soir live."] {
            #expect(!NameRuleTests.actors(MentionFinderTests.find(text).1).contains { $0.hasSuffix("|media") }, "\(text)")
        }
    }

    /// "X said on Twitter, accusing Y": the outlet a statement went out on does not accuse; the speaker does.
    @Test func theOutletAStatementWentOutOnIsNoAccuser() {
        for text in ["Foreign Minister Jane Roe said on Twitter, accusing Ruritania of lying about the strikes.",
                     "Government spokesman John Doe told state television ORTX, accusing the rebels of shelling the market."] {
            let r = Shared.analyze(text)
            let accusers = Shared.events(r, "accusation").flatMap { e in e.arguments.filter { $0.role == "accuser" }.map { Shared.name(r, $0.actor) } }
            #expect(!accusers.isEmpty && accusers.allSatisfy { $0 == "Jane Roe" || $0 == "John Doe" }, "\(text): \(Shared.describe(r))")
        }
    }

    /// Firms, exchanges, leagues and clubs of the gazetteer are actors of business and sport copy; a person or place
    /// named like one keeps its own reading ("Nikola Tesla airport" has no carmaker in it).
    @Test func knownFirmsAndClubsAreActors() {
        let found = NameRuleTests.actors(MentionFinderTests.find("Commerzbank and HSBC led the loan, while Juventus beat Sampdoria in Serie A.").1)
        for name in ["Commerzbank", "HSBC", "Juventus", "Sampdoria", "Serie A"] { #expect(found.contains("\(name)|organization"), "\(found)") }
        #expect(!NameRuleTests.actors(MentionFinderTests.find("Flights resumed at Nikola Tesla airport on Monday.").1).contains { $0.hasSuffix("|organization") })
    }

    /// "Minister of State for Foreign Affairs": a portfolio, not the American magazine, which is named as a magazine.
    @Test func aPortfolioIsNoMagazine() {
        let found = NameRuleTests.actors(MentionFinderTests.find("Minister of State for Foreign Affairs Omar Haddad said the decision was wrong.").1)
        #expect(!found.contains { $0.hasSuffix("|media") }, "\(found)")
        let magazine = NameRuleTests.actors(MentionFinderTests.find("She wrote in Foreign Affairs magazine last year that sanctions had failed.").1)
        #expect(magazine.contains { $0.hasSuffix("|media") }, "\(magazine)")
    }
}
