import Testing

@testable import KGBuildCore

// The parties of failed talks that the trigger's own words do not reach: a between-list whose first side is a
// state's body in one small word ("Bolivia's government and the miners"), read up to the talks' noun trigger far
// after it. Every sentence here is invented.

@Suite struct TalksElsewhereTests {
    static func talks(_ body: String) -> (ArticleResult, [Event]) {
        let r = Shared.analyze(body, title: "Test story")
        return (r, Shared.events(r, "talks_stalled"))
    }

    static func holds(_ r: ArticleResult, _ events: [Event], _ role: String, _ name: String) -> Bool {
        events.contains { Shared.has(r, $0, role, name) }
    }

    @Test func aStatesBodyInOneWordDoesNotEndTheBetweenList() {
        let (r, t) = Self.talks("Peace talks between Colombia's government and the ELN closed in Caracas on Tuesday without an agreement.")
        #expect(Self.holds(r, t, "party", "Colombia") && Self.holds(r, t, "party", "National Liberation Army (Colombia)"), "\(Shared.describe(r))")
    }
}
