import Testing

@testable import KGBuildCore

/// Events whose trigger fired but that were dropped: a demand that a named party stop what it does (a criticism
/// without a verb of criticism), condemnation "from" its authors, and an attack told by its noun with only its
/// place. Every sentence here is invented; each positive case has negative twins in the same words.
@Suite struct ActorlessRecallTests {
    static func placed(_ r: ArticleResult, _ e: Event, _ name: String) -> Bool { e.place.map { Shared.names(r, $0).contains(name) } ?? false }

    /// "urged Eritrea to halt its shelling", "called on China to immediately stop the drills": asking a named party
    /// to stop what it does rebukes it; the addressee is the target, and nothing named after the infinitive is.
    @Test func aDemandThatANamedPartyStopIsCriticism() throws {
        let r = Shared.analyze("Norway urged Eritrea to halt its shelling of the border towns on Friday.")
        let c = try #require(Shared.events(r, "criticism").first)
        #expect(Shared.has(r, c, "critic", "Norway") && Shared.has(r, c, "target", "Eritrea"), "\(c.arguments)")
        let adverb = Shared.analyze("Japan called on China to immediately stop the naval drills near the disputed islands.")
        let a = try #require(Shared.events(adverb, "criticism").first)
        #expect(Shared.has(adverb, a, "critic", "Japan") && Shared.has(adverb, a, "target", "China"), "\(a.arguments)")
        let avoid = Shared.analyze("Sweden urged Serbia to avoid buying Russian fighter jets.")
        let v = try #require(Shared.events(avoid, "criticism").first)
        #expect(Shared.has(avoid, v, "target", "Serbia"), "\(v.arguments)")
        #expect(!Shared.has(avoid, v, "target", "Russia"), "\(v.arguments)")
        let clause = Shared.analyze("Vietnam demanded that China immediately stop the survey work in its waters.")
        let d = try #require(Shared.events(clause, "criticism").first)
        #expect(Shared.has(clause, d, "critic", "Vietnam") && Shared.has(clause, d, "target", "China"), "\(d.arguments)")
    }

    /// An even-handed appeal, a demand to do something else, a demand planned rather than made, and a coach's
    /// plea judge no one.
    @Test func appealsThatJudgeNoOneStayQuiet() {
        let quiet = [
            "Norway urged both sides to stop the fighting and return to talks.",
            "Germany called on Eritrea to join the peace talks in Nairobi.",
            "The two presidents agreed to jointly press Sudan to stop the fighting.",
            "The coach urged his players to stop conceding goals in the final minutes.",
            "Vietnam demanded that the talks with China resume next month.",
        ]
        Shared.expect(quiet, give: "criticism", gives: false)
    }

    /// "drew condemnation from Japan and South Korea": the "from" phrase of a noun of criticism names its authors.
    @Test func condemnationFromNamesItsCritics() throws {
        let r = Shared.analyze("The nuclear test drew condemnation from Japan and South Korea on Friday.")
        let c = try #require(Shared.events(r, "criticism").first)
        #expect(Shared.has(r, c, "critic", "Japan") && Shared.has(r, c, "critic", "South Korea"), "\(c.arguments)")
        // capitals stand for their states: a statement is made by a state, not at a place
        let capitals = Shared.analyze("The missile launch drew condemnation from Washington, Seoul and Tokyo.")
        let k = try #require(Shared.events(capitals, "criticism").first)
        #expect(Shared.has(capitals, k, "critic", "United States") && Shared.has(capitals, k, "critic", "Japan"), "\(k.arguments)")
        #expect(k.place == nil)
    }

    /// "Foreign ministers will meet in Brussels on Monday": officials meeting at a named place is a meeting though
    /// it names no state; two clubs or shareholders meeting somewhere are not.
    @Test func officialsMeetingAtAPlaceIsAMeeting() throws {
        let r = Shared.analyze("The defence ministers will meet in Brussels on Monday to agree on the plan.")
        let m = try #require(Shared.events(r, "meeting").first)
        #expect(Self.placed(r, m, "Brussels"), "\(String(describing: m.place))")
        let quiet = [
            "The two clubs will meet again in the cup final in Madrid on Sunday.",
            "Shareholders will meet in Frankfurt on Monday to vote on the takeover.",
        ]
        Shared.expect(quiet, give: "meeting", gives: false)
    }

    /// "A gunman carried out an attack … in the city of Kandahar, officials said": an attack noun after a
    /// light verb, reported, names no attacker but its place; it is kept with the place ("the Caspian Sea city of
    /// Aktau": the city, not the sea). A plan to attack, and a football attack, are not.
    @Test func anAttackToldByItsNounStandsWithItsPlace() throws {
        let r = Shared.analyze("A gunman carried out an attack late on Friday near a police station in the city of Kandahar, officials said.")
        let a = try #require(Shared.events(r, "attack").first)
        #expect(Self.placed(r, a, "Kandahar"), "\(String(describing: a.place))")
        let sea = Shared.analyze("A gunman carried out an attack late Friday in the Caspian Sea city of Aktau.")
        let s = try #require(Shared.events(sea, "attack").first)
        #expect(Self.placed(sea, s, "Aktau"), "\(String(describing: s.place))")
        let quiet = [
            "He said the man had planned to carry out an attack in Berlin during the Christmas market.",
            "The midfielder led an attack in the final minute at the stadium in Madrid.",
            "The striker carried out an attack in the final minute at the stadium in Madrid, killing the game.",
        ]
        Shared.expect(quiet, give: "attack", gives: false)
    }

    /// "Abe and US President Obama held talks": a name right before the second member's title is part of that
    /// member's phrase, so the coordination reaches the first member (the meeting has its two parties).
    @Test func aStateNamedBeforeATitleKeepsTheCoordination() throws {
        let r = Shared.analyze("Shinzo Abe and US President Barack Obama held talks in Tokyo on Saturday.")
        let m = try #require(Shared.events(r, "meeting").first)
        #expect(Shared.has(r, m, "participant", "Shinzo Abe") && Shared.has(r, m, "participant", "Barack Obama"), "\(m.arguments)")
        let phone = Shared.analyze("Japanese Prime Minister Shinzo Abe and U.S. President Barack Obama agreed in a phone call on Saturday to seek new sanctions.")
        let p = try #require(Shared.events(phone, "meeting").first)
        #expect(Shared.has(phone, p, "participant", "Shinzo Abe") && Shared.has(phone, p, "participant", "Barack Obama"), "\(p.arguments)")
    }
}
