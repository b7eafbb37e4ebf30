import Testing

@testable import KGBuildCore

/// A twelfth held-out set (Fixtures/heldout12): fourteen invented wire stories of mixed length (four short, six
/// medium, four long) in the styles of Reuters, Interfax, Yonhap, Al Jazeera, AP, TASS, AFP, Anadolu, Xinhua, IRNA, PTI,
/// Sputnik and RIA Novosti, from years and theatres the other sets leave out (Georgia 2008, Syria 2012, the Gulf of Oman
/// 2019, the Black Sea grain deal, the Armenia-Azerbaijan border, Somalia, Cabo Delgado, Iraqi Kurdistan, Balochistan,
/// Colombia and the ELN, Yemen 2015, the K2 deal with Poland), twelve political and security ones and two distractors
/// (a Moscow snowstorm and a rugby match). The key events, roles, speakers and dates of its annotation, and the
/// distractors' lack of events (Fixtures/heldout12/gold.json has all of it for `score.py`).
@Suite struct HeldOutTwelveTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout12/articles.jsonl")

    @Test func allFourteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 14)
        #expect(Self.fixture.results["q01"]?.article.date?.normalized == "2008-08-12")
        #expect(Self.fixture.results["q12"]?.article.date?.normalized == "2019-01-19")
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Additional reporting") || $0.text.contains("contributed to this report") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("q03", "arms_transfer", [("supplier", "Hyundai Rotem"), ("recipient", "Poland")], date: "2022-08-26", place: "Warsaw"))
        #expect(s.hasEvent("q02", "arms_transfer", [("supplier", "Russia"), ("recipient", "Syria")]))
        #expect(s.hasEvent("q08", "attack_thwarted", [("agent", "Somalia"), ("perpetrator", "al-Shabaab")], date: "2023-03-08", place: "Mogadishu"))
        #expect(s.hasEvent("q10", "attack_thwarted", [("perpetrator", "Komala")], place: "Sanandaj"))
        #expect(s.hasEvent("q12", "attack_thwarted", [("agent", "Colombia")], place: "Cali"))
        // "he was ending peace talks with the National Liberation Army"
        #expect(s.hasEvent("q12", "talks_stalled", [("party", "Ivan Duque")], date: "2019-01-18"))
        #expect(s.hasEvent("q04", "talks_stalled", [], place: "Geneva"))
        #expect(s.hasEvent("q06", "talks_stalled", [("party", "Russia")]))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("q01", "attack", [("attacker", "Russia"), ("target", "Georgia")], date: "2008-08-12", place: "Gori"))
        #expect(s.hasEvent("q01", "accusation", [("accused", "Russia")], date: "2008-08-12"))
        // "recaptured the port town of Mocimboa da Praia": the name keeps its lower-case link
        #expect(s.hasEvent("q09", "seizure", [("attacker", "Rwanda"), ("attacker", "Mozambique")], place: "Mocimboa da Praia"))
        #expect(s.hasEvent("q05", "meeting", [("participant", "Shinzo Abe"), ("participant", "Ali Khamenei")], place: "Tehran"))
        #expect(s.hasEvent("q05", "accusation", [("accuser", "United States"), ("accused", "Iran")], date: "2019-06-13"))
        #expect(s.hasEvent("q02", "accusation", [("accuser", "Hillary Clinton"), ("accused", "Russia")], date: "2012-06-12"))
        #expect(s.hasEvent("q07", "attack", [("attacker", "Azerbaijan"), ("target", "Armenia")], date: "2022-09-13"))
        // "held phone calls with Russian President Vladimir Putin and …"
        #expect(s.hasEvent("q07", "meeting", [("participant", "Nikol Pashinyan"), ("participant", "Vladimir Putin")], date: "2022-09-13"))
        #expect(s.hasEvent("q10", "meeting", [("participant", "Hossein Amir-Abdollahian"), ("participant", "Fuad Hussein")], date: "2022-09-28"))
        #expect(s.hasEvent("q12", "meeting", [("participant", "Mike Pompeo"), ("participant", "Ivan Duque")], date: "2019-01-18"))
        // "an attack on a police academy in Bogota that killed 20 people, and asked Cuba to … in Havana"
        #expect(s.hasEvent("q12", "attack", [], place: "Bogota"))
        #expect(!s.hasEvent("q12", "attack", [], place: "Havana"))
    }

    /// Words of trade, settlement and money that are no arms transfer: "US$3.37 billion" names no recipient, "exporting
    /// agricultural products" and "signed a peace deal … and laid down their weapons" no transfer.
    @Test func noTransferFromOtherSenses() {
        let s = Self.fixture
        #expect(!s.hasEvent("q03", "arms_transfer", [("recipient", "United States")]))
        #expect(s.count("q06", "arms_transfer") == 0)
        #expect(s.count("q12", "arms_transfer") == 0)
    }

    /// A snowstorm ("The snow's assault on the capital", "thrown into the battle with the snow", "vehicles have been
    /// deployed") and a rugby match ("launched wave after wave of attacks", "talks with broadcaster … had stalled",
    /// "ready for a war"): no events.
    @Test func distractorsHoldNoEvents() {
        let s = Self.fixture
        #expect(s.results["q13"]?.events.isEmpty == true, "\(s.results["q13"]?.events.map(\.type) ?? [])")
        #expect(s.results["q14"]?.events.isEmpty == true, "\(s.results["q14"]?.events.map(\.type) ?? [])")
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("q01", "Mikheil Saakashvili", "deliberate attack on a city"))
        #expect(s.hasClaim("q01", "Sergei Lavrov", "no longer deal with Saakashvili"))
        #expect(s.hasClaim("q02", "Anatoly Isaykin", "fulfil our obligations"))
        #expect(s.hasClaim("q04", "Stephane Dujarric", "political solution"))
        #expect(s.hasClaim("q05", "Mike Pompeo", "is responsible for the attacks"))
        #expect(s.hasClaim("q05", "Yutaka Katada", "a mine or a torpedo"))
        #expect(s.hasClaim("q06", "Dmitry Peskov", "no progress"))
        #expect(s.hasClaim("q08", "Abdullahi Ali", "busy area"))
        #expect(s.hasClaim("q09", "Stergomena Tax", "collective effort"))
        #expect(s.hasClaim("q10", "Nasser Kanaani", "territorial integrity of Iraq"))
        #expect(s.hasClaim("q11", "Abdul Quddus Bizenjo", "cowardly acts"))
        #expect(s.hasClaim("q12", "Bruno Rodriguez", "never allowed"))
        #expect(s.hasClaim("q13", "Pyotr Biryukov", "battle with the snow"))
        #expect(s.hasClaim("q14", "Finn Russell", "ready for a war"))
    }
}
