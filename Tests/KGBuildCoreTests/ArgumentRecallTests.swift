import Testing

@testable import KGBuildCore

/// The roles of events that are found: statements and commitments take no place from their clause, and a judging
/// verb's definite noun ("condemned the shipment") reaches back further for the event it names. Short articles
/// written for the purpose.
@Suite struct ArgumentRecallTests {
    static func analyze(_ text: String) -> ArticleResult {
        Shared.pipeline.analyze(Shared.article(text, title: "Story"))
    }

    static func events(_ r: ArticleResult, _ type: String) -> [Event] { r.events.filter { $0.type == type } }

    static func placeNames(_ r: ArticleResult, _ e: Event) -> [String] { e.place.map { Shared.names(r, $0) } ?? [] }

    static func has(_ r: ArticleResult, _ e: Event, _ role: String, _ name: String) -> Bool {
        e.arguments.contains { $0.role == role && Shared.names(r, $0.actor).contains(name) }
    }

    /// "accused Russia of shelling homes in Kharkiv": the place is where the shelling happened, not the accusation;
    /// the same place told of the shelling itself is the attack's.
    @Test func anAccusationTakesNoPlaceFromItsMatter() throws {
        let r = Self.analyze("Ukraine accused Russia of shelling apartment blocks in Kharkiv on Monday.")
        let a = try #require(Self.events(r, "accusation").first)
        #expect(Self.has(r, a, "accuser", "Ukraine") && Self.has(r, a, "accused", "Russia"), "\(a.arguments)")
        #expect(a.place == nil, "\(String(describing: a.place))")
        let s = Self.analyze("Russian jets bombed Ukrainian army positions in Kharkiv on Monday, killing four soldiers.")
        let e = try #require(Self.events(s, "attack").first)
        #expect(Self.placeNames(s, e).contains("Kharkiv"), "\(String(describing: e.place))")
    }

    /// "condemned the bombing of a hospital in Aleppo", "money for schools in Mosul": criticism and funding name
    /// the matter's place; a meeting in a city keeps its place.
    @Test func criticismAndFundingTakeNoPlace() throws {
        let r = Self.analyze("France condemned Syria over the bombing of a hospital in Aleppo on Tuesday.")
        let c = try #require(Self.events(r, "criticism").first)
        #expect(Self.has(r, c, "critic", "France"), "\(c.arguments)")
        #expect(c.place == nil, "\(String(describing: c.place))")
        let f = Self.analyze("Japan will provide 20 million dollars in grants to Iraq to rebuild schools in Mosul, the embassy said.")
        let g = try #require(Self.events(f, "funding").first)
        #expect(Self.has(f, g, "funder", "Japan"), "\(g.arguments)")
        #expect(g.place == nil, "\(String(describing: g.place))")
        let m = Self.analyze("Chinese Foreign Minister Wang Yi met Indian Foreign Minister Subrahmanyam Jaishankar in Beijing on Monday.")
        let e = try #require(Self.events(m, "meeting").first)
        #expect(Self.placeNames(m, e).contains("Beijing"), "\(String(describing: e.place))")
    }

    static let delivery = "France has delivered twenty armoured vehicles and anti-tank missiles to Chad, the defence ministry said on Monday. "
    static let filler = ["The vehicles will join units stationed near the eastern border.", "Officers from both armies inspected them at a depot.",
                         "Training for the crews is to begin next month.", "The order was placed two years ago.",
                         "Further batches are due in the spring.", "Local newspapers carried photographs of the convoy.",
                         "Farmers in the region complained about the roads.", "Rain fell heavily during the week."]

    /// "Russia condemned the shipment" four sentences after the delivery: the target is the supplier.
    @Test func aJudgedShipmentReachesBackPastTheShortWindow() throws {
        let text = Self.delivery + Self.filler.prefix(4).joined(separator: " ") + " Russia condemned the shipment on Tuesday."
        let r = Self.analyze(text)
        let c = try #require(Self.events(r, "criticism").first)
        #expect(Self.has(r, c, "critic", "Russia"), "\(c.arguments)")
        #expect(Self.has(r, c, "target", "France"), "\(c.arguments)")
    }

    /// Eight sentences after the delivery, past the judged noun's window, the shipment names nobody.
    @Test func aJudgedShipmentFarBackIsOutOfReach() throws {
        let text = Self.delivery + Self.filler.joined(separator: " ") + " Russia condemned the shipment on Tuesday."
        let r = Self.analyze(text)
        let c = try #require(Self.events(r, "criticism").first)
        #expect(Self.has(r, c, "critic", "Russia"), "\(c.arguments)")
        #expect(!c.arguments.contains { $0.role == "target" }, "\(c.arguments)")
    }

    static let stalled = "Talks between Kenya and Somalia on their maritime border broke down on Wednesday without agreement, officials said. "

    /// "The talks, hosted in Addis Ababa by A and B, had opened …": the talks told again with who hosted them name
    /// the stalled talks' mediators.
    @Test func talksHostedByNamesTheirMediators() throws {
        let r = Self.analyze(Self.stalled + "The talks, hosted in Addis Ababa by Ethiopia and the African Union, had opened on Monday.")
        let e = try #require(Self.events(r, "talks_stalled").first)
        #expect(Self.has(r, e, "party", "Kenya") && Self.has(r, e, "party", "Somalia"), "\(e.arguments)")
        #expect(Self.has(r, e, "mediator", "Ethiopia") && Self.has(r, e, "mediator", "African Union"), "\(e.arguments)")
        #expect(e.evidence.contains { $0.rule.hasPrefix("discourse.mediator (") && $0.sentence.hasPrefix("The talks, hosted") }, "\(e.evidence)")
        let m = Self.analyze(Self.stalled + "The technical talks, mediated by Qatar at a hotel in Doha, lasted two days.")
        let f = try #require(Self.events(m, "talks_stalled").first)
        #expect(Self.has(m, f, "mediator", "Qatar"), "\(f.arguments)")
    }

    /// Talks told again with no participle of mediation ("held in …", a state named later in the sentence) name no
    /// mediator.
    @Test func talksHeldWithoutAHostNameNoMediator() throws {
        let r = Self.analyze(Self.stalled + "The talks, held in Addis Ababa since Monday, were the first since Ethiopia offered to help in March.")
        let e = try #require(Self.events(r, "talks_stalled").first)
        #expect(Self.has(r, e, "party", "Kenya"), "\(e.arguments)")
        #expect(!e.arguments.contains { $0.role == "mediator" }, "\(e.arguments)")
    }

    /// "X acknowledged that his talks with the Houthis had ended without agreement": X, who holds a UN envoy's title in
    /// the ontology, mediates the talks he is told as a party of.
    @Test func anInternationalEnvoyAmongThePartiesMediates() throws {
        let r = Self.analyze("Hans Grundberg acknowledged on Tuesday that his talks with the Houthis in Muscat had ended without agreement.")
        let e = try #require(Self.events(r, "talks_stalled").first)
        #expect(Self.has(r, e, "mediator", "Hans Grundberg"), "\(e.arguments)")
        #expect(!Self.has(r, e, "party", "Hans Grundberg"), "\(e.arguments)")
        #expect(Self.has(r, e, "party", "Houthis"), "\(e.arguments)")
    }

    /// A state's envoy (a title the ontology gives with no international body) negotiates for it: still a party.
    @Test func aStatesEnvoyStaysAParty() throws {
        let r = Self.analyze("Talks between Russia and Steve Witkoff broke down in Moscow on Friday without agreement.")
        let e = try #require(Self.events(r, "talks_stalled").first)
        #expect(Self.has(r, e, "party", "Steve Witkoff"), "\(e.arguments)")
        #expect(!e.arguments.contains { $0.role == "mediator" }, "\(e.arguments)")
    }
}
