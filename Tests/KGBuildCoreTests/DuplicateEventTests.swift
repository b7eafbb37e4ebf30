import Foundation
import Testing

@testable import KGBuildCore

// What makes two mentions in one article one event, and what keeps them apart: "In a separate attack …", a deal
// with another recipient or another partner, and two sides each striking the other. Fixtures written for these tests.

@Suite struct DuplicateEventTests {
    static func analyze(_ body: String, title: String) -> ArticleResult {
        Shared.pipeline.analyze(Shared.article(body, title: title, date: PartialDate(year: 2024, month: 5, day: 10)))
    }

    static func names(_ r: ArticleResult, _ e: Event) -> [String] { e.arguments.map { Shared.name(r, $0.actor) } }

    /// "In a separate attack on Wednesday in another province, a bomb struck …" is not the attack the headline and
    /// the lead tell, however few actors it names; and its day does not date the headline's attack.
    @Test func aSeparateAttackIsAnotherEvent() {
        let r = Self.analyze("KABUL, May 10 (AP) - Taliban fighters attacked police checkpoints near Kandahar overnight, killing 10 policemen, officials said on Thursday. In a separate attack on Wednesday in Zabul province, a roadside bomb struck a police vehicle, killing two officers.",
                             title: "Taliban attack checkpoints near Kandahar")
        let attacks = Shared.events(r, "attack")
        #expect(attacks.count == 2, "\(Shared.describe(r))")
        // the checkpoints' attack keeps its own place and is not dated by the other's Wednesday
        #expect(attacks.contains { Self.names(r, $0).contains("Taliban") && $0.date != PartialDate(year: 2024, month: 5, day: 8) },
                "\(Shared.describe(r))")
    }

    /// Without the word the two sentences may tell one attack: a bomb on a vehicle, with no actor of its own, joins
    /// the attack told before.
    @Test func anUnmarkedSecondMentionStillJoins() {
        let r = Self.analyze("KABUL, May 10 (AP) - Taliban fighters attacked a police convoy near Kandahar on Wednesday, officials said. A roadside bomb struck the lead vehicle, killing two officers.",
                             title: "Taliban attack police convoy near Kandahar")
        #expect(Shared.events(r, "attack").count == 1, "\(Shared.describe(r))")
    }

    /// "Separately, the ministry said police had foiled …": the headline that tells both stories names this one, so
    /// the body's foiled bombing is still the headline's.
    @Test func separatelyToldEventStillJoinsItsHeadline() {
        let r = Self.analyze("DAMASCUS, May 10 (Reuters) - Israeli jets struck a weapons depot near Homs on Thursday, killing four people, the state news agency said. Separately, the Syrian Interior Ministry said police had foiled a suicide bombing at a church in Aleppo and arrested two Islamic State members.",
                             title: "Syrian police foil church bombing; Israeli jets strike Homs")
        #expect(Shared.events(r, "attack_thwarted").count == 1, "\(Shared.describe(r))")
    }

    /// A supplier's sales to other countries, told as background, are not the delivery the headline tells: the
    /// delivery keeps its one recipient.
    @Test func salesToOtherRecipientsAreAnotherDeal() {
        let r = Self.analyze("NAIROBI, May 10 (Reuters) - Six Bayraktar drones were delivered to the Kenyan air force by Turkey this week, officials said. Ankara has sold the drones to more than 20 countries, including Ethiopia, Niger and Somalia.",
                             title: "Kenya receives Turkish drones")
        let kenya = Shared.events(r, "arms_transfer").filter { Self.names(r, $0).contains("Kenya") }
        #expect(kenya.count == 1, "\(Shared.describe(r))")
        #expect(kenya.allSatisfy { !Self.names(r, $0).contains("Ethiopia") && !Self.names(r, $0).contains("Somalia") }, "\(Shared.describe(r))")
    }

    /// One deal read with its roles the wrong way round in the body ("signed a contract with France") is still the
    /// headline's deal: the other's recipient is named in it, in another role.
    @Test func oneDealReadBackwardsStaysOne() {
        let r = Self.analyze("NEW DELHI, May 10 (Reuters) - India has signed a contract with France to purchase 26 fighter jets for its navy, the Indian Defence Ministry said on Monday.",
                             title: "India signs deal to buy jets from France")
        #expect(Shared.events(r, "arms_transfer").count == 1, "\(Shared.describe(r))")
    }

    /// A state's pact with another partner is not the cooperation the headline tells with this one.
    @Test func aPactWithAnotherPartnerIsAnotherEvent() {
        let r = Self.analyze("SUVA, May 10 (Xinhua) - China and Fiji signed a memorandum on expanding defense cooperation on Wednesday, including training and maritime security. Both countries have voiced concern over China's ambitions in the Pacific since Beijing signed a security pact with the Solomon Islands that year.",
                             title: "China and Fiji agree to expand defence cooperation")
        let fiji = Shared.events(r, "military_cooperation").filter { Self.names(r, $0).contains("Fiji") }
        #expect(fiji.count == 1, "\(Shared.describe(r))")
        #expect(fiji.allSatisfy { !Self.names(r, $0).contains("Solomon Islands") }, "\(Shared.describe(r))")
    }

    /// The attacker of one strike named as the target of another, which has an attacker of its own, is the other
    /// side's act: "Taliban fighters attacked …" and "the U.S. military carried out airstrikes … killing Taliban fighters".
    @Test func strikesOnTheAttackersAreAnotherAttack() {
        let r = Self.analyze("KABUL, May 10 (AP) - Taliban fighters attacked police checkpoints near Kandahar overnight, killing 10 policemen, officials said. A spokesman said the U.S. military carried out two airstrikes in support of Afghan troops, killing dozens of Taliban fighters.",
                             title: "Taliban attack checkpoints near Kandahar")
        let attacks = Shared.events(r, "attack")
        #expect(attacks.count == 2, "\(Shared.describe(r))")
        #expect(attacks.contains { e in e.arguments.contains { $0.role == "attacker" && Shared.name(r, $0.actor) == "Taliban" } }, "\(Shared.describe(r))")
    }

    /// The same attacker told again is one attack.
    @Test func theSameAttackerToldAgainIsOneAttack() {
        let r = Self.analyze("KABUL, May 10 (AP) - Taliban fighters attacked police checkpoints near Kandahar overnight, officials said. The Taliban attack killed 10 policemen and wounded six, a police spokesman said.",
                             title: "Taliban attack checkpoints near Kandahar")
        #expect(Shared.events(r, "attack").count == 1, "\(Shared.describe(r))")
    }

    static func told(_ type: String, _ args: [(role: String, actor: String)], at start: Int, date: PartialDate? = nil) -> Event {
        Event(type: type, arguments: args, place: nil, date: date, modality: .asserted, confidence: 1, trigger: "attack",
              evidence: [Evidence(article: "a1", path: "p", sentence: "", start: start, end: start + 20, rule: "")])
    }

    /// The lead sentence tells the headline's news again: its attacker read as the headline's target (a place phrase
    /// taken for the attacker) does not set it against the headline's attack, as it does in a later sentence.
    @Test func theLeadIsNotSetAgainstTheHeadline() {
        let rules = MergeRules(leadRoles: ["attack": "attacker"], twoSided: ["attack"])
        let headline = Self.told("attack", [("attacker", "actor:jnim"), ("target", "actor:mli")], at: 0)
        let lead = Self.told("attack", [("attacker", "actor:mli")], at: 60, date: PartialDate(year: 2024, month: 5, day: 9))
        #expect(EventExtractor.merge([headline, lead], rules: rules, headline: 1, lede: 60).count == 1)
        #expect(EventExtractor.merge([headline, lead], rules: rules, headline: 1, lede: 10).count == 2)
        // another attacker in the lead is another attack still
        let other = Self.told("attack", [("attacker", "actor:isr")], at: 60)
        #expect(EventExtractor.merge([headline, lead, other], rules: rules, headline: 1, lede: 60).count == 2)
    }

    /// "…, the second meeting of the two leaders this year": a noun put after a comma says what the meeting just told
    /// is (its place in a series), not that it is another meeting.
    @Test func theSecondMeetingAfterACommaIsTheMeetingTold() {
        let r = Self.analyze("PARIS, May 10 (Reuters) - Macron hosted Chadian President Mahamat Deby and Nigerien President Mohamed Bazoum for two hours of talks at the Elysee, the second meeting of the two leaders this year.",
                             title: "Sahel leaders hold talks in Paris")
        let held = Shared.events(r, "meeting").filter { Self.names(r, $0).contains("Mohamed Bazoum") || Self.names(r, $0).contains("Mahamat Deby") }
        #expect(held.count == 1, "\(Shared.describe(r))")
        #expect(held.allSatisfy { Self.names(r, $0).contains("Mohamed Bazoum") && Self.names(r, $0).contains("Mahamat Deby") }, "\(Shared.describe(r))")
    }
}
