import Foundation
import Testing

@testable import KGBuildCore

/// A third held-out set (Fixtures/heldout3): fifteen invented LONG wire stories (1,800 to 2,600 characters, 10 to 13
/// paragraphs) in the styles of Reuters, TASS, AP, Sputnik, Xinhua, BBC, VOA, UPI, RIA Novosti and Kazinform, with
/// background paragraphs, several speakers, anonymous sources, relative dates and bylines. The key events, roles,
/// speakers and dates of its annotation (Fixtures/heldout3/gold.json has all of it for `score.py`).
@Suite struct HeldOutThreeTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout3/articles.jsonl")

    @Test func allFifteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 15)
        #expect(Self.fixture.results["w05"]?.article.date?.normalized == "2025-11-03")
    }

    @Test func coreTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("w01", "arms_transfer", [("supplier", "Germany"), ("recipient", "Ukraine")]))
        #expect(s.hasEvent("w06", "arms_transfer", [("supplier", "Russia")], date: "2025-12-05"))
        #expect(s.hasEvent("w08", "arms_transfer", [("supplier", "North Korea"), ("recipient", "Russia")]))
        #expect(s.hasEvent("w02", "attack_thwarted", [("agent", "Federal Security Service")], place: "Stavropol"))
        #expect(s.hasEvent("w09", "attack_thwarted", [("agent", "Security Service of Ukraine")], date: "2025-08-12"))
        #expect(s.hasEvent("w13", "attack_thwarted", [("agent", "Nigeria"), ("perpetrator", "Islamic State")]))
        #expect(s.hasEvent("w15", "attack_thwarted", [("agent", "Germany")], place: "Munich"))
        #expect(s.hasEvent("w15", "attack_thwarted", [("agent", "Austria")], place: "Vienna"))
        #expect(s.hasEvent("w03", "talks_stalled", [("party", "Israel"), ("party", "Hamas")], date: "2025-08-06"))
        #expect(s.hasEvent("w11", "talks_stalled", [("party", "Iran"), ("party", "France"), ("party", "Germany")], date: "2025-07-25", place: "Istanbul"))
        #expect(s.hasEvent("w04", "talks_stalled", [("party", "Myanmar National Democratic Alliance Army")], place: "Kunming"))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("w01", "criticism", [("critic", "Kremlin")], date: "2025-10-14"))
        #expect(s.hasEvent("w01", "pledge", [("agent", "Boris Pistorius")]))
        #expect(s.hasEvent("w01", "accusation", [("accuser", "Alternative for Germany")]))
        #expect(s.hasEvent("w03", "accusation", [("accuser", "Hamas"), ("accused", "Israel")], date: "2025-08-06"))
        // "Witkoff met Netanyahu in Jerusalem last Thursday" (story of Wednesday 6 August)
        #expect(s.hasEvent("w03", "meeting", [("participant", "Steve Witkoff"), ("participant", "Benjamin Netanyahu")], date: "2025-07-31", place: "Jerusalem"))
        #expect(s.hasEvent("w03", "attack", [("attacker", "Israel"), ("target", "Palestinians")], date: "2025-08-06", place: "Gaza Strip"))
        #expect(s.hasEvent("w04", "pledge", [("agent", "Min Aung Hlaing")]))
        #expect(s.hasEvent("w05", "military_cooperation", [("participant", "China"), ("participant", "Pakistan")], date: "2025-11-03", place: "Arabian Sea"))
        #expect(s.hasEvent("w05", "meeting", [("participant", "Dong Jun"), ("participant", "Sahir Shamshad Mirza")], date: "2025-10-30", place: "Beijing"))
        #expect(s.hasEvent("w06", "meeting", [("participant", "Vladimir Putin"), ("participant", "Narendra Modi")], date: "2025-12-04", place: "New Delhi"))
        #expect(s.hasEvent("w06", "criticism", [("critic", "United States"), ("target", "India")]))
        #expect(s.hasEvent("w07", "criticism", [("critic", "Dmitry Polyansky")]))
        #expect(s.hasEvent("w08", "accusation", [("accuser", "South Korea"), ("accused", "North Korea")]))
        #expect(s.hasEvent("w10", "meeting", [("participant", "Kassym-Jomart Tokayev"), ("participant", "Shavkat Mirziyoyev")], date: "2025-04-08"))
        #expect(s.hasEvent("w12", "meeting", [("participant", "Sergei Shoigu"), ("participant", "Ali Larijani")], date: "2025-09-16", place: "Tehran"))
        #expect(s.hasEvent("w12", "criticism", [("critic", "Sergei Shoigu"), ("target", "United Kingdom")]))
        #expect(s.hasEvent("w13", "attack", [("attacker", "Boko Haram")], date: "2025-06-08", place: "Mafa"))
        #expect(s.hasEvent("w14", "accusation", [("accuser", "Chinese Defence Ministry"), ("accused", "United States")]))
        #expect(s.hasEvent("w14", "pledge", [("agent", "Lai Ching-te")]))
        #expect(s.hasEvent("w14", "meeting", [("participant", "Donald Trump"), ("participant", "Xi Jinping")], date: "2025-10"))
        #expect(s.hasEvent("w15", "legislation", [("agent", "Bundestag")]))
        #expect(s.hasEvent("w15", "criticism", [("critic", "Opposition Greens")]))
    }

    /// The failures this audit found that a general rule or a gazetteer entry cured.
    @Test func auditFixes() {
        let s = Self.fixture
        // "Pakistan's navy took delivery of the second Hangor-class submarine built by China"
        #expect(s.hasEvent("w05", "arms_transfer", [("supplier", "China"), ("recipient", "Pakistan")], date: "2025-11-03"))
        #expect(s.count("w05", "seizure") == 0)
        // "sent more than 12 million artillery shells": munitions, no shelling
        #expect(!s.hasEvent("w08", "attack", [("attacker", "North Korea")]))
        // "are due to hold a trilateral air exercise with B-52 bombers"
        #expect(s.hasEvent("w08", "military_cooperation", [("participant", "United States"), ("participant", "South Korea"), ("participant", "Japan")]))
        // "Washington would contribute $200m towards the force's logistics"
        #expect(s.hasEvent("w07", "funding", [("funder", "United States")]))
        // "members of the Viv Ansanm gang coalition attacked a police station in the town of Mirebalais" (last week)
        #expect(s.hasEvent("w07", "attack", [("attacker", "Viv Ansanm")], date: "2025-09", place: "Mirebalais"))
        // "The Senate of Kazakhstan's Parliament on Thursday adopted the law"
        #expect(s.hasEvent("w10", "legislation", [], date: "2025-04-10"))
        // "The United Nations special envoy for Myanmar, Julie Bishop, has condemned air strikes on civilians"
        #expect(s.hasEvent("w04", "criticism", [("critic", "Julie Bishop")]))
        #expect(!s.hasEvent("w04", "attack", [("attacker", "Australia")]))
        // "a Russian citizen born in 2001": no date of the foiled attack
        #expect(s.results["w02"]?.events.contains { $0.date?.normalized == "2001" } == false)
        // "has approved the possible sale of NASAMS air defence systems … to Taiwan"
        #expect(s.hasEvent("w14", "arms_transfer", [("supplier", "State Department"), ("recipient", "Taiwan")]))
        // anonymous sources name no one: "…," said an Egyptian official; "A soldier at the base … “…,” he said"
        #expect(!s.hasClaim("w03", "Basem Naim", "The talks are stuck"))
        #expect(!s.hasClaim("w13", "Onyema Nwachukwu", "They came from three directions"))
        // "the FSB Public Relations Center said"
        #expect(s.hasClaim("w02", "Federal Security Service", "have thwarted a terrorist attack"))
        #expect(s.results["w02"]?.actors.values.contains { $0.name == "Public Relations Center" } == false)
        // places and groups the gazetteer lacked
        #expect(s.results["w15"]?.actors["place:magdeburg"] != nil)
        #expect(s.results["w04"]?.actors.values.contains { $0.name == "Myanmar National Democratic Alliance Army" } == true)
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("w01", "Boris Pistorius", "will deliver four more IRIS-T"))
        #expect(s.hasClaim("w01", "Boris Pistorius", "Every system we send saves lives"))
        #expect(s.hasClaim("w01", "Denys Shmyhal", "Our air defence is the shield"))  // "…," he said
        #expect(s.hasClaim("w01", "Dmitry Peskov", "only prolong the conflict"))
        #expect(s.hasClaim("w01", "Ukrainian Air Force", "more than 400 drones"))  // "…, Ukraine's air force said"
        #expect(s.hasClaim("w02", "Federal Security Service", "intended to detonate"))  // "According to the FSB, …"
        #expect(s.hasClaim("w02", "Aleksandr Bortnikov", "prevented more than 100 terrorist crimes"))  // "He added that …"
        #expect(s.hasClaim("w03", "Majed al-Ansari", "We continue our efforts"))
        #expect(s.hasClaim("w04", "Khine Thu Kha", "Our forces have liberated Kyauktaw"))
        #expect(s.hasClaim("w04", "Arakan Army", "had captured the town of Kyauktaw"))
        #expect(s.hasClaim("w05", "Naveed Ashraf", "will enhance our capability"))
        #expect(s.hasClaim("w06", "Dmitry Shugaev", "signed a contract for the supply"))
        #expect(s.hasClaim("w06", "Dmitry Peskov", "India is a sovereign state"))
        #expect(s.hasClaim("w07", "Dmitry Polyansky", "We have seen too many foreign interventions"))
        #expect(s.hasClaim("w08", "Lee Sung-jun", "effectively become an arsenal"))
        #expect(s.hasClaim("w09", "Security Service of Ukraine", "foiled a Russian plot"))
        #expect(s.hasClaim("w09", "Oleh Kiper", "Russia once again struck the port"))
        #expect(s.hasClaim("w11", "Kazem Gharibabadi", "serious and frank discussion"))
        #expect(s.hasClaim("w11", "Jean-Noel Barrot", "Without a firm, tangible and verifiable commitment"))
        #expect(s.hasClaim("w12", "Sergei Shoigu", "highly values its cooperation"))
        #expect(s.hasClaim("w12", "Ali Larijani", "Russia was among the first to condemn"))
        #expect(s.hasClaim("w13", "Kabiru Adamu", "Repelling an attack is not the same"))
        #expect(s.hasClaim("w14", "Lin Jian", "seriously violated the one-China principle"))
        #expect(s.hasClaim("w15", "Joachim Herrmann", "We prevented a bloodbath"))
        #expect(s.results["w12"]?.claims.allSatisfy { $0.date?.normalized == "2025-09-16" } == true)
    }
}

/// One sentence of our own per fix of the third held-out audit.
@Suite struct HeldOutThreeFixTests {

    static func has(_ r: ArticleResult, _ type: String, _ role: String, _ name: String) -> Bool {
        Shared.events(r, type).contains { e in e.arguments.contains { $0.role == role && Shared.names(r, $0.actor).contains(name) } }
    }

    @Test func takingDeliveryIsAPurchaseNotACapture() {
        let r = Shared.analyze("Egypt's navy took delivery of a frigate built by Italy on Thursday.")
        #expect(Self.has(r, "arms_transfer", "recipient", "Egypt"))
        #expect(Self.has(r, "arms_transfer", "supplier", "Italy"))
        #expect(!Self.has(r, "arms_transfer", "recipient", "Italy"))
        #expect(Shared.events(r, "seizure").isEmpty)
    }

    @Test func munitionNamesAreNoShelling() {
        let r = Shared.analyze("Iran has shipped thousands of artillery shells to Russia, officials said.")
        #expect(Shared.events(r, "attack").isEmpty)
        #expect(Self.has(r, "arms_transfer", "supplier", "Iran"))
        let a = Shared.analyze("Russian troops shelled Ukrainian positions near the river on Sunday.")
        #expect(!Shared.events(a, "attack").isEmpty)
    }

    @Test func talksCutShortStall() {
        let r = Shared.analyze("Talks between Ethiopia and Egypt were cut short on Monday.")
        #expect(Self.has(r, "talks_stalled", "party", "Ethiopia"))
    }

    @Test func airAndTrilateralExercisesAreCooperation() {
        let r = Shared.analyze("Japan and Australia will hold a joint air exercise next month.")
        #expect(Self.has(r, "military_cooperation", "participant", "Japan"))
        #expect(Self.has(r, "military_cooperation", "participant", "Australia"))
    }

    @Test func contributedMoneyIsFunding() {
        let r = Shared.analyze("Canada will contribute $50 million to the mission, Ottawa said.")
        #expect(Self.has(r, "funding", "funder", "Canada"))
        // troops are no money
        #expect(Shared.events(Shared.analyze("Canada will contribute troops to the mission."), "funding").isEmpty)
    }

    @Test func adoptingTheLawIsLegislation() {
        let r = Shared.analyze("Lithuania's parliament on Tuesday adopted the law on civil defence.")
        #expect(!Shared.events(r, "legislation").isEmpty)
    }

    @Test func whoCondemnsStrikesDidNotCarryThemOut() {
        let r = Shared.analyze("UN Secretary-General Antonio Guterres has condemned air strikes on civilians in Sudan.")
        #expect(Self.has(r, "criticism", "critic", "Antonio Guterres"))
        #expect(!Self.has(r, "attack", "attacker", "Portugal"))
    }

    @Test func byPhraseOfAnotherParticiple() {
        let r = Shared.analyze("Turkish police detained two men recruited by Islamic State who were planning an attack on a church.")
        #expect(Self.has(r, "attack_thwarted", "agent", "Turkey"))
        #expect(!Self.has(r, "attack_thwarted", "agent", "Islamic State"))
    }

    @Test func aBirthYearDatesNoEvent() {
        let r = Shared.analyze("The FSB said it had thwarted a terrorist attack planned by a man born in 1998.")
        #expect(!Shared.events(r, "attack_thwarted").isEmpty)
        #expect(Shared.events(r, "attack_thwarted").allSatisfy { $0.date?.normalized != "1998" })
    }

    @Test func anApprovedPossibleSaleIsASale() {
        let r = Shared.analyze("The State Department has approved the possible sale of Patriot missiles to Poland.")
        #expect(Self.has(r, "arms_transfer", "recipient", "Poland"))
        // a sale that only could happen stays out
        #expect(Shared.events(Shared.analyze("Poland could buy Patriot missiles from the United States."), "arms_transfer").isEmpty)
    }

    @Test func anonymousSourcesNameNoOne() {
        let r = Shared.analyze("\"The ceasefire is dead,\" said a senior Egyptian official.\n\n"
            + "\"We will fight on,\" rebel commander Ahmed Salem said in a statement.")
        #expect(!r.claims.contains { $0.text.contains("ceasefire is dead") && Shared.name(r, $0.speaker) != "unnamed source" })
        #expect(r.claims.contains { Shared.name(r, $0.speaker) == "Ahmed Salem" && $0.text.contains("fight on") })
        let p = Shared.analyze("Interior Minister Ahmed Salem said the curfew would be lifted on Friday.\n\n"
            + "A resident, who asked not to be named, told reporters that the shelling had stopped. \"The shelling went on all night,\" he said.")
        #expect(!p.claims.contains { Shared.name(p, $0.speaker) == "Ahmed Salem" && $0.text.contains("all night") })
        // a named speaker's "he said" still resolves
        let q = Shared.analyze("Interior Minister Ahmed Salem spoke to reporters on Friday. \"The curfew will be lifted,\" he said.")
        #expect(q.claims.contains { Shared.name(q, $0.speaker) == "Ahmed Salem" && $0.text.contains("curfew") })
    }

    @Test func newGazetteerEntries() {
        let r = Shared.analyze("Members of the Viv Ansanm coalition attacked a police station in Haiti on Sunday.")
        #expect(Self.has(r, "attack", "attacker", "Viv Ansanm"))
        let m = Shared.analyze("The Myanmar National Democratic Alliance Army (MNDAA) said on Monday it would not withdraw.")
        #expect(m.actors.values.contains { $0.name == "Myanmar National Democratic Alliance Army" })
        let f = Shared.analyze("The suspect was detained, the FSB Public Relations Center said.")
        #expect(f.claims.contains { Shared.name(f, $0.speaker) == "Federal Security Service" })
    }
}
