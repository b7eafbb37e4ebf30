import Foundation
import Testing

@testable import KGBuildCore

/// Attacks told in constructions the plain "X attacked Y in Z" frame misses: a target that comes under fire, a
/// state's positions or posts struck, states joined by their adjectives before one noun, and a town the gazetteer
/// lacks named with its district or sector. On sentences composed for the purpose.
@Suite struct AttackEventTests {
    typealias Args = [(role: String, names: [String])]

    static func events(_ text: String, _ type: String = "attack") -> [(event: Event, args: Args)] {
        EventConstructionTests.events(text, type)
    }

    static func has(_ args: Args, _ role: String, _ name: String) -> Bool {
        EventConstructionTests.has(args, role, name)
    }

    /// "X came under fire from Y": who comes under fire is the target, who fires is after "from"; a politician
    /// who comes under fire from critics is attacked by no one.
    @Test func comingUnderFireNamesTheTarget() throws {
        let cases = [
            ("A Turkish convoy came under fire from Syrian government forces near Idlib on Monday, officials said.", "Turkey", "Syria"),
            ("Ukrainian troops came under heavy shelling from Russian forces outside the town on Sunday.", "Ukraine", "Russia"),
        ]
        for (text, target, attacker) in cases {
            let e = try #require(Self.events(text).first, "\(text)")
            #expect(Self.has(e.args, "target", target), "\(text): \(e.args)")
            #expect(Self.has(e.args, "attacker", attacker), "\(text): \(e.args)")
        }
        // (a rebuke is no attack)
        #expect(Self.events("The French finance minister came under fire from lawmakers over the budget on Monday.").isEmpty)
    }

    /// "shelled Syrian positions", "struck a Turkish observation post": a state's positions, posts or bases
    /// struck name the state as the target (not positions no state's adjective qualifies).
    @Test func aStatesPositionsStruckNameItsState() throws {
        let cases = [
            ("Rebels shelled Syrian positions near Hama on Monday, a monitor said.", "Syria"),
            ("Militants fired rockets at a Turkish observation post in northern Syria on Tuesday.", "Turkey"),
        ]
        for (text, target) in cases {
            let e = try #require(Self.events(text).first, "\(text)")
            #expect(Self.has(e.args, "target", target), "\(text): \(e.args)")
        }
        let bare = try #require(Self.events("Rebels shelled positions near Hama on Monday, the Syrian army said.").first)
        #expect(!Self.has(bare.args, "target", "Syria"), "\(bare.args)")
    }

    /// "the Dutch, Belgian and French embassies", "Russian and Syrian troops": each adjective before the one noun
    /// names its state (not only the last one).
    @Test func adjectivesJoinedBeforeOneNounEachNameTheirState() throws {
        let text = "Protesters attacked the Dutch, Belgian and French embassies in the capital with stones on Monday, police said."
        let e = try #require(Self.events(text).first)
        for state in ["Netherlands", "Belgium", "France"] {
            #expect(Self.has(e.args, "target", state), "\(state): \(e.args)")
        }
        let troops = "Militants ambushed Russian and Syrian troops near Palmyra on Tuesday."
        let t = try #require(Self.events(troops).first)
        #expect(Self.has(t.args, "target", "Russia") && Self.has(t.args, "target", "Syria"), "\(t.args)")
        // (an adjective before a noun of no state stays a modifier: no target)
        let fair = "Militants attacked a Dutch and Belgian trade fair near Palmyra on Tuesday."
        for e in Self.events(fair) {
            #expect(!Self.has(e.args, "target", "Netherlands"), "\(e.args)")
        }
    }

    /// "in the Zorbak district", "in the Kotli sector", "in the Taftanaz area of Idlib province": a town the
    /// gazetteer lacks, named with its head noun, is the attack's place, known by its bare name too (a valley
    /// keeps its head: no bare name).
    @Test func aTownNamedWithItsDistrictIsThePlace() throws {
        let cases = [
            ("Indian troops fired mortar shells at villages in the Kotli sector on Monday, Pakistan's army said.", "Kotli"),
            ("Syrian forces shelled a Turkish post in the Taftanaz area of Idlib province on Monday.", "Taftanaz"),
            ("Gunmen attacked a police station in the Zorbak district of Kunar province on Monday.", "Zorbak"),
        ]
        for (text, place) in cases {
            let e = try #require(Self.events(text).first, "\(text)")
            #expect(EventConstructionTests.placeName(text, e.event).contains(place), "\(text): \(EventConstructionTests.placeName(text, e.event))")
        }
        let valley = "Gunmen attacked a police station in the Zorbak valley on Monday, Afghan officials said."
        let v = try #require(Self.events(valley).first)
        #expect(!EventConstructionTests.placeName(valley, v.event).contains("Zorbak"))
    }

    /// "X retaliated against Y": a blow struck back is an attack, apart from the attack it answers (which names only
    /// whom it struck); a vow or a threat to retaliate, or trade reprisals, are none.
    @Test func strikingBackIsAnAttackOfItsOwn() throws {
        let text = "Shelling near Saraqib killed seven Turkish soldiers on Monday. "
            + "Turkish forces immediately retaliated, the defence ministry said."
        let attacks = Self.events(text)
        #expect(attacks.contains { Self.has($0.args, "attacker", "Turkey") && !Self.has($0.args, "target", "Turkey") }, "\(attacks.map(\.args))")
        #expect(attacks.contains { Self.has($0.args, "target", "Turkey") && !Self.has($0.args, "attacker", "Turkey") }, "\(attacks.map(\.args))")
        let against = try #require(Self.events("Turkish forces retaliated against Syrian positions near Saraqib on Monday, the ministry said.").first)
        #expect(Self.has(against.args, "attacker", "Turkey") && Self.has(against.args, "target", "Syria"), "\(against.args)")
        for threat in ["Iranian commanders vowed to retaliate against Israel for the missile strike, state media said.",
                       "China said it would retaliate against the new U.S. tariffs on its steel."] {
            #expect(!Self.events(threat).contains { Self.has($0.args, "attacker", "Iran") || Self.has($0.args, "attacker", "China") }, "\(threat)")
        }
    }
}
