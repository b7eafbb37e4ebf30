import Foundation
import Testing

@testable import KGBuildCore

/// Arguments that sit in another sentence (Discourse.swift): generic pair phrases and definite nouns that
/// refer back to an event, on short articles composed for the purpose.
@Suite struct DiscourseTests {
    typealias Args = [(role: String, names: [String])]

    static func events(_ text: String, _ type: String, title: String = "Story") -> [(event: Event, args: Args)] {
        let r = Shared.pipeline.analyze(Shared.article(text, title: title))
        return r.events.filter { $0.type == type }.map { e in (e, e.arguments.map { ($0.role, Shared.names(r, $0.actor)) }) }
    }

    static func has(_ args: Args, _ role: String, _ name: String) -> Bool {
        EventConstructionTests.has(args, role, name)
    }

    /// The evidence an argument from another sentence leaves: its rule and that sentence.
    static func discourseEvidence(_ e: Event, _ rule: String) -> [Evidence] {
        e.evidence.filter { $0.rule.hasPrefix(rule + " (") }
    }

    /// "Negotiations between the two neighbours stalled": the two states named in the sentence before.
    @Test func pairPhraseTakesTheTwoStatesNamedBefore() throws {
        let text = "Chile and Argentina sent delegations to Montevideo on Monday. Negotiations between the two neighbours stalled over fishing quotas on Tuesday."
        let e = try #require(Self.events(text, "talks_stalled").first)
        #expect(Self.has(e.args, "party", "Chile") && Self.has(e.args, "party", "Argentina"), "\(e.args)")
        let ev = try #require(Self.discourseEvidence(e.event, "discourse.pair").first)
        #expect(ev.sentence.hasPrefix("Chile and Argentina sent delegations"), "\(ev)")
        #expect(ev.rule.contains("the two neighbours"), "\(ev.rule)")
    }

    /// "cooperation between the armies of the two countries": an event the sentence names no actor of is told
    /// once the pair phrase stands for the states; adjectives stand for their states when no name does.
    @Test func pairPhraseMakesAnEventOfItsSentence() throws {
        let text = "Peruvian Defence Minister Ana Ruiz held talks with her Ecuadorean counterpart in Quito on Tuesday. The ministers discussed military cooperation between the armies of the two countries."
        let e = try #require(Self.events(text, "military_cooperation").first)
        #expect(Self.has(e.args, "participant", "Peru") && Self.has(e.args, "participant", "Ecuador"), "\(e.args)")
    }

    /// A pair phrase with only one state in reach names nobody, and one far back (past the window) is out of reach.
    @Test func pairPhraseNeedsTwoStatesInReach() throws {
        let one = "Kenya hosted envoys in Nairobi on Monday. Talks between the two sides stalled on Tuesday."
        let e1 = try #require(Self.events(one, "talks_stalled").first)
        #expect(!Self.has(e1.args, "party", "Kenya"), "\(e1.args)")
        let far = "Chile and Argentina signed a fisheries accord in 2019. Fishing boats left port at dawn. Prices of fish rose. "
            + "Markets were calm. Ports reopened. Talks between the two sides stalled on Tuesday."
        let e2 = try #require(Self.events(far, "talks_stalled").first)
        #expect(!Self.has(e2.args, "party", "Chile"), "\(e2.args)")
    }

    /// "X condemned the strikes": the target is who carried out the strikes told before, the event told with
    /// the same noun first; the evidence names the sentence the attacker came from.
    @Test func definiteEventNounTakesTheAttackerAsTarget() throws {
        let text = "Air strikes by Azerbaijan hit several villages on Friday. Armenian artillery shelled a border post in response. Georgia condemned the air strikes on Saturday."
        let e = try #require(Self.events(text, "criticism").first)
        #expect(Self.has(e.args, "critic", "Georgia"), "\(e.args)")
        #expect(Self.has(e.args, "target", "Azerbaijan"), "\(e.args)")
        #expect(!Self.has(e.args, "target", "Armenia"), "\(e.args)")
        let ev = try #require(Self.discourseEvidence(e.event, "discourse.anaphor").first)
        #expect(ev.sentence.hasPrefix("Air strikes by Azerbaijan"), "\(ev)")
    }

    /// With no attack told before, "condemned the attack" has no target.
    @Test func definiteEventNounWithoutAntecedentNamesNobody() throws {
        let e = try #require(Self.events("Norway condemned the attack on Sunday.", "criticism").first)
        #expect(Self.has(e.args, "critic", "Norway"), "\(e.args)")
        #expect(!e.args.contains { $0.role == "target" }, "\(e.args)")
    }

    /// "The talks stalled": talks without parties are between the participants of the meeting told just before.
    @Test func definiteTalksTakeTheMeetingsParticipants() throws {
        let text = "The foreign ministers of India and China met in Moscow on Thursday. The talks stalled over troop withdrawals."
        let e = try #require(Self.events(text, "talks_stalled").first)
        #expect(Self.has(e.args, "party", "India") && Self.has(e.args, "party", "China"), "\(e.args)")
        #expect(!Self.discourseEvidence(e.event, "discourse.anaphor").isEmpty, "\(e.event.evidence)")
    }

    /// "A and B, which mediate the talks, said …": the mediators of the stalled talks told just before.
    @Test func relativeClauseNamesTheMediators() throws {
        let text = "Negotiations between Ethiopia and Egypt over the dam stalled on Tuesday. Sudan and the African Union, which mediate the talks, said they would propose new dates."
        let e = try #require(Self.events(text, "talks_stalled").first)
        #expect(Self.has(e.args, "party", "Ethiopia") && Self.has(e.args, "party", "Egypt"), "\(e.args)")
        #expect(Self.has(e.args, "mediator", "Sudan") && Self.has(e.args, "mediator", "African Union"), "\(e.args)")
        let ev = try #require(Self.discourseEvidence(e.event, "discourse.mediator").first)
        #expect(ev.sentence.hasPrefix("Sudan and the African Union"), "\(ev)")
    }

    /// The parties from the meeting told before, the mediator from the sentence after: one stalled event with both.
    @Test func stalledTalksGatherPartiesAndHostAcrossSentences() throws {
        let text = "Serbian and Croatian delegations met in Geneva on Tuesday to discuss border crossings. The talks stalled over the status of two villages.\n\n"
            + "Norway, which hosted the talks, said it would invite both sides again."
        let e = try #require(Self.events(text, "talks_stalled").first)
        #expect(Self.has(e.args, "party", "Serbia") && Self.has(e.args, "party", "Croatia"), "\(e.args)")
        #expect(Self.has(e.args, "mediator", "Norway"), "\(e.args)")
        #expect(e.event.evidence.map(\.rule).contains { $0.hasPrefix("discourse.anaphor") } && e.event.evidence.map(\.rule).contains { $0.hasPrefix("discourse.mediator") },
                "\(e.event.evidence.map(\.rule))")
    }

    /// "The country has bought …": the country named first in the sentence before (its subject, not its object).
    @Test func theCountryStandsForTheLastSubject() throws {
        let text = "Chile accused Peru of spying on its navy on Monday. The country has bought fighter jets from France."
        let e = try #require(Self.events(text, "arms_transfer").first)
        #expect(Self.has(e.args, "recipient", "Chile") && Self.has(e.args, "supplier", "France"), "\(e.args)")
        #expect(!Self.has(e.args, "recipient", "Peru"), "\(e.args)")
        #expect(!Self.discourseEvidence(e.event, "discourse.generic").isEmpty, "\(e.event.evidence)")
        // none in reach: nobody
        let far = "Chile accused Peru of spying on Monday. Fishing boats left port. Prices rose. Markets were calm. The country has bought fighter jets from France."
        let farEvent = try #require(Self.events(far, "arms_transfer").first)
        #expect(!Self.has(farEvent.args, "recipient", "Chile"), "\(farEvent.args)")
    }

    /// An argument's sentence is no evidence of the event for claims: a claim made in that sentence does not
    /// assert the later event.
    @Test func discourseEvidenceAssertsNothing() throws {
        let text = "Armenia's defence ministry said air strikes by Azerbaijan hit several villages on Friday. Georgia condemned the air strikes on Saturday."
        let r = Shared.pipeline.analyze(Shared.article(text, title: "Story"))
        let k = try #require(r.events.firstIndex { $0.type == "criticism" })
        try #require(!Self.discourseEvidence(r.events[k], "discourse.anaphor").isEmpty, "\(r.events[k].evidence)")
        let c = try #require(r.claims.first { $0.text.contains("several villages") }, "\(r.claims.map(\.text))")
        #expect(!c.asserts.contains(k), "\(c.asserts)")
    }
}
