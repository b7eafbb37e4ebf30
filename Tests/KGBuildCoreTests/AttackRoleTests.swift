import Foundation
import Testing

@testable import KGBuildCore

/// Who attacked, plotted or is judged, and where, when the sentence says it in a construction the plain frame
/// does not read: the plotters of a foiled attack named before the plot's noun or in the sentences after it, a
/// state's adjective in the object of a verb of judging, and a place its place noun introduces. On sentences
/// composed for the purpose.
@Suite struct AttackRoleTests {
    typealias Args = [(role: String, names: [String])]

    static func events(_ text: String, _ type: String) -> [(event: Event, args: Args)] {
        EventConstructionTests.events(text, type)
    }

    static func has(_ args: Args, _ role: String, _ name: String) -> Bool {
        EventConstructionTests.has(args, role, name)
    }

    /// "foiled a Russian plot to blow up a bridge", "foil PKK bomb plot": the adjective or name before the plot's
    /// noun names its plotters (a state among them).
    @Test func plottersNamedBeforeThePlotsNoun() throws {
        let cases = [
            ("Latvian police said on Friday they had foiled a Russian plot to blow up a rail bridge near Daugavpils.", "Russia"),
            ("Kenyan police foiled an al-Shabaab bomb plot against a bus station in Nairobi on Monday.", "Shabaab"),
            ("Azerbaijan's security service has thwarted a planned Daesh terror attack on a concert hall in Baku, officials said.", "Islamic State"),
        ]
        for (text, plotter) in cases {
            let e = try #require(Self.events(text, "attack_thwarted").first, "\(text)")
            #expect(Self.has(e.args, "perpetrator", plotter), "\(text): \(e.args)")
        }
        // (a plot against a state's site names its target, not its plotters)
        let against = "Latvian police foiled a plot to bomb the Russian embassy in Riga, officials said."
        let e = try #require(Self.events(against, "attack_thwarted").first)
        #expect(!Self.has(e.args, "perpetrator", "Russia"), "\(e.args)")
    }

    /// "The suspects were members of the banned X": the body a foiled plot's suspects belong to, named in the
    /// sentences after it, is its perpetrator; not a group the sentence names as another's kin, nor one named
    /// after the next foiled plot is told.
    @Test func plottersNamedInTheSentencesAfter() throws {
        let text = "Police in Niger said on Tuesday they had foiled a plot to bomb a market in Niamey and detained four men. "
            + "Officers seized explosives and detonators in the raid. "
            + "The suspects were members of the Islamic State-linked Boko Haram, the police said."
        let e = try #require(Self.events(text, "attack_thwarted").first)
        #expect(Self.has(e.args, "perpetrator", "Boko Haram"), "\(e.args)")
        #expect(!Self.has(e.args, "perpetrator", "Islamic State"), "\(e.args)")
        let linked = "Egyptian forces on Tuesday foiled a car bomb attack on a checkpoint south of Cairo, the army said. "
            + "It said the attackers were linked to al Qaeda."
        let l = try #require(Self.events(linked, "attack_thwarted").first)
        #expect(Self.has(l.args, "perpetrator", "al-Qaeda"), "\(l.args)")
        // a group named with no word of affiliation is no plotter
        let plain = "Egyptian forces on Tuesday foiled a car bomb attack on a checkpoint south of Cairo, the army said. "
            + "Al Qaeda has carried out attacks in the region before."
        let p = try #require(Self.events(plain, "attack_thwarted").first)
        #expect(!Self.has(p.args, "perpetrator", "al-Qaeda"), "\(p.args)")
    }

    /// "on behalf of the Islamic State group": the plotters' principal, not the plot's target.
    @Test func onBehalfOfNamesThePlotters() throws {
        let text = "Dutch police arrested two men suspected of planning to attack a concert in Rotterdam on behalf of the Islamic State group."
        let e = try #require(Self.events(text, "attack_thwarted").first)
        #expect(Self.has(e.args, "perpetrator", "Islamic State"), "\(e.args)")
        #expect(!Self.has(e.args, "target", "Islamic State"), "\(e.args)")
    }

    /// "criticised the Israeli strikes", "accused Chinese vessels of ramming": a state's adjective opening the
    /// object of a verb of judging names whom it judges.
    @Test func adjectiveOpeningTheJudgedObject() throws {
        let c = try #require(Self.events("Qatar on Monday criticised the Israeli strikes and called for restraint.", "criticism").first)
        #expect(Self.has(c.args, "critic", "Qatar") && Self.has(c.args, "target", "Israel"), "\(c.args)")
        let a = try #require(Self.events("The Vietnamese coast guard accused Chinese vessels of ramming a fishing boat near the Paracel Islands.", "accusation").first)
        #expect(Self.has(a.args, "accused", "China"), "\(a.args)")
        // (an adjective inside a phrase of the object names no one judged)
        let deep = try #require(Self.events("Qatar on Monday condemned the attack on the Egyptian embassy.", "criticism").first)
        #expect(!Self.has(deep.args, "target", "Egypt"), "\(deep.args)")
    }

    /// "seized the town of Walikale in eastern Congo": the place a place noun introduces is where it happened,
    /// ahead of the country named after it.
    @Test func aPlaceItsPlaceNounIntroducesBeatsACountry() throws {
        let seized = "M23 rebels seized the town of Walikale in eastern Congo on Wednesday."
        let s = try #require(Self.events(seized, "seizure").first)
        #expect(EventConstructionTests.placeName(seized, s.event).contains("Walikale"), "\(EventConstructionTests.placeName(seized, s.event))")
    }

    /// "X condemned the attack" far down a story whose lead names no attacker: the story's first attack told with
    /// its attacker; with none, its attackers' seizure of the town ("took the town after a two-day assault").
    @Test func theAttackFarDownIsTheStorysFirst() throws {
        let filler = "The town lies on a road to the border. Its market is the largest in the area. Farmers sell millet there. "
            + "The rains came late this year. Schools closed in March. Many families left for the capital. "
        let text = "Gunmen killed dozens of villagers in central Mali on Saturday, officials said. "
            + "Fighters of JNIM opened fire on residents of the village of Dioura, witnesses said. "
            + filler + "The U.N. Secretary-General condemned the attack on Monday."
        let e = try #require(Self.events(text, "criticism").first)
        #expect(Self.has(e.args, "target", "Jama'at Nasr al-Islam wal Muslimin") || Self.has(e.args, "target", "JNIM"), "\(e.args)")
        let seized = "Fighters of JNIM have taken control of the town of Djibo in northern Burkina Faso, residents said. "
            + "ECOWAS condemned the attack and called for the protection of civilians."
        let s = try #require(Self.events(seized, "criticism").first)
        #expect(Self.has(s.args, "target", "Jama'at Nasr al-Islam wal Muslimin") || Self.has(s.args, "target", "JNIM"), "\(s.args)")
    }

    /// "The Kremlin criticised the decision": the story's news, its first event, names whom it judges; not when
    /// the verb names someone judged already.
    @Test func theDecisionIsTheStorysNews() throws {
        let text = "Norway will deliver two air defence systems to Ukraine by the end of the year, its defence minister said on Tuesday. "
            + "The systems will protect power plants. The Kremlin criticised the decision."
        let e = try #require(Self.events(text, "criticism").first)
        #expect(Self.has(e.args, "critic", "Kremlin") || Self.has(e.args, "critic", "Russia"), "\(e.args)")
        #expect(Self.has(e.args, "target", "Norway"), "\(e.args)")
        let named = "Norway will deliver two air defence systems to Ukraine by the end of the year, its defence minister said on Tuesday. "
            + "The Kremlin criticised the decision of Sweden to train Ukrainian pilots."
        let n = try #require(Self.events(named, "criticism").first)
        #expect(!Self.has(n.args, "target", "Norway"), "\(n.args)")
    }

    /// "the rebels accused the army of …": a domestic party judging "the government" or "the army", naming no
    /// state, judges its own state's; a state doing so names no one (it means another's).
    @Test func theArmyAccusedIsTheJudgesOwnState() throws {
        let e = try #require(Self.events("The ELN rebel group accused the army of bombing villages in Arauca on Monday.", "accusation").first)
        #expect(Self.has(e.args, "accused", "Colombia"), "\(e.args)")
        let s = try #require(Self.events("Russia accused the government of stoking tension on the border.", "accusation").first)
        #expect(!Self.has(s.args, "accused", "Russia"), "\(s.args)")
    }

    /// "the town of Tell al-Hamra": a particle joined to the next word by a hyphen stays in the place's name.
    @Test func aPlaceNameKeepsItsJoinedParticle() throws {
        let text = "Islamic State fighters took control of the town of Tell al-Hamra on Monday, a spokesman said."
        let e = try #require(Self.events(text, "seizure").first)
        #expect(EventConstructionTests.placeName(text, e.event).contains("Tell al-Hamra"), "\(EventConstructionTests.placeName(text, e.event))")
    }

    /// A plot told in the headline: the body the suspects belong to may be named well down the story, counted
    /// from its lead.
    @Test func plottersOfAHeadlinePlotNamedDownTheStory() throws {
        let text = "Police in Niger said on Tuesday they had detained four men in Niamey. Officers seized explosives and detonators in raids. "
            + "The men had rented a flat near the market. Two of them had travelled abroad last year. A court will hear the case next month. "
            + "The suspects were members of Boko Haram, the police said."
        let e = try #require(DiscourseTests.events(text, "attack_thwarted", title: "Niger police foil plot to bomb market in Niamey").first)
        #expect(Self.has(e.args, "perpetrator", "Boko Haram"), "\(e.args)")
    }
}
