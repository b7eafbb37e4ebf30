import Foundation
import Testing

@testable import KGBuildCore

/// Constructions that decide which actor takes which role of an event, on sentences composed for the
/// purpose (helpers shared with `EventConstructionTests`).
@Suite struct ArgumentConstructionTests {
    static func events(_ text: String, _ type: String) -> [(event: Event, args: [(role: String, names: [String])])] {
        EventConstructionTests.events(text, type)
    }

    static func has(_ args: [(role: String, names: [String])], _ role: String, _ name: String) -> Bool {
        EventConstructionTests.has(args, role, name)
    }

    /// "the Chile-Peru-Bolivia summit", "the Indian-French naval exercise": every actor of a hyphenated
    /// modifier takes the possessor's role.
    @Test func hyphenatedModifiersAreAllPossessors() throws {
        let m = try #require(Self.events("Leaders attended the Chile-Peru-Bolivia summit in Lima on Monday.", "meeting").first)
        for c in ["Chile", "Peru", "Bolivia"] { #expect(Self.has(m.args, "participant", c), "\(m.args)") }
        let x = try #require(Self.events("Officials prepared the Indian-French naval exercise near Goa.", "military_cooperation").first)
        #expect(Self.has(x.args, "participant", "India") && Self.has(x.args, "participant", "France"), "\(x.args)")
    }

    /// "Belgian and Dutch warplanes carried out air strikes": coordinated nationality adjectives of one
    /// head noun are all subjects.
    @Test func coordinatedNationalitiesShareTheSubject() throws {
        let e = try #require(Self.events("Belgian and Dutch warplanes carried out a series of air strikes against rebel towns.", "attack").first)
        #expect(Self.has(e.args, "attacker", "Belgium") && Self.has(e.args, "attacker", "Netherlands"), "\(e.args)")
    }

    /// "A on behalf of B met C": who acts for another is the participant, not the one named in the phrase.
    @Test func onBehalfOfNamesNoParticipant() throws {
        let e = try #require(Self.events("Deputy Foreign Minister Mikhail Bogdanov on behalf of President Dmitry Medvedev met Lebanese President Michel Aoun in Beirut.", "meeting").first)
        #expect(Self.has(e.args, "participant", "Mikhail Bogdanov") && Self.has(e.args, "participant", "Michel Aoun"), "\(e.args)")
        #expect(!e.args.contains { $0.names.contains("Dmitry Medvedev") }, "\(e.args)")
    }

    /// "Interior Minister A and Finance Minister B held phone talks with their Greek counterparts": the subjects
    /// coordinated across a title, and nationality adjectives right after a trigger that ends in "with".
    @Test func coordinationAcrossATitleAndModifiersAfterATriggersPreposition() throws {
        let e = try #require(Self.events("Interior Minister Anna Kovac and Finance Minister Petr Novak held phone talks with their Polish and Czech counterparts on Friday.", "meeting").first)
        for n in ["Anna Kovac", "Petr Novak", "Poland", "Czech Republic"] { #expect(Self.has(e.args, "participant", n), "\(e.args)") }
    }

    /// "denounced the manoeuvres conducted by X": the agent of the deed a criticism names is its target, not a
    /// second critic; the passive "was condemned by X" keeps X as the critic.
    @Test func theAgentOfACriticisedDeedIsTheTarget() throws {
        let e = try #require(Self.events("Pakistan denounced the naval manoeuvres conducted by India and Bangladesh off its coast.", "criticism").first)
        #expect(Self.has(e.args, "critic", "Pakistan"), "\(e.args)")
        #expect(Self.has(e.args, "target", "India") && Self.has(e.args, "target", "Bangladesh"), "\(e.args)")
        #expect(!Self.has(e.args, "critic", "India"), "\(e.args)")
        let p = try #require(Self.events("Hamas condemned the raids carried out by Israel overnight.", "criticism").first)
        #expect(Self.has(p.args, "target", "Israel") && Self.has(p.args, "critic", "Hamas"), "\(p.args)")
        let v = try #require(Self.events("The strike was condemned by France.", "criticism").first)
        #expect(Self.has(v.args, "critic", "France"), "\(v.args)")
    }

    /// "carried out by Pyongyang and Beijing", "talks with Russia and Ankara": a capital coordinated with a state
    /// stands for its state too; "an accusation denied by X": who denies an accusation is its accused.
    @Test func coordinatedCapitalsAndDeniedAccusations() throws {
        let c = try #require(Self.events("Japan criticised the missile launches carried out by Pyongyang and Beijing.", "criticism").first)
        #expect(Self.has(c.args, "target", "North Korea") && Self.has(c.args, "target", "China"), "\(c.args)")
        let m = try #require(Self.events("Iran held talks with Russia and Ankara.", "meeting").first)
        #expect(Self.has(m.args, "participant", "Turkey"), "\(m.args)")
        let a = try #require(Self.events("Officials in Baku said Armenian troops had shelled villages, an accusation denied by Armenia.", "accusation").first)
        #expect(Self.has(a.args, "accused", "Armenia"), "\(a.args)")
    }

    /// "held talks with ministers from Peru and Bolivia regarding Argentina's tariffs": the people from a country
    /// stand for it after a trigger that ends in "with", and the topic of the talks is no participant.
    @Test func leadersFromCountriesAndTopicsOfTalks() throws {
        let e = try #require(Self.events("Chile's president held talks with ministers from Peru and Bolivia regarding Argentina's tariffs.", "meeting").first)
        for c in ["Chile", "Peru", "Bolivia"] { #expect(Self.has(e.args, "participant", c), "\(e.args)") }
        #expect(!e.args.contains { $0.names.contains("Argentina") }, "\(e.args)")
        let p = try #require(Self.events("Chile's president met with leaders from Peru on Friday in Lima.", "meeting").first)
        #expect(Self.has(p.args, "participant", "Peru"), "\(p.args)")
        #expect(EventConstructionTests.placeName("Chile's president met with leaders from Peru on Friday in Lima.", p.event).contains("Lima"))
    }

    /// "deals stalled amid objections voiced by X", "did not hit X": past "amid" or a negation the
    /// words after a trigger give it no argument.
    @Test func noArgumentsPastAmidOrANegation() throws {
        let e = try #require(Self.events("Two arms deals with Oman have stalled amid objections voiced by Egypt.", "arms_transfer").first)
        #expect(Self.has(e.args, "recipient", "Oman"), "\(e.args)")
        #expect(!e.args.contains { $0.names.contains("Egypt") }, "\(e.args)")
        for a in Self.events("The bombings in Lima on Friday did not hit the Chilean embassy, police said.", "attack") {
            #expect(!a.args.contains { $0.names.contains("Chile") }, "\(a.args)")
        }
    }

    /// "fighters killed in army shelling": a participle followed by "in" and a noun of its own type is a
    /// passive, so its subject is the target.
    @Test func killedInAnAttackIsPassive() throws {
        let e = try #require(Self.events("Hezbollah fighters killed in Syrian army shelling were buried on Sunday.", "attack").first)
        #expect(Self.has(e.args, "target", "Hezbollah"), "\(e.args)")
        #expect(!Self.has(e.args, "attacker", "Hezbollah"), "\(e.args)")
    }

    /// "X is deeply concerned about Y": a criticism told by an adjective takes the subject linked to it by "be".
    @Test func concernedAboutTakesTheSubjectOfBe() throws {
        let e = try #require(Self.events("Tokyo is seriously concerned about Beijing's naval expansion.", "criticism").first)
        #expect(Self.has(e.args, "critic", "Japan") && Self.has(e.args, "target", "China"), "\(e.args)")
    }

    /// "A said B's troops shelled villages, an accusation denied by B": the accusation in apposition is the
    /// reporter's, and who denies it is its accused.
    @Test func anAccusationInAppositionIsTheReporters() throws {
        let e = try #require(Self.events("The Georgian government said Russian troops had shelled villages, an accusation denied by Russia.", "accusation").first)
        #expect(Self.has(e.args, "accuser", "Georgia"), "\(e.args)")
        #expect(Self.has(e.args, "accused", "Russia"), "\(e.args)")
    }

    /// "the army is fighting X with support from a French-led mission": an -ing noun after "be" takes the
    /// clause's subject, and an "X-led" phrase inside a preposition gives X no attacker role.
    @Test func progressiveFightingAndALedPhraseInsideWith() throws {
        let e = try #require(Self.events("Near the border, the Malian army is fighting al-Qaeda with support from a French-led mission.", "attack").first)
        #expect(Self.has(e.args, "target", "al-Qaeda") && Self.has(e.args, "attacker", "Mali"), "\(e.args)")
        #expect(!Self.has(e.args, "attacker", "France"), "\(e.args)")
    }
}
