import Foundation
import Testing

@testable import KGBuildCore

// One real-world event told twice in an article (the headline and the body, a definite "the meeting" or "the
// bombings" told again) is one event; two events of one type that differ stay two. Fixtures written for these tests.

@Suite struct EventMergeTests {
    static func analyze(_ body: String, title: String) -> ArticleResult {
        Shared.pipeline.analyze(Shared.article(body, title: title, date: PartialDate(year: 2021, month: 5, day: 5)))
    }

    static func count(_ r: ArticleResult, _ type: String) -> Int { r.events.filter { $0.type == type }.count }

    /// A headline that names the parties by a group ("with rebels") and a body that names them one by one, at
    /// the same place: one failure of talks.
    @Test func headlineAndBodyAtOnePlaceAreOneEvent() {
        let r = Self.analyze("LIMA, May 5 (Reuters) - Talks between the government of Peru and the Shining Path in Oslo ended without any agreement, Peru's foreign ministry said on Thursday.\n\nThe two sides will consult their leaders before a new round.",
                             title: "Peru says Oslo talks with rebels produced no results")
        #expect(Self.count(r, "talks_stalled") == 1, "\(Shared.describe(r))")
    }

    /// Strikes on one town by two different attackers are two attacks, headline or not.
    @Test func twoAttackersAtOnePlaceStayTwo() {
        let r = Self.analyze("DONETSK, May 5 (Reuters) - Russian forces shelled Donetsk on Monday, killing three people, local officials said.",
                             title: "Ukrainian forces shell Donetsk")
        #expect(Self.count(r, "attack") == 2, "\(Shared.describe(r))")
        let g = Self.analyze("GAZA, May 5 (Reuters) - Hamas fighters attacked an Israeli army post near Rafah on Monday, the army said, and Israeli jets later struck targets in the town.",
                             title: "Israeli jets strike Rafah")
        #expect(Self.count(g, "attack") == 2, "\(Shared.describe(g))")
    }

    /// A headline's meeting of two leaders that the body tells again as one leader's visit to the other's country.
    @Test func leadersMeetingToldAsAVisitIsOneMeeting() {
        let r = Self.analyze("NEW DELHI, April 1 (Reuters) - Indian Prime Minister Narendra Modi and Nepalese Prime Minister Sher Bahadur Deuba held talks in New Delhi on Friday and agreed to expand rail links.\n\nDeuba, on his first visit to India since taking office, said the two neighbours shared deep ties.",
                             title: "Modi and Deuba hold talks in New Delhi")
        #expect(Self.count(r, "meeting") == 1, "\(Shared.describe(r))")
        // the body's state joins as no third party beside its leader
        #expect(r.events.contains { $0.type == "meeting" && $0.arguments.count == 2 }, "\(Shared.describe(r))")
    }

    /// A headline's visit to a country and the body's talks with one of its ministers are two meetings.
    @Test func aVisitAndTalksDuringItStayTwo() {
        let r = Self.analyze("PHNOM PENH, May 5 (Reuters) - Chinese Defence Minister Dong Jun arrived in Phnom Penh on Monday for a three-day visit.\n\nDong will hold talks with Cambodian Defence Minister Tea Seiha on Tuesday, the ministry said.",
                             title: "Chinese defence minister visits Cambodia")
        #expect(Self.count(r, "meeting") >= 2, "\(Shared.describe(r))")
        // the talks keep their own two parties
        #expect(r.events.contains { $0.type == "meeting" && $0.arguments.count == 2 && $0.arguments.contains { Shared.name(r, $0.actor) == "Tea Seiha" } },
                "\(Shared.describe(r))")
    }

    /// "the Brussels meeting" names the meeting told at that place before.
    @Test func theMeetingNamedByItsPlaceIsTheOneToldBefore() {
        let r = Self.analyze("BRUSSELS, March 9 (Reuters) - The foreign ministers of Serbia and Kosovo met in Brussels on March 3 with European Union mediators.\n\nBut they set no date for the next round, which the Brussels meeting had hoped to fix.",
                             title: "Serbia and Kosovo fail to set date for next round")
        #expect(Self.count(r, "meeting") == 1, "\(Shared.describe(r))")
        #expect(!r.events.contains { $0.type == "meeting" && $0.arguments.contains { Shared.name(r, $0.actor) == "Belgium" } }, "\(Shared.describe(r))")
    }

    /// "faced criticism after the bombings" refers to the bombings told before, with none of that sentence's actors.
    @Test func afterTheBombingsIsNoNewAttack() {
        let r = Self.analyze("AMSTERDAM, July 14 (Reuters) - Dutch police detained two men overnight.\n\nOn April 2, suicide bombers killed 20 people at Schiphol airport in attacks claimed by Islamic State.\n\nDutch authorities faced strong criticism after the bombings for ignoring warnings from Morocco, which said it had expelled one of the bombers to Spain in 2014.",
                             title: "Dutch police detain two over plot")
        #expect(Self.count(r, "attack") == 1, "\(Shared.describe(r))")
        #expect(r.events.contains { $0.type == "attack" && $0.arguments.contains { Shared.name(r, $0.actor) == "Islamic State" } }, "\(Shared.describe(r))")
    }

    /// "claimed responsibility for the assault" names the attack's attacker: it joins the attack told before.
    @Test func responsibilityForTheAttackNamesItsAttacker() {
        let r = Self.analyze("NIAMEY, May 5 (Reuters) - Gunmen attacked a military camp near the town of Tillia in western Niger on Sunday, killing 11 soldiers, the army said.\n\nIslamic State in the Sahel claimed responsibility for the assault in a statement on Monday.",
                             title: "Gunmen kill 11 soldiers in western Niger")
        #expect(r.events.contains { $0.type == "attack" && $0.arguments.contains { $0.role == "attacker" && Shared.name(r, $0.actor).contains("Islamic State") } },
                "\(Shared.describe(r))")
    }

    /// A definite attack noun with no attack told before is the article's attack, not dropped.
    @Test func theFirstDefiniteAttackIsKept() {
        let r = Self.analyze("KABUL, May 5 (Reuters) - The bombing killed 12 people at a market in Kabul on Friday, police said.\n\nNo group claimed responsibility.",
                             title: "Bomb kills 12 in Kabul")
        #expect(Self.count(r, "attack") == 1, "\(Shared.describe(r))")
    }

    // One meeting told twice with a party named two ways (a state in one sentence, its official in the other), and
    // the meetings that stay two: two officials of one state, a state against one of its own officials, a visit told
    // as background long before the news.

    static func analyzeMay10(_ body: String) -> ArticleResult {
        Shared.pipeline.analyze(Shared.article(body, title: "Maritime security in focus", date: PartialDate(year: 2024, month: 5, day: 10)))
    }

    static func participants(_ r: ArticleResult, _ e: Event) -> [String] { e.arguments.map { Shared.name(r, $0.actor) } }

    static func met(_ args: [String], date: PartialDate? = nil, at start: Int) -> Event {
        var e = Event(type: "meeting", arguments: args.map { ("participant", $0) }, place: nil, date: date, modality: .asserted,
                      confidence: 1, trigger: "met", evidence: [Evidence(article: "a1", path: "p", sentence: "", start: start, end: start + 20, rule: "")])
        if date == nil { e.dateSource = "article" }
        return e
    }

    static let rules = MergeRules(leadRoles: ["meeting": "participant"], meetings: ["meeting"])
    static let may10 = PartialDate(year: 2024, month: 5, day: 10)

    /// "Japan and India held talks" and "Modi said after meeting Japan's minister": the same state in both, and India
    /// told once as the state and once by its leader: one meeting, not two.
    @Test func anOfficialAndHisStateAreOneParty() {
        let r = Self.analyzeMay10("TOKYO, May 10 (Reuters) - Japan and India held talks on Thursday on maritime security. \"Japan is our closest partner,\" Modi said after meeting Japan's trade minister.")
        let meetings = Shared.events(r, "meeting")
        #expect(meetings.count == 1, "\(Shared.describe(r))")
        #expect(meetings.allSatisfy { Self.participants(r, $0).contains("India") && Self.participants(r, $0).contains("Japan") }, "\(Shared.describe(r))")
    }

    /// The rule on the merge alone: a party that is a state in one mention and its official in the other.
    @Test func aStateAndItsOfficialMergeOnAgreeingDates() {
        let states = ["actor:person:modi": "actor:ind"]
        let a = Self.met(["actor:jpn", "actor:ind"], date: PartialDate(year: 2024, month: 5, day: 9), at: 0)
        let b = Self.met(["actor:jpn", "actor:person:modi"], at: 80)
        #expect(EventExtractor.merge([a, b], rules: Self.rules, stateOf: states, articleDate: Self.may10).count == 1)
        // on another day told in both, two meetings
        let c = Self.met(["actor:jpn", "actor:person:modi"], date: PartialDate(year: 2024, month: 5, day: 6), at: 80)
        #expect(EventExtractor.merge([a, c], rules: Self.rules, stateOf: states, articleDate: Self.may10).count == 2)
    }

    /// Two officials of one state who each met the same partner held two meetings.
    @Test func twoOfficialsOfOneStateAreTwoMeetings() {
        let r = Self.analyzeMay10("TOKYO, May 10 (Reuters) - Indian Foreign Minister Subrahmanyam Jaishankar held talks with Japan on Thursday on maritime security. \"Japan is our closest partner,\" Modi said after meeting Japan's trade minister.")
        #expect(Shared.events(r, "meeting").count == 2, "\(Shared.describe(r))")
        let states = ["actor:person:modi": "actor:ind", "actor:person:jaishankar": "actor:ind"]
        let a = Self.met(["actor:jpn", "actor:person:jaishankar"], at: 0), b = Self.met(["actor:jpn", "actor:person:modi"], at: 80)
        #expect(EventExtractor.merge([a, b], rules: Self.rules, stateOf: states, articleDate: Self.may10).count == 2)
    }

    /// "Kihara visits the Philippines" and his talks with its defence secretary: the party in common is the visitor, and
    /// the state visited against one of its ministers is a visit and a meeting held during it.
    @Test func aVisitedStateAndOneOfItsMinistersAreTwoMeetings() {
        let states = ["actor:person:kihara": "actor:jpn", "actor:person:teodoro": "actor:phl"]
        let visit = Self.met(["actor:person:kihara", "actor:phl"], at: 0), talks = Self.met(["actor:person:kihara", "actor:person:teodoro"], at: 80)
        #expect(EventExtractor.merge([visit, talks], rules: Self.rules, stateOf: states, articleDate: Self.may10).count == 2)
    }

    /// Talks told undated and a visit dated a year before the news ("when Modi visited Tokyo in March 2023") are two
    /// meetings: the visit is background, not the talks' date.
    @Test func aVisitLongBeforeIsAnotherMeeting() {
        let r = Self.analyzeMay10("TOKYO, May 10 (Reuters) - Japan and India have been in talks over joint coast guard drills in the Indian Ocean, a Japanese official said. Both countries backed freedom of navigation when Indian Prime Minister Narendra Modi visited Tokyo in March 2023.")
        let meetings = Shared.events(r, "meeting")
        #expect(meetings.count == 2, "\(Shared.describe(r))")
        #expect(meetings.contains { $0.date == PartialDate(year: 2023, month: 3) && !Self.participants(r, $0).contains("India") }, "\(Shared.describe(r))")
    }

    /// "Singaporean Home Affairs Minister X": the title gives the minister his state, so his meeting told after it
    /// joins the talks his state held that day.
    @Test func aHomeAffairsMinisterIsHisStatesOfficial() {
        let r = Self.analyzeMay10("KUALA LUMPUR, May 10 (Reuters) - Malaysia and Singapore held talks on Thursday on border security, said Singaporean Home Affairs Minister Kasiviswanathan Shanmugam. \"Malaysia is our closest neighbour,\" Shanmugam said after meeting Malaysia's police chief.")
        #expect(r.actors.values.contains { $0.name == "Kasiviswanathan Shanmugam" && $0.country != nil }, "\(Shared.describe(r))")
        #expect(Shared.events(r, "meeting").count == 1, "\(Shared.describe(r))")
    }
}
