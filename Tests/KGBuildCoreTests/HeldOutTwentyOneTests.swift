import Testing

@testable import KGBuildCore

/// A twenty-first held-out set (Fixtures/heldout21): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the English-service styles of TASS, RIA Novosti, Anadolu, Xinhua, Press TV, Interfax,
/// Reuters, Sputnik and RT, on stories the other sets do not tell (Yak-130s for Laos 2018, the St. Petersburg plot
/// foiled with a CIA tip 2017, Afrin 2018, the U.S.-Taliban talks called off 2019, Natanz 2021, the Duma and the CTBT
/// 2023, MINUSCA 2014, Slavic Shield in Serbia 2019, Skripal 2018, the Russia-DPRK treaty 2024, the South Sudan talks
/// in Addis Ababa 2014, the Turkish base in Mogadishu 2017), twelve political and security ones and two distractors
/// (Kirkpinar oil wrestling and an electric-car price war in Thailand). The key events, roles, speakers and dates of
/// its annotation (Fixtures/heldout21/gold.json has all of it for `score.py`).
@Suite struct HeldOutTwentyOneTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout21/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["z01"]?.article.date?.normalized == "2018-12-05")
        #expect(Self.fixture.results["z11"]?.article.date?.normalized == "2014-06-23")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("/TASS/") || $0.text.contains("(Xinhua)") || $0.text.contains("Enditem") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "Russia has delivered the first four Yak-130 combat trainer aircraft to the Lao People's Army"
        #expect(s.hasEvent("z01", "arms_transfer", [("supplier", "Russia"), ("recipient", "Laos")]))
        // "Belgrade had agreed to buy a Pantsir-S1 battery from Russia"
        #expect(s.hasEvent("z08", "arms_transfer", [("supplier", "Russia"), ("recipient", "Serbia")]))
        // "The FSB said on Friday that it had detained seven supporters of the Islamic State … who had planned to carry
        // out suicide bombings"
        #expect(s.hasEvent("z02", "attack_thwarted", [("agent", "FSB"), ("perpetrator", "Islamic State")], date: "2017-12-15"))
        #expect(s.hasEvent("z03", "attack_thwarted", [("perpetrator", "PKK")], date: "2018-03-17"))
        // "Peace talks between the South Sudanese government and rebels … were adjourned indefinitely on Monday"
        #expect(s.hasEvent("z11", "talks_stalled", [("party", "South Sudan"), ("mediator", "IGAD")], date: "2014-06-23"))
        // "Trump called off months of peace negotiations with the militant group"
        #expect(s.count("z04", "talks_stalled") >= 1)
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("z02", "meeting", [("participant", "Vladimir Putin"), ("participant", "Donald Trump")], date: "2017-12-17"))
        #expect(s.hasEvent("z10", "meeting", [("participant", "Vladimir Putin"), ("participant", "North Korea")], date: "2024-06-19"))
        #expect(s.hasEvent("z08", "military_cooperation", [("participant", "Russia"), ("participant", "Serbia")], date: "2019-10-24"))
        #expect(s.hasEvent("z06", "legislation", [("agent", "State Duma")]))
        #expect(s.hasEvent("z11", "funding", [("funder", "United States"), ("recipient", "South Sudan")], date: "2014-06-20"))
        #expect(s.hasEvent("z07", "attack", [("attacker", "Seleka")], date: "2014-04-07"))
        #expect(s.hasEvent("z07", "accusation", [("accuser", "Amnesty International"), ("accused", "anti-balaka")]))
        #expect(s.hasEvent("z09", "accusation", [("accuser", "Theresa May"), ("accused", "Russia")], date: "2018-03-12"))
        #expect(s.hasEvent("z05", "accusation", [("accuser", "Mohammad Javad Zarif"), ("accused", "Israel")], date: "2021-04-12"))
        // "approved a nearly 12,000-strong peacekeeping force for Central African Republic"
        #expect(s.hasEvent("z07", "peacekeeping", [("agent", "UN Security Council")], date: "2014-04-10"))
        #expect(s.hasEvent("z11", "peacekeeping", [("agent", "UN Security Council")], date: "2014-05"))
    }

    /// Oil wrestling ("seized the golden belt", "launched a relentless attack", "talks with a new sponsor had stalled")
    /// and an electric-car price war ("price offensive", "seizing a growing share", "delivered more than 8,000
    /// vehicles", "talks … on a joint battery plant stalled"): no events.
    @Test func distractorsHoldNoEvents() {
        #expect(Self.fixture.results["z13"]?.events.isEmpty == true, "\(Self.fixture.results["z13"]?.events.map(\.type) ?? [])")
        #expect(Self.fixture.results["z14"]?.events.isEmpty == true, "\(Self.fixture.results["z14"]?.events.map(\.type) ?? [])")
    }

    /// "accused the rebels of looking for excuses to delay a settlement": no second stall in the South Sudan story.
    @Test func noStallInsideACharge() {
        #expect(Self.fixture.count("z11", "talks_stalled") == 1)
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("z10", "Kim Jong Un", "fully supports and expresses solidarity"))
        #expect(s.hasClaim("z11", "Michael Makuei Lueth", "They do not want peace"))
        #expect(s.hasClaim("z11", "Zhong Jianhua", "no military solution to the conflict in South Sudan"))
        #expect(s.hasClaim("z04", "Zabihullah Mujahid", "two ways to end the occupation") || s.hasClaim("z04", "Taliban", "two ways to end the occupation"))
        #expect(s.hasClaim("z09", "Sergei Lavrov", "Chemical Weapons Convention"))
        #expect(s.hasClaim("z07", "Samantha Power", "can protect civilians"))
        #expect(s.hasClaim("z01", "Dmitry Shugayev", "strictly on schedule"))
    }
}
