import Testing

@testable import KGBuildCore

/// One set of sentences of our own per fix the sixth held-out audit (wire copy with distractor stories) called for.
@Suite struct HeldOutSixFixTests {
    static func types(_ body: String, title: String = "Test story") -> [String] {
        Shared.analyze(body, title: title).events.map(\.type)
    }

    /// Sport, the screen, companies and fires use the words of conflict in other senses: a sentence holding a term
    /// only those worlds use ("midfielder", "box office", "carmaker", "firefighting") keeps them from being events,
    /// and the same words about states and armed groups still are.
    @Test func otherSensesOfConflictWordsAreNoEvents() {
        let other: [(String, String)] = [
            ("Ajax levelled when attacking midfielder Kenneth Taylor struck from a free kick past Remko Pasveer.", "attack"),
            ("The fantasy sequel Crimson Legion bombed at the box office over the weekend.", "attack"),
            ("Coach Ruud Maas criticised the referee for the late penalty kick.", "criticism"),
            ("Talks between the carmaker and the trade union on a pay rise broke down on Friday.", "talks_stalled"),
            ("The chipmaker's shares slid after talks with its customers stalled over prices.", "talks_stalled"),
            ("Spain and Portugal sent three firefighting aircraft to help fight the blaze.", "arms_transfer"),
        ]
        for (sentence, type) in other {
            #expect(!Self.types(sentence).contains(type), "\(sentence)")
        }
        let armed: [(String, String)] = [
            ("Russian forces attacked the town of Vuhledar on Monday, the Ukrainian army said.", "attack"),
            ("Talks between Armenia and Azerbaijan broke down on Friday over the border map.", "talks_stalled"),
            ("Spain delivered three fighter jets to Romania on Friday.", "arms_transfer"),
            ("Poland condemned the missile strike and accused Russia of targeting civilians.", "criticism"),
            // words business shares with diplomacy cancel nothing: gas customers, a rebel merger, a walkout
            ("Gas talks between Moldova and Russia stalled on Monday, leaving customers without a contract for winter.", "talks_stalled"),
            ("Talks between Mali and the rebels broke down after the merger of two armed groups.", "talks_stalled"),
            ("Talks between Serbia and Kosovo collapsed after a walkout by the Kosovo delegation.", "talks_stalled"),
        ]
        for (sentence, type) in armed {
            #expect(Self.types(sentence).contains(type), "\(sentence)")
        }
    }

    /// "EU-mediated talks", "talks, mediated by Norway in Oslo", "hosted in Geneva by Switzerland and Turkey": who
    /// brokers or hosts stalled talks mediates them and is no party to them.
    @Test func whoMediatesOrHostsStalledTalksIsTheirMediator() {
        let cases: [(String, [String], [String])] = [
            ("EU-mediated talks between Armenia and Azerbaijan ended without agreement on Tuesday.", ["European Union"], ["Armenia", "Azerbaijan"]),
            ("Talks between Colombia and the ELN, mediated by Norway in Oslo, have made little progress.", ["Norway"], ["Colombia"]),
            ("Talks between Peru and Bolivia, hosted in Geneva by Switzerland and Turkey, broke down on Friday.", ["Switzerland", "Turkey"], ["Peru", "Bolivia"]),
        ]
        for (sentence, mediators, parties) in cases {
            let r = Shared.analyze(sentence)
            let stalled = r.events.filter { $0.type == "talks_stalled" }
            #expect(stalled.count == 1, "\(sentence)")
            guard let e = stalled.first else { continue }
            for m in mediators {
                #expect(Shared.has(r, e, "mediator", m), "\(sentence): \(m)")
                #expect(!Shared.has(r, e, "party", m), "\(sentence): \(m)")
            }
            for p in parties { #expect(Shared.has(r, e, "party", p), "\(sentence): \(p)") }
        }
    }

    /// "X and Y talks in <capital> ended without a deal": the capital is where the talks are held, not its state as
    /// a party; the parties are the states named before it.
    @Test func talksInACapitalAreHeldThere() {
        let cases: [(String, [String], String, String)] = [
            ("Armenia and Azerbaijan talks in Moscow ended without a deal on Monday.", ["Armenia", "Azerbaijan"], "Russia", "Moscow"),
            ("India and China border talks in Beijing stalled on Friday.", ["India", "China"], "", "Beijing"),
            ("Peru and Bolivia talks in Lima ended without agreement over the water dispute.", ["Peru", "Bolivia"], "", "Lima"),
        ]
        for (sentence, parties, notParty, place) in cases {
            let r = Shared.analyze(sentence)
            let stalled = r.events.filter { $0.type == "talks_stalled" }
            #expect(stalled.count == 1, "\(sentence)")
            guard let e = stalled.first else { continue }
            for p in parties { #expect(Shared.has(r, e, "party", p), "\(sentence): \(p)") }
            if !notParty.isEmpty { #expect(!Shared.has(r, e, "party", notParty), "\(sentence)") }
            #expect(e.place.map { Shared.names(r, $0) }?.contains(place) == true, "\(sentence)")
        }
    }

    /// "host joint exercises", "hosted naval drills": a state hosting drills holds no meeting (the drills are
    /// military cooperation); hosting talks still is one.
    @Test func hostingDrillsIsNoMeeting() {
        for sentence in ["The new law will let Georgia host joint exercises with NATO forces every year.",
                         "Poland will host military exercises with American and British troops in May.",
                         "Egypt hosted naval drills with Greece and France near Alexandria last week."] {
            #expect(!Self.types(sentence).contains("meeting"), "\(sentence)")
        }
        #expect(Self.types("Qatar will host Iran and the United States for talks next week.").contains("meeting"))
    }

    /// "were detained in raids", "police raided three flats and arrested two": raids in a sentence of arrests are
    /// police work, no armed attack; raids that fight or kill still are.
    @Test func raidsOfArrestsAreNoAttacks() {
        for sentence in ["Turkish police detained 12 people in raids across Istanbul on Friday.",
                         "Spanish police raided three flats in Ceuta and arrested two members of the Islamic State group.",
                         "The suspects, members of the Jamaah Islamiyah network, were detained in raids in Central Java over the weekend by the Densus 88 squad."] {
            #expect(!Self.types(sentence).contains("attack"), "\(sentence)")
        }
        for sentence in ["Boko Haram fighters raided an army base in Borno state on Sunday, the army said.",
                         "Israeli troops raided the town of Jenin overnight, killing three gunmen."] {
            #expect(Self.types(sentence).contains("attack"), "\(sentence)")
        }
    }
}
