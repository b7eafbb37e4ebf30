import Testing

@testable import KGBuildCore

/// An eighth held-out set (Fixtures/heldout8): twelve invented long stories (3,100 to 4,400 characters) in the dev
/// set's mix of agencies and topics, with background paragraphs, several speakers, quotes over paragraph breaks and
/// older events recalled in passing: talks stalled (Cyprus, Transnistria), arms transfers (Norway to Lithuania, Russia
/// to Pakistan), plots foiled (Brussels, Astana, Crimea), attacks (Helmand, Borno), a meeting that recalls an attack
/// (Modi and Ghani), accusations with denials, and two distractors (a hostile takeover bid, a football transfer). The
/// key events, roles, speakers and dates of its annotation (Fixtures/heldout8/gold.json has all of it for `score.py`).
@Suite struct HeldOutEightTests {
    static let fixture = HeldOutSet("Tests/KGBuildCoreTests/Fixtures/heldout8/articles.jsonl")

    @Test func allTwelveArticlesAreRead() {
        #expect(Self.fixture.results.count == 12)
        #expect(Self.fixture.results["w05"]?.article.date?.normalized == "2016-07-14")
        #expect(Self.fixture.results["w04"]?.article.date?.normalized == "2017-02-15")
        // the trailers are no claim: "(Reporting by …; Editing by …)", "Associated Press writers … contributed"
        for (_, r) in Self.fixture.results {
            #expect(!r.claims.contains { $0.text.contains("Reporting by") || $0.text.contains("contributed to this report") })
        }
    }

    @Test func coreTypes() {
        let s = Self.fixture
        // "signed a deal worth about 110 million euros ($120 million) on Thursday to buy a … system from Norway"
        #expect(s.hasEvent("w03", "arms_transfer", [("supplier", "Norway"), ("recipient", "Lithuania")], date: "2016-10-20"))
        // "Russia will deliver the first of four Mi-35M combat helicopters to Pakistan before the end of 2017"
        #expect(s.hasEvent("w04", "arms_transfer", [("supplier", "Russia"), ("recipient", "Pakistan")], date: "2017"))
        #expect(s.hasEvent("w05", "attack_thwarted", [("agent", "Belgium")], place: "Brussels"))
        #expect(s.hasEvent("w06", "attack_thwarted", [("agent", "KNB")], place: "Astana"))
        // "Russia's FSB security service said on Wednesday it had foiled a plot by Ukrainian military intelligence"
        #expect(s.hasEvent("w10", "attack_thwarted", [("agent", "FSB")], date: "2016-08-10", place: "Crimea"))
        // "Talks to reunify Cyprus broke down … late on Tuesday" in a Wednesday story
        #expect(s.hasEvent("w01", "talks_stalled", [("party", "Cyprus")], date: "2016-11-22"))
        // background: "have been stalled since a first round in July 2015", brokered by three states
        #expect(s.hasEvent("w07", "talks_stalled", [("party", "Taliban"), ("mediator", "China")], date: "2015-07"))
    }

    @Test func otherTypes() {
        let s = Self.fixture
        // an attack "overnight" in a Tuesday story, and the American airstrikes of the same night
        #expect(s.hasEvent("w07", "attack", [("attacker", "Taliban")], place: "Helmand"))
        #expect(s.hasEvent("w07", "attack", [("attacker", "United States")]))
        #expect(s.hasEvent("w07", "accusation", [("accuser", "Afghanistan"), ("accused", "Pakistan")]))
        // "on Sunday night" in a Tuesday 2 February story
        #expect(s.hasEvent("w08", "attack", [("attacker", "Boko Haram")], date: "2016-01-31"))
        #expect(s.hasEvent("w08", "criticism", [("critic", "Muhammadu Buhari"), ("target", "Boko Haram")]))
        #expect(s.hasEvent("w08", "meeting", [("participant", "Idriss Deby"), ("participant", "Muhammadu Buhari")], date: "2016-02-01", place: "Abuja"))
        #expect(s.hasEvent("w09", "meeting", [("participant", "Narendra Modi"), ("participant", "Ashraf Ghani")], date: "2016-09-28"))
        // "India announced $1 billion in new development assistance for Afghanistan"
        #expect(s.hasEvent("w09", "funding", [("recipient", "Afghanistan")], date: "2016-09-28"))
        #expect(s.hasEvent("w09", "accusation", [("accuser", "Nafees Zakaria"), ("accused", "India")]))
        // the attack the meeting recalls, with its own date: "On Sept. 18, four gunmen stormed a brigade headquarters at Uri"
        // (the lede tells it first, "10 days after an attack on an Indian army base in Kashmir", now that the demand
        // "press Pakistan to stop militants" no longer makes a foiled attack of that sentence; the gold takes either place)
        #expect(s.hasEvent("w09", "attack", [], date: "2016-09-18", place: "Kashmir"))
        // "in January after militants attacked the Pathankot air base"
        #expect(s.hasEvent("w09", "attack", [("target", "India")], date: "2016-01", place: "Pathankot"))
        #expect(s.hasEvent("w02", "accusation", [("accuser", "Vitaly Ignatiev"), ("accused", "Moldova")], date: "2016-10-05"))
        #expect(s.hasEvent("w03", "accusation", [("accuser", "Maria Zakharova")], date: "2016-10-19"))
        #expect(s.hasEvent("w03", "seizure", [("attacker", "Russia"), ("target", "Ukraine")], date: "2014", place: "Crimea"))
        #expect(s.hasEvent("w10", "accusation", [("accuser", "Russia"), ("accused", "Ukraine")]))
        #expect(s.hasEvent("w10", "meeting", [("participant", "Frank-Walter Steinmeier"), ("participant", "Pavlo Klimkin")]))
        // "the most promising round", "a promising partner", "instead of repeating promises" are no pledges
        #expect(s.count("w04", "pledge") == 0)
        #expect(s.count("w07", "pledge") == 0)
    }

    /// A hostile takeover bid and a football transfer: "a hostile bid", "a frontal assault on our shareholders'
    /// patience", "talks … on a merger of equals broke down", "a one-day strike", "financed the bid with a … bridge
    /// loan", "talks broke down … over a sell-on clause", "Zaha attacked the full-back" are no events. (The takeover
    /// story's "supplied axles for the armoured vehicles of several European armies" is still read as an arms sale.)
    @Test func distractorsHoldNoConflictEvents() {
        let s = Self.fixture
        #expect(s.results["w12"]?.events.isEmpty == true, "\(s.results["w12"]?.events.map(\.type) ?? [])")
        for type in ["attack", "talks_stalled", "funding", "meeting", "seizure", "pledge"] {
            #expect(s.count("w11", type) == 0, "w11: \(type)")
        }
    }

    @Test func speakers() {
        let s = Self.fixture
        #expect(s.hasClaim("w01", "Nikos Christodoulides", "We came prepared to discuss maps"))
        #expect(s.hasClaim("w01", "Mustafa Akinci", "We did not walk away from the table"))
        #expect(s.hasClaim("w01", "Espen Barth Eide", "the gap on territory had narrowed"))
        // "Eide, a former Norwegian foreign minister, told reporters …" and, in the next paragraph, "“…,” he said"
        #expect(s.hasClaim("w01", "Espen Barth Eide", "We are not there yet"))
        #expect(s.hasClaim("w02", "Vitaly Ignatiev", "Our partners in Chisinau"))
        #expect(s.hasClaim("w02", "Maria Zakharova", "counterproductive and dangerous"))
        #expect(s.hasClaim("w03", "Juozas Olekas", "Our skies are the most vulnerable part"))
        // a quote broken by "she said" is one speaker's
        #expect(s.hasClaim("w03", "Ine Eriksen Soreide", "We are not only selling equipment"))
        #expect(s.hasClaim("w03", "Dalia Grybauskaite", "Those who fly nuclear-capable bombers"))
        #expect(s.hasClaim("w04", "Anatoly Punchuk", "Pakistan is a promising partner"))
        #expect(s.hasClaim("w04", "Khawaja Asif", "We will buy where we get the best value"))
        #expect(s.hasClaim("w05", "Eric Van der Sypt", "real and imminent intention to strike"))
        // a quote over a paragraph break: its second paragraph is the same minister's
        #expect(s.hasClaim("w05", "Jan Jambon", "the threat has not gone away"))
        #expect(s.hasEvent("w05", "meeting", [("participant", "Bernard Cazeneuve"), ("participant", "Jan Jambon")], date: "2016-07-14"))
        #expect(s.hasClaim("w06", "Andrei Kravchenko", "The investigation is only beginning"))
        // a speaker introduced in one paragraph and quoted in the next with "he said"
        #expect(s.hasClaim("w07", "Agha Noor Kintoz", "We cannot hold positions with promises"))
        #expect(s.hasClaim("w07", "Omar Zwak", "They came from three sides"))
        #expect(s.hasClaim("w08", "Kashim Shettima", "These were farmers and traders"))
        #expect(s.hasClaim("w08", "Idriss Deby", "We cannot win a regional war"))
        #expect(s.hasClaim("w09", "Ashraf Ghani", "We will not be silent"))
        #expect(s.hasClaim("w09", "Narendra Modi", "Terrorism is the gravest threat"))
        #expect(s.hasClaim("w10", "Vladimir Putin", "would not let such incidents pass"))
        #expect(s.hasClaim("w10", "Petro Poroshenko", "These fantasies are nothing but a pretext"))
        #expect(s.hasClaim("w10", "Vadym Skibitskyi", "no Ukrainian unit had crossed into Crimea"))
        // the distractors' speakers are speakers all the same
        #expect(s.hasClaim("w11", "Thomas Brandauer", "We are not going to fight a war of words"))
        #expect(s.hasClaim("w11", "Karin Sjoberg", "This is an opportunistic attempt"))
        #expect(s.hasClaim("w12", "Sam Allardyce", "Marco is still our player"))
        #expect(s.hasClaim("w12", "Roberto Ferrante", "two clubs are arguing over payment dates"))
        // anonymous sources name no one: "A U.S. official who took part in the talks said …"
        #expect(s.results["w01"]?.claims.contains { $0.text.contains("Those commitments are not being honoured yet") } == false)
    }
}
