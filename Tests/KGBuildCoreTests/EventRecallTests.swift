import Testing

@testable import KGBuildCore

/// Events the extractor used to miss, one class per test, on sentences of our own: each positive case is a
/// construction that gave no event, each negative case the same words outside the event's world (sport,
/// business) that must stay quiet.
@Suite struct EventRecallTests {
    static func analyze(_ body: String) -> ArticleResult {
        Shared.pipeline.analyze(Shared.article(body, title: "Story"))
    }

    static func events(_ r: ArticleResult, _ type: String) -> [Event] { r.events.filter { $0.type == type } }

    static func has(_ r: ArticleResult, _ e: Event, _ role: String, _ name: String) -> Bool {
        e.arguments.contains { $0.role == role && Shared.names(r, $0.actor).contains(name) }
    }

    /// "signed an agreement to deepen counter-terrorism cooperation", "opened their annual combat exercises": a
    /// verb that widens or opens a joint security effort gives it the clause's subject as its parties.
    @Test func aJointEffortOpenedOrWidenedTakesItsParties() throws {
        let r = Self.analyze("Kenya and Somalia signed an agreement on Thursday to deepen counter-terrorism cooperation along their border.")
        let c = try #require(Self.events(r, "military_cooperation").first)
        #expect(Self.has(r, c, "participant", "Kenya") && Self.has(r, c, "participant", "Somalia"), "\(c.arguments)")
        let s = Self.analyze("Thailand and the United States opened their annual combat exercises in Chonburi on Monday.")
        let d = try #require(Self.events(s, "military_cooperation").first)
        #expect(Self.has(s, d, "participant", "Thailand"), "\(d.arguments)")
        let business = [
            "Toyota expanded its cooperation with Panasonic on batteries, the carmaker said on Monday.",
            "Tesla opened its largest factory in Germany on Tuesday.",
        ]
        for sentence in business {
            #expect(Self.analyze(sentence).events.isEmpty, "\(sentence)")
        }
    }

    /// "ended … without a single signed agreement", "revive faltering talks", "failed to bring the two sides to
    /// the table": talks that closed with nothing signed or are failing stalled; a match without a goal or a
    /// club's faltering season did not.
    @Test func talksEndedWithNothingSignedOrFalteringStalled() throws {
        let ended = Self.analyze("Talks between Georgia and Abkhazia ended in Geneva on Thursday without a single signed agreement, the mediators said.")
        let e = try #require(Self.events(ended, "talks_stalled").first)
        #expect(Self.has(ended, e, "party", "Georgia"), "\(e.arguments)")
        let faltering = Self.analyze("Qatar is trying to revive faltering talks between Israel and Hamas, officials said on Monday.")
        let f = try #require(Self.events(faltering, "talks_stalled").first)
        #expect(Self.has(faltering, f, "party", "Israel"), "\(f.arguments)")
        let table = Self.analyze("The African Union envoy has so far failed to bring the two sides to the table in talks over the disputed border between Sudan and South Sudan.")
        #expect(!Self.events(table, "talks_stalled").isEmpty, "\(table.events.map(\.type))")
        let quiet = [
            "The football match ended on Sunday without a single goal, leaving Spain third in the group.",
            "The German coach said the club's faltering season had cost him sleep.",
        ]
        Shared.expect(quiet, give: "talks_stalled", gives: false)
    }
    /// "had agreed to expand their cooperation in the military field", "set up a joint working group to study
    /// building military drones": cooperation or a joint body whose matter is military is military cooperation;
    /// cooperation in tourism, or cooperation suspended, is not.
    @Test func cooperationInTheMilitaryFieldIsMilitaryCooperation() throws {
        let r = Self.analyze("Egypt and Greece had agreed to expand their cooperation in the military field, the Egyptian presidency said.")
        let c = try #require(Self.events(r, "military_cooperation").first)
        #expect(Self.has(r, c, "participant", "Egypt") && Self.has(r, c, "participant", "Greece"), "\(c.arguments)")
        let g = Self.analyze("India and France agreed to set up a joint working group to study building military drones together.")
        #expect(!Self.events(g, "military_cooperation").isEmpty, "\(g.events.map(\.type))")
        let quiet = [
            "Egypt and Greece had agreed to expand their cooperation in tourism and shipping.",
            "Iran suspended cooperation with the inspectors after the war in which Israel killed senior military commanders.",
        ]
        Shared.expect(quiet, give: "military_cooperation", gives: false)
    }
}
