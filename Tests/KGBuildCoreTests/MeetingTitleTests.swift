import Testing

@testable import KGBuildCore

// Participants named behind long titles: a title with its own "for" or "of" ("Minister for Home Affairs"), and a
// second participant behind a title of two words ("Foreign Secretary"). Every sentence here is invented.

@Suite struct MeetingTitleTests {
    static func meeting(_ body: String) -> (ArticleResult, Event?) {
        let r = Shared.analyze(body)
        return (r, Shared.events(r, "meeting").first)
    }

    @Test func aTitlesOwnPrepositionKeepsTheSlot() {
        let (r, m) = Self.meeting("Indonesian Defence Minister Budi Santoso held talks with Samoan Minister for Police Affairs Tui Faleolo "
            + "in Apia on Monday.")
        #expect(m.map { Shared.has(r, $0, "participant", "Budi Santoso") && Shared.has(r, $0, "participant", "Tui Faleolo") } ?? false,
                "\(Shared.describe(r))")
        // a "for" after the name still opens its own phrase
        let (o, om) = Self.meeting("Indonesian Defence Minister Budi Santoso held talks with Samoan Prime Minister Tui Faleolo for two hours "
            + "in Apia on Monday.")
        #expect(om.map { Shared.has(o, $0, "participant", "Tui Faleolo") } ?? false, "\(Shared.describe(o))")
    }

    @Test func aSecondNameBehindATwoWordTitleJoinsTheSubject() {
        let (r, m) = Self.meeting("Malaysian Foreign Minister Anwar Karim and British Foreign Secretary Jane Holloway held a video call on Monday.")
        #expect(m.map { Shared.has(r, $0, "participant", "Anwar Karim") && Shared.has(r, $0, "participant", "Jane Holloway") } ?? false,
                "\(Shared.describe(r))")
    }
}
