import Testing

@testable import KGBuildCore

/// A thirteenth held-out set (Fixtures/heldout13): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Reuters, AFP, PTI, Al Jazeera, Anadolu, Interfax, Sputnik, AP, Yonhap, RIA
/// Novosti, IRNA, TASS and Xinhua, from years and theatres the other sets leave out (Donbas 2014, Lebanon 2006, the
/// Galwan valley 2020, Tigray 2020, the Qatar blockade 2017, the Mistral carriers 2014, Banjska 2023, Mali and the
/// Ivorian soldiers 2023, Yeonpyeong 2010, Russian arms for the Central African Republic 2018, plots foiled in Iran and
/// Morocco), twelve political and security ones and two distractors (an ice hockey game and electric buses in Chile).
/// The key events, roles, speakers and dates of its annotation, and the distractors' lack of events
/// (Fixtures/heldout13/gold.json has all of it for `score.py`).
@Suite struct HeldOutThirteenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout13/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["r01"]?.article.date?.normalized == "2014-07-14")
        #expect(Self.fixture.results["r08"]?.article.date?.normalized == "2023-01-07")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Additional reporting") || $0.text.contains("contributed.") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "Qatar signed a deal on Wednesday to buy F-15 fighter jets": the weekday dates the signing, not a week ahead
        #expect(s.hasEvent("r05", "arms_transfer", [("recipient", "Qatar")], date: "2017-06-14"))
        #expect(s.hasEvent("r10", "arms_transfer", [("supplier", "Russia"), ("recipient", "Central African Republic")]))
        #expect(s.hasEvent("r04", "attack_thwarted", [("perpetrator", "al-Shabab")], date: "2020-11-28", place: "Addis Ababa"))
        #expect(s.hasEvent("r11", "attack_thwarted", [("agent", "Ministry of Intelligence of Iran")], date: "2017-09-23", place: "Tehran"))
        #expect(s.hasEvent("r12", "attack_thwarted", [("agent", "Morocco")]))
        // "A video conference between the rebels and the contact group …, which had been expected on Sunday, did not take place"
        #expect(s.hasEvent("r01", "talks_stalled", [("party", "Ukraine"), ("party", "Russia")], date: "2014-07-13"))
        #expect(s.hasEvent("r02", "talks_stalled", [("party", "Fouad Siniora")], date: "2006-07-30"))
        // "Kuwait's mediation, however, has so far failed to bring the sides to the table"
        #expect(s.hasEvent("r05", "talks_stalled", [("mediator", "Kuwait")]))
        #expect(s.hasEvent("r07", "talks_stalled", [("party", "Albin Kurti")], date: "2023-09-14", place: "Brussels"))
        #expect(s.hasEvent("r09", "talks_stalled", [("party", "North Korea")]))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("r01", "meeting", [("participant", "Petro Poroshenko"), ("participant", "Angela Merkel")], date: "2014-07-13"))
        #expect(s.hasEvent("r02", "attack", [("attacker", "Israel")], date: "2006-07-30", place: "Qana"))
        #expect(s.hasEvent("r03", "meeting", [("participant", "Subrahmanyam Jaishankar"), ("participant", "Wang Yi")], date: "2020-06-17"))
        #expect(s.hasEvent("r04", "seizure", [("attacker", "Ethiopia")], place: "Mekelle"))
        // "Erdogan, who has described the isolation of Qatar as \"inhumane …,\" spoke by phone with Kuwait's Emir"
        #expect(s.hasEvent("r05", "meeting", [("participant", "Recep Tayyip Erdogan")], date: "2017-06-14"))
        #expect(s.hasEvent("r07", "attack", [], date: "2023-09-24", place: "Banjska"))
        #expect(s.hasEvent("r08", "meeting", [("participant", "Alassane Ouattara"), ("participant", "Assimi Goita")], date: "2023-01-06"))
        // "Obama spoke by phone with Lee late Tuesday and condemned the attack": Obama condemns, not Lee
        #expect(s.hasEvent("r09", "criticism", [("critic", "Barack Obama"), ("target", "North Korea")], date: "2010-11-23"))
        #expect(!s.hasEvent("r09", "criticism", [("critic", "Lee Myung-bak")]))
        #expect(s.hasEvent("r10", "attack", [("attacker", "Anti-balaka")], date: "2018-03-20", place: "Bria"))
    }

    /// Words of other senses: "accused Israel of committing \"war crimes\"" is no pledge, "call off talks with" no
    /// meeting, "Hezbollah fighters captured two Israeli soldiers" no seizure, "fighter jets and attack helicopters" no
    /// attack.
    @Test func noEventsFromOtherSenses() {
        let s = Self.fixture
        #expect(s.count("r02", "pledge") == 0)
        #expect(s.count("r02", "seizure") == 0)
        #expect(!s.hasEvent("r02", "meeting", [("participant", "Fouad Siniora")]))
        #expect(!s.hasEvent("r08", "attack", [("attacker", "Russia")]))
    }

    /// An ice hockey game ("storm back", "launched a relentless assault on the … goal", "under siege") and electric
    /// buses in Chile ("delivered another 150 electric buses", "a price war", "talks … over a new wage agreement have
    /// stalled"): no events.
    @Test func distractorsHoldNoEvents() {
        let s = Self.fixture
        #expect(s.results["r13"]?.events.isEmpty == true, "\(s.results["r13"]?.events.map(\.type) ?? [])")
        #expect(s.results["r14"]?.events.isEmpty == true, "\(s.results["r14"]?.events.map(\.type) ?? [])")
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("r01", "Valery Heletey", "more powerful missile"))
        #expect(s.hasClaim("r02", "Fouad Siniora", "sad morning"))
        #expect(s.hasClaim("r03", "Subrahmanyam Jaishankar", "premeditated"))
        #expect(s.hasClaim("r04", "Yemane Gebremeskel", "not a party to the conflict"))
        #expect(s.hasClaim("r05", "Adel al-Jubeir", "Qatar knows what it must do"))
        #expect(s.hasClaim("r06", "Francois Hollande", "until further notice"))
        #expect(s.hasClaim("r07", "Josep Borrell", "brought to justice"))
        #expect(s.hasClaim("r08", "Stephane Dujarric", "important step"))
        #expect(s.hasClaim("r09", "Hong Lei", "peace and stability"))
        #expect(s.hasClaim("r10", "Maria Zakharova", "free of charge"))
        #expect(s.hasClaim("r13", "Sergei Fyodorov", "attacked in waves"))
        #expect(s.hasClaim("r14", "Gloria Hutt", "largest fleet of electric buses"))
    }
}
