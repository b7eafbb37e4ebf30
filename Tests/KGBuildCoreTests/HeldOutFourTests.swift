import Foundation
import Testing

@testable import KGBuildCore

/// A fourth held-out set (Fixtures/heldout4): fifteen invented LONG wire stories (2,000 to 2,900 characters, 10 to 14
/// paragraphs) on subjects and regions the other sets do not cover (Turkey–Somalia, a Duma law, Armenia–Azerbaijan,
/// the Red Sea, the China–India border, a Saudi missile sale, a Kazakh plot, EU money for AUSSOM, Guyana–Venezuela,
/// Libya, Japan–Philippines, southern Syria, Ethiopia–Eritrea, Black Sea talks, Lebanon), in the styles of Reuters,
/// TASS, AP, Xinhua, Kazinform, BBC, VOA, UPI, Sputnik and RIA Novosti. The key events, roles, speakers and dates of
/// its annotation (Fixtures/heldout4/gold.json has all of it for `score.py`).
@Suite struct HeldOutFourTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout4/articles.jsonl")

    @Test func allFifteenArticlesAreRead() {
        #expect(Self.fixture.results.count == 15)
        #expect(Self.fixture.results["x14"]?.article.date?.normalized == "2025-04-17")
    }

    @Test func coreTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("x01", "arms_transfer", [("supplier", "Turkey"), ("recipient", "Somalia")], date: "2025-03-12"))
        #expect(s.hasEvent("x06", "arms_transfer", [("supplier", "United States"), ("recipient", "Saudi Arabia")]))
        #expect(s.hasEvent("x07", "attack_thwarted", [("agent", "National Security Committee of Kazakhstan")], place: "Almaty"))
        #expect(s.hasEvent("x03", "talks_stalled", [("party", "Armenia"), ("party", "Azerbaijan")]))
        #expect(s.count("x13", "talks_stalled") >= 1)
    }

    @Test func otherTypes() {
        let s = Self.fixture
        #expect(s.hasEvent("x01", "meeting", [("participant", "Recep Tayyip Erdogan"), ("participant", "Hassan Sheikh Mohamud")], date: "2025-03-12", place: "Ankara"))
        #expect(s.hasEvent("x02", "legislation", [("agent", "State Duma")]))
        #expect(s.hasEvent("x03", "accusation", [("accuser", "Azerbaijan"), ("accused", "Armenia")], date: "2025-06-10"))
        #expect(s.hasEvent("x05", "meeting", [("participant", "China"), ("participant", "India")], date: "2025-07-23", place: "Beijing"))
        #expect(s.hasEvent("x05", "pledge", [("agent", "China"), ("agent", "India")], date: "2025-07-23"))
        #expect(s.hasEvent("x06", "criticism", [("critic", "Chris Murphy")], date: "2025-08-19"))
        #expect(s.hasEvent("x08", "funding", [("funder", "European Union"), ("recipient", "African Union")], date: "2025-09-25"))
        #expect(s.hasEvent("x09", "accusation", [("accuser", "Guyana"), ("accused", "Venezuela")], date: "2025-10-07"))
        #expect(s.hasEvent("x10", "criticism", [("critic", "Hanna Tetteh")], date: "2025-10-21"))
        #expect(s.hasEvent("x11", "military_cooperation", [("participant", "Japan"), ("participant", "Philippines")]))
        #expect(s.hasEvent("x11", "criticism", [("critic", "China")], date: "2025-11-12"))
        #expect(s.hasEvent("x12", "attack", [("attacker", "Israel")], date: "2025-11-26", place: "Beit Jinn"))
        #expect(s.hasEvent("x12", "criticism", [("critic", "Syrian Foreign Ministry")], date: "2025-11-26"))
        #expect(s.hasEvent("x13", "accusation", [("accuser", "Ethiopia"), ("accused", "Eritrea")], date: "2025-12-03"))
        #expect(s.hasEvent("x14", "attack", [("attacker", "Russia")], date: "2025-04-17", place: "Odesa"))
        #expect(s.hasEvent("x14", "criticism", [("critic", "Volodymyr Zelensky"), ("target", "Russia")]))
        #expect(s.hasEvent("x15", "attack", [("attacker", "Israeli Air Force"), ("target", "Hezbollah")], date: "2025-12-16"))
        #expect(s.hasEvent("x15", "accusation", [("accuser", "Joseph Aoun"), ("accused", "Israel")], date: "2025-12-16"))
    }

    /// The failures this audit found that a general rule or a gazetteer entry cured.
    @Test func auditFixes() {
        let s = Self.fixture
        // "a day after the United States handed over four patrol boats to the Guyana Defence Force"
        // (the recipient is the state's force, one body of Guyana; the gold takes it or the state)
        #expect(s.hasEvent("x09", "arms_transfer", [("supplier", "United States"), ("recipient", "Guyana Defence Force")]))
        // "Tokyo confirmed it would transfer six used destroyers to Manila"
        #expect(s.hasEvent("x11", "arms_transfer", [("supplier", "Japan"), ("recipient", "Philippines")], date: "2025-11-12"))
        // "the Interior Ministry of the … Government of National Unity said … that security forces had foiled a plot"
        #expect(s.hasEvent("x10", "attack_thwarted", [("agent", "Government of National Unity")], date: "2025-10-21", place: "Misrata"))
        // "the Syrian Interior Ministry said security forces had thwarted a suicide bombing … on Tuesday evening"
        #expect(s.hasEvent("x12", "attack_thwarted", [("agent", "Syrian Interior Ministry")], date: "2025-11-25"))
        #expect(s.results["x12"]?.events.contains { $0.type == "attack" && $0.evidence.contains { $0.sentence.contains("thwarted") } } == false)
        // "Peskov said the Ukrainian side bore responsibility for the lack of progress"
        #expect(s.hasEvent("x14", "accusation", [("accuser", "Dmitry Peskov"), ("accused", "Ukraine")], date: "2025-04-17"))
        #expect(s.hasEvent("x15", "accusation", [("accuser", "Esmaeil Baghaei"), ("accused", "United States")]))
        // "Talks between Russian and Ukrainian delegations … broke down on Thursday"
        #expect(s.hasEvent("x14", "talks_stalled", [("party", "Russia"), ("party", "Ukraine")], date: "2025-04-17", place: "Istanbul"))
        // "the Lebanese army said its units had taken control of an arms depot belonging to Hezbollah near the town of Tyre"
        #expect(s.hasEvent("x15", "seizure", [("attacker", "Lebanese Armed Forces")], place: "Tyre"))
        #expect(s.count("x15", "arms_transfer") == 0)
        // "Israel continues to ignore all calls to stop its attacks"
        #expect(s.count("x15", "attack_thwarted") == 0)
        // "the AU would hold a pledging conference"
        #expect(s.results["x08"]?.events.contains { $0.type == "pledge" && $0.evidence.contains { $0.sentence.contains("pledging conference") } } == false)
        // "…, the United Kingdom Maritime Trade Operations (UKMTO) agency said": the reporter is no target
        #expect(!s.hasEvent("x04", "attack", [("target", "UK Maritime Trade Operations")]))
        // "Yemen's Houthi movement said on Tuesday it had attacked a Greek-owned oil tanker"
        #expect(s.hasEvent("x04", "attack", [("attacker", "Houthis")]))
        // gazetteer: a president, a monitoring agency, an oil field, a US command
        #expect(s.hasClaim("x01", "Hassan Sheikh Mohamud", "These drones will change the balance"))
        #expect(s.results["x10"]?.actors["place:el-sharara"] != nil)
        #expect(s.results["x09"]?.actors.values.contains { $0.name == "ExxonMobil" } == true)
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("x01", "Turkish Defence Ministry", "has delivered two Akinci combat drones"))
        #expect(s.hasClaim("x01", "Zeki Akturk", "Our support for the brotherly Somali people"))  // "“…,” Akturk said"
        #expect(s.hasClaim("x02", "Vyacheslav Volodin", "This law closes that door"))  // "… wrote on his Telegram channel"
        #expect(s.hasClaim("x02", "Vasily Piskarev", "tens of millions of rubles"))  // "“…,” he said"
        #expect(s.hasClaim("x03", "Nikol Pashinyan", "have stalled over Baku's demand"))
        #expect(s.hasClaim("x03", "Aram Torosyan", "deliberate provocations"))
        #expect(s.hasClaim("x04", "Yahya Saree", "We will continue to prevent the passage"))
        #expect(s.hasClaim("x04", "David Lammy", "supplying the Houthis with the missiles"))
        #expect(s.hasClaim("x05", "Guo Jiakun", "China and India are partners rather than rivals"))
        #expect(s.hasClaim("x06", "Chris Murphy", "handing the Saudis a blank check"))
        #expect(s.hasClaim("x06", "Defense Security Cooperation Agency", "This proposed sale will support"))
        #expect(s.hasClaim("x07", "National Security Committee of Kazakhstan", "were planning to blow up"))  // "According to the KNB, …"
        #expect(s.hasClaim("x07", "Yerzhan Sadenov", "There is no threat to residents"))
        #expect(s.hasClaim("x08", "Kaja Kallas", "Somalia's security is Europe's security"))
        #expect(s.hasClaim("x08", "Omar Mahmood", "Everybody knows the mission will run out of money"))
        #expect(s.hasClaim("x09", "Yvan Gil", "no Venezuelan unit had crossed the river"))
        #expect(s.hasClaim("x09", "Nicole Theriot", "stands firmly with Guyana"))
        #expect(s.hasClaim("x10", "Imad Trabelsi", "prevented a massacre"))
        #expect(s.hasClaim("x11", "Shinjiro Koizumi", "A stronger Philippine navy contributes"))
        #expect(s.hasClaim("x11", "Mao Ning", "colluding with countries outside the region"))  // "She said …"
        #expect(s.hasClaim("x12", "Asaad al-Shaibani", "Israel is exploiting the situation"))
        #expect(s.hasClaim("x13", "Yemane Gebremeskel", "These are fabrications"))  // "…,” he wrote"
        #expect(s.hasClaim("x14", "Dmitry Peskov", "Kyiv is not ready for a serious discussion"))
        #expect(s.hasClaim("x14", "Hakan Fidan", "The door is not closed"))
        #expect(s.hasClaim("x15", "Rodolphe Haykal", "had deployed more than 9,000 soldiers"))
        // anonymous sources name no one: "two diplomats … who spoke on condition of anonymity"; "a Western diplomat"
        #expect(s.results["x13"]?.claims.contains { $0.text.contains("Eritrea had refused to send a delegation") } == false)
        #expect(s.results["x01"]?.claims.contains { $0.text.contains("lacked the ground troops") } == false)
    }
}

/// One sentence of our own per fix the fourth audit made.
@Suite struct HeldOutFourFixTests {

    static func has(_ r: ArticleResult, _ type: String, _ role: String, _ name: String) -> Bool {
        Shared.events(r, type).contains { e in e.arguments.contains { $0.role == role && Shared.names(r, $0.actor).contains(name) } }
    }

    @Test func forcesFoilingAPlotAreTheReportersAndTheirBombingIsNoAttack() {
        let r = Shared.analyze("Jordan's Interior Ministry said security forces had thwarted a suicide bombing at a shopping mall in Irbid on Sunday.")
        #expect(Shared.events(r, "attack_thwarted").contains { !$0.arguments.isEmpty })
        #expect(Shared.events(r, "attack").isEmpty)
    }

    @Test func reportedResponsibilityIsAnAccusation() {
        let r = Shared.analyze("Tehran said Washington bore full responsibility for the collapse of the ceasefire.")
        #expect(Self.has(r, "accusation", "accuser", "Iran"))
        #expect(Self.has(r, "accusation", "accused", "United States"))
        // nobody reports it: a duty, no blame
        #expect(Shared.events(Shared.analyze("Washington bears responsibility for security at the embassy."), "accusation").isEmpty)
    }

    @Test func armsBeforeANounIsNoVerb() {
        #expect(Shared.events(Shared.analyze("Iraqi troops took over an arms depot belonging to the militia near Mosul on Monday."), "arms_transfer").isEmpty)
        let r = Shared.analyze("Iran arms the Houthis with drones and missiles, Saudi officials said.")
        #expect(Self.has(r, "arms_transfer", "supplier", "Iran"))
    }

    @Test func stoppingOnesOwnAttacksFoilsNothing() {
        #expect(Shared.events(Shared.analyze("Qatar urged Israel to stop its attacks on Gaza."), "attack_thwarted").isEmpty)
    }

    @Test func aPledgingConferenceIsNoPledge() {
        #expect(Shared.events(Shared.analyze("The African Union will hold a pledging conference in Addis Ababa next month."), "pledge").isEmpty)
    }

    @Test func patrolBoatsAndDestroyersAreWeapons() {
        let r = Shared.analyze("South Korea handed over three patrol boats to the Philippines on Monday.")
        #expect(Self.has(r, "arms_transfer", "supplier", "South Korea"))
        #expect(Self.has(r, "arms_transfer", "recipient", "Philippines"))
        #expect(Self.has(Shared.analyze("Italy will transfer two destroyers to Indonesia, Rome said."), "arms_transfer", "recipient", "Indonesia"))
    }

    @Test func theDayOfTellingStandsBetweenSaidAndIt() {
        let r = Shared.analyze("Hezbollah said on Tuesday it had attacked an Israeli army post with rockets.")
        #expect(Self.has(r, "attack", "attacker", "Hezbollah"))
    }

    @Test func anAcronymInParenthesesKeepsTheAttribution() {
        let r = Shared.analyze("A cargo ship was struck by a missile off the coast of Yemen, the United Kingdom Maritime Trade Operations (UKMTO) agency said.")
        #expect(!Self.has(r, "attack", "target", "UK Maritime Trade Operations"))
    }

    @Test func talksBetweenAdjectivesNameTheirParties() {
        let r = Shared.analyze("Talks between Sudanese and Egyptian delegations broke down on Wednesday.")
        #expect(Self.has(r, "talks_stalled", "party", "Sudan"))
        #expect(Self.has(r, "talks_stalled", "party", "Egypt"))
    }

    @Test func itsUnitsTookControlForTheReporter() {
        let r = Shared.analyze("The Syrian army said its units had taken control of the town of Maarat al-Numan.")
        #expect(Self.has(r, "seizure", "attacker", "Syrian Arab Army"))
    }
}
