import Testing

@testable import KGBuildCore

/// A seventh held-out set (Fixtures/heldout7): eighteen invented Reuters, AP, AFP, Xinhua, Kazinform, Sputnik, VOA and
/// Al Jazeera stories from Latin America, Africa, South and Central Asia, the Pacific, the Arctic and the Balkans,
/// fourteen political and security ones covering every event type and four distractors (a chess game, a court ruling
/// on campaign ads, gas pipeline deliveries, a cyclone and a cold front). The key events, roles, speakers and dates of
/// its annotation, and the distractors' lack of events (Fixtures/heldout7/gold.json has all of it for `score.py`).
@Suite struct HeldOutSevenTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout7/articles.jsonl")

    @Test func allEighteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 18)
        #expect(Self.fixture.results["v10"]?.article.date?.normalized == "2026-12-02")
        // the trailers are no claim: "(Reporting by …; Editing by …)", "Al Jazeera and news agencies"
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Reporting by") || $0.text.contains("contributed to this report") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "took delivery of six A-29 Super Tucano light attack aircraft from Brazil on Friday"
        #expect(s.hasEvent("v01", "arms_transfer", [("supplier", "Brazil"), ("recipient", "Paraguay")], date: "2026-11-20"))
        #expect(s.hasEvent("v02", "arms_transfer", [("supplier", "Russia"), ("recipient", "Kazakhstan")]))
        // the passive: "were delivered to the Kenyan air force by Turkey"
        #expect(s.hasEvent("v03", "arms_transfer", [("supplier", "Turkey"), ("recipient", "Kenya")]))
        #expect(s.hasEvent("v04", "attack_thwarted", [("agent", "Bosnia and Herzegovina")], place: "Sarajevo"))
        #expect(s.hasEvent("v05", "attack_thwarted", [], place: "Dushanbe"))
        #expect(s.hasEvent("v06", "attack_thwarted", [("agent", "Uganda")], place: "Kampala"))
        #expect(s.hasEvent("v07", "talks_stalled", [("party", "Colombia"), ("party", "Clan del Golfo")], date: "2026-11-29"))
        // "ended without agreement on Sunday" in a Monday story
        #expect(s.hasEvent("v08", "talks_stalled", [("party", "Pakistan"), ("party", "Taliban")], date: "2026-11-22", place: "Istanbul"))
        #expect(s.hasEvent("v09", "talks_stalled", [("party", "Norway"), ("party", "Russia")], date: "2026-11-27"))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // "Kossanov and his Russian counterpart Andrei Belousov discussed the deliveries by phone on Wednesday"
        #expect(s.hasEvent("v02", "meeting", [("participant", "Dauren Kossanov"), ("participant", "Andrei Belousov")], date: "2026-11-25"))
        #expect(s.hasEvent("v07", "attack", [("attacker", "Clan del Golfo")], date: "2026-11-28"))  // "a day after"
        #expect(s.hasEvent("v08", "accusation", [("accuser", "Khawaja Asif"), ("accused", "Afghanistan")]))
        #expect(s.hasEvent("v10", "military_cooperation", [("participant", "China"), ("participant", "Fiji")], date: "2026-12-02"))
        #expect(s.hasEvent("v10", "funding", [("funder", "China"), ("recipient", "Fiji")]))
        #expect(s.hasEvent("v10", "meeting", [("participant", "Dong Jun"), ("participant", "Sitiveni Rabuka")]))
        #expect(s.hasEvent("v11", "seizure", [("attacker", "JNIM")], place: "Djibo"))
        #expect(s.hasEvent("v11", "criticism", [("critic", "ECOWAS")]))
        #expect(s.hasEvent("v12", "pledge", [("agent", "Bangladesh")], date: "2026-11-30"))
        #expect(s.hasEvent("v12", "funding", [("recipient", "Haitian National Police")], date: "2026-11-30"))
        #expect(s.hasEvent("v13", "legislation", [("agent", "Kazakh Senate")], date: "2026-11-19"))
        #expect(s.hasEvent("v14", "accusation", [("accuser", "Bangladesh"), ("accused", "Arakan Army")], date: "2026-11-25"))
        // "accused Myanmar's Arakan Army of firing mortar shells into its territory"
        #expect(s.hasEvent("v14", "attack", [("attacker", "Arakan Army")]))
        #expect(s.hasEvent("v14", "criticism", [("critic", "UNHCR")]))
        // "speaking at a news conference in Sarajevo" is no meeting
        #expect(s.count("v04", "meeting") == 0)
    }

    /// A chess game, a court ruling on campaign ads, gas pipeline deliveries and a cyclone: their "kingside attack",
    /// "his offensive", "struck down", "an assault on the right of Chileans", "a digital offensive", "illegal
    /// financing scandals", "deliveries … via TurkStream", "Cyclone Tam struck" and "military transport aircraft
    /// loaded with tarpaulins" are no events.
    @Test func distractorsHoldNoEvents() {
        let s = Self.fixture
        for id in ["v15", "v16", "v17", "v18"] {
            #expect(s.results[id]?.events.isEmpty == true, "\(id): \(s.results[id]?.events.map(\.type) ?? [])")
        }
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("v02", "Alexander Mikheyev", "have ordered not only the planes"))
        #expect(s.hasClaim("v03", "Soipan Tuya", "They will give our soldiers eyes"))
        #expect(s.hasClaim("v03", "Otsieno Namwaya", "Drones do not distinguish"))
        #expect(s.hasClaim("v04", "Bakir Izetbegovic", "The people who did this want us divided"))
        #expect(s.hasClaim("v06", "Kituuma Rusoke", "The bombs were ready"))
        #expect(s.hasClaim("v06", "Felix Kulayigye", "Every time we press them in the bush"))
        #expect(s.hasClaim("v07", "Gustavo Petro", "There is no table with those who murder our soldiers"))
        #expect(s.hasClaim("v08", "Zabihullah Mujahid", "We cannot be held responsible"))
        #expect(s.hasClaim("v09", "Marianne Sivertsen Naess", "had rejected scientific advice"))
        #expect(s.hasClaim("v09", "Andreas Osthagen", "The fish were the last thing"))
        #expect(s.hasClaim("v10", "Sitiveni Rabuka", "The Pacific is not a playground"))
        #expect(s.hasClaim("v11", "Amnesty International", "hundreds of civilians were believed to be trapped"))
        #expect(s.hasClaim("v12", "Laurent Saint-Cyr", "the people of Haiti can hope"))
        #expect(s.hasClaim("v13", "Yevgeniy Zhovtis", "Once there is a list"))
        #expect(s.hasClaim("v14", "Babar Baloch", "People are being squeezed"))
        // the distractors' speakers are speakers all the same
        #expect(s.hasClaim("v15", "Gukesh Dommaraju", "Against Alireza you cannot give a single tempo"))
        #expect(s.hasClaim("v16", "Javier Macaya", "This law was an assault on the right of Chileans"))
        #expect(s.hasClaim("v17", "Dusan Bajatovic", "Serbian households can be calm"))
        #expect(s.hasClaim("v18", "Abraham Nasak", "The damage on Santo is heavy"))
        // anonymous sources name no one: "a resident who fled to Ouagadougou told Al Jazeera by phone, asking not to be named"
        #expect(s.results["v11"]?.claims.contains { $0.text.contains("They came from three sides") } == false)
    }
}
