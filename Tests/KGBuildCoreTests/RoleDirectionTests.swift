import Foundation
import Testing

@testable import KGBuildCore

/// Who did it to whom: a state on the side of its own official, ministry, agency or firm does not take the
/// opposed role, and a source that opens a sentence ("According to X, …") reports the clause, it does not act
/// in it. Sentences written for the purpose.
@Suite struct RoleDirectionTests {
    static func events(_ text: String, _ type: String) -> [(event: Event, args: [(role: String, names: [String])])] {
        EventConstructionTests.events(text, type)
    }

    static func has(_ args: [(role: String, names: [String])], _ role: String, _ name: String) -> Bool {
        EventConstructionTests.has(args, role, name)
    }

    /// "Iraq's prime minister condemned the strikes as a violation of Iraqi sovereignty": the critic's own state
    /// is not the target; a state the critic names as such stays the target.
    @Test func aCriticsOwnStateIsNoTarget() throws {
        let p = try #require(Self.events("Iraq's Prime Minister Mohammed Shia al-Sudani condemned the strikes as a flagrant violation of Iraqi sovereignty.", "criticism").first)
        #expect(Self.has(p.args, "critic", "Mohammed Shia al-Sudani"), "\(p.args)")
        #expect(!Self.has(p.args, "target", "Iraq"), "\(p.args)")
        let m = try #require(Self.events("The Iraqi Foreign Ministry condemned the raid as a violation of Iraqi sovereignty and international law.", "criticism").first)
        #expect(!Self.has(m.args, "target", "Iraq"), "\(m.args)")
        let t = try #require(Self.events("The Iraqi Foreign Ministry condemned Turkey over the raid, calling it a violation of Iraqi sovereignty.", "criticism").first)
        #expect(Self.has(t.args, "target", "Turkey"), "\(t.args)")
    }

    /// "Cambodia's defence ministry accused Thai troops of firing on a Cambodian patrol": the accused are the
    /// Thai troops, not the accuser's own state; states that accuse each other stay in both roles.
    @Test func anAccusersOwnStateIsNotAccused() throws {
        let a = try #require(Self.events("Cambodia's Defence Ministry accused Thai troops of firing on a Cambodian patrol on Tuesday.", "accusation").first)
        #expect(Self.has(a.args, "accused", "Thailand"), "\(a.args)")
        #expect(!Self.has(a.args, "accused", "Cambodia"), "\(a.args)")
        let m = try #require(Self.events("Armenia and Azerbaijan accused each other of violating the ceasefire on Tuesday.", "accusation").first)
        for c in ["Armenia", "Azerbaijan"] {
            #expect(Self.has(m.args, "accuser", c) && Self.has(m.args, "accused", c), "\(m.args)")
        }
    }

    /// The supplier's own export agency or arms firm is on the supplier's side, not a second recipient beside
    /// the buyer; a domestic delivery to the state's own force keeps its one recipient.
    @Test func theSuppliersAgenciesAreNoRecipients() throws {
        let f = try #require(Self.events("Russia signed a contract for the delivery of Su-35 fighters to Egypt, the Federal Service for Military-Technical Cooperation said on Monday.", "arms_transfer").first)
        #expect(Self.has(f.args, "recipient", "Egypt") && Self.has(f.args, "supplier", "Russia"), "\(f.args)")
        #expect(!Self.has(f.args, "recipient", "Federal Service for Military-Technical Cooperation"), "\(f.args)")
        let d = try #require(Self.events("The State Department approved the possible sale of Patriot missiles to Poland, according to the Defense Security Cooperation Agency.", "arms_transfer").first)
        #expect(Self.has(d.args, "recipient", "Poland"), "\(d.args)")
        #expect(!Self.has(d.args, "recipient", "Defense Security Cooperation Agency"), "\(d.args)")
        let r = try #require(Self.events("Kazakhstan will receive six Mi-35 helicopters from Russia under a contract signed with Rosoboronexport last year.", "arms_transfer").first)
        #expect(Self.has(r.args, "recipient", "Kazakhstan"), "\(r.args)")
        #expect(!Self.has(r.args, "recipient", "Rosoboronexport"), "\(r.args)")
        let h = try #require(Self.events("Rostec delivered a new batch of Su-34 bombers to the Russian Aerospace Forces on Monday.", "arms_transfer").first)
        #expect(Self.has(h.args, "recipient", "Russian Aerospace Forces"), "\(h.args)")
    }

    /// "According to the WHO, militia drones struck a hospital": the source that opens the sentence is no
    /// attacker; a subject named after its comma still is.
    @Test func aSourceOpeningTheSentenceIsNoAttacker() throws {
        let w = Self.events("According to the World Health Organization, militia drones struck a hospital in Kadugli on Friday, killing nine patients.", "attack")
        #expect(!w.contains { Self.has($0.args, "attacker", "World Health Organization") }, "\(w.map(\.args))")
        let s = Self.events("According to local officials, Sudan's army struck rebel positions near Kadugli on Friday.", "attack")
        #expect(s.contains { Self.has($0.args, "attacker", "Sudan") || Self.has($0.args, "attacker", "Sudanese Armed Forces") }, "\(s.map(\.args))")
    }

    /// "A Libyan armed group seized an oil field": a nationality before "armed group" names a group of that
    /// country, not the state (as "Malian militants" does); "Libyan forces" stay the state.
    @Test func aNationalArmedGroupIsNotItsState() throws {
        let g = try #require(Self.events("A Libyan armed group seized an oil field in the south of the country on Sunday.", "seizure").first)
        #expect(Self.has(g.args, "attacker", "Libyan armed group"), "\(g.args)")
        #expect(!Self.has(g.args, "attacker", "Libya"), "\(g.args)")
        let f = try #require(Self.events("Libyan forces seized an oil field in the south of the country on Sunday.", "seizure").first)
        #expect(Self.has(f.args, "attacker", "Libya"), "\(f.args)")
    }

    /// "approved 50 million euros for Georgia's armed forces to pay for radars": whom the money is for, named
    /// in the "for" phrase before the infinitive, is the recipient; the funder is the clause's subject. A
    /// finite "will pay … to help X" keeps its subject as the funder.
    @Test func theForPhraseBeforeAnInfinitiveIsTheRecipient() throws {
        let e = try #require(Self.events("The European Union approved 50 million euros for Georgia's armed forces to pay for new radars.", "funding").first)
        #expect(Self.has(e.args, "funder", "European Union") && Self.has(e.args, "recipient", "Georgia"), "\(e.args)")
        #expect(!Self.has(e.args, "funder", "Georgia"), "\(e.args)")
        let g = try #require(Self.events("Germany will pay 40 million euros to help Jordan cover the salaries of teachers.", "funding").first)
        #expect(Self.has(g.args, "funder", "Germany") && !Self.has(g.args, "funder", "Jordan"), "\(g.args)")
    }
}
