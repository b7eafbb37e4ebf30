import Testing

@testable import KGBuildCore

/// Which date an event or a claim takes, on sentences of our own (the article is dated Tuesday 24 June 2014
/// unless a test says otherwise).
@Suite struct EventDateTests {
    static func analyze(_ body: String, title: String = "Test story", date: String = "2014-06-24") -> ArticleResult {
        Shared.pipeline.analyze(Shared.article(body, title: title, date: PartialDate(normalized: date)))
    }

    static func dates(_ r: ArticleResult, _ type: String) -> [String] {
        r.events.filter { $0.type == type }.map { $0.date?.normalized ?? "" }
    }

    // MARK: time expressions

    @Test func theEveOfTheVisitIsTheDayBefore() {
        #expect(TimeTests.values("On the eve of his visit, jets struck the port.", anchor: "2014-06-24") == ["2014-06-23"])
        #expect(TimeTests.values("On the eve of the summit, talks broke down.", anchor: "2014-06-24") == ["2014-06-23"])
        // the eve of something that is not an occasion the article reports is no date
        #expect(TimeTests.values("On the eve of the war, the city was calm.", anchor: "2014-06-24").isEmpty)
    }

    @Test func aYearBeforeANounDatesIt() {
        #expect(TimeTests.values("The 2009 floods displaced thousands.", anchor: "2014-06-24") == ["2009"])
        #expect(TimeTests.values("It cited the 2011 agreement and its 2012 protocol.", anchor: "2014-06-24") == ["2011", "2012"])
        // a round 2000 before a noun is a count
        #expect(TimeTests.values("The 2000 troops arrived by sea.", anchor: "2014-06-24").isEmpty)
    }

    // MARK: events

    /// "state" after a place name is the noun, not a speech verb whose date would be the telling's.
    @Test func aStateIsNoTelling() {
        let r = Self.analyze("Al-Shabaab fighters attacked a police station in Lower Shabelle state late Friday, police said.")
        #expect(Self.dates(r, "attack") == ["2014-06-20"])
    }

    /// A date in a clause that "after" opens is the other event's; "this month" then leaves the article's date.
    @Test func aDateAfterASubordinatorIsAnotherEvents() {
        let r = Self.analyze("Ukraine accused Russia this month of breaking the truce after shells hit a school in Donetsk in early May.")
        #expect(Self.dates(r, "accusation") == ["2014-06-24"])
    }

    /// "accused X on Monday": the speech verb is the trigger, its date is the event's.
    @Test func theTellingOfAnAccusationIsItsDate() {
        let r = Self.analyze("Ukraine accused Russia on Monday of breaking the truce in Donetsk.")
        #expect(Self.dates(r, "accusation") == ["2014-06-23"])
    }

    /// "this year" holds the article's own date, which says more.
    @Test func thisYearGivesTheArticleDate() {
        let r = Self.analyze("South Korea accused North Korea of sending more workers to Russia this year.")
        #expect(Self.dates(r, "accusation") == ["2014-06-24"])
    }

    /// A date after ", saying" is in what was said.
    @Test func aDateInWhatWasSaidDatesNoEvent() {
        let r = Self.analyze("Egypt blamed Ethiopia for the deadlock, saying Addis Ababa had rejected a proposal last month.")
        #expect(Self.dates(r, "accusation") == ["2014-06-24"])
    }

    /// A date in a relative clause before the trigger's clause is that clause's verb's.
    @Test func aRelativeClausesDateIsItsVerbs() {
        let r = Self.analyze("The jets will be paid for from a fund that parliament approved last month, German Defence Minister "
            + "Ursula von der Leyen told reporters after meeting French Defence Minister Jean-Yves Le Drian in Paris.")
        #expect(Self.dates(r, "meeting") == ["2014-06-24"])
    }

    /// A span from another clause ("which had been held … since March") dates nothing.
    @Test func anotherClausesSinceDatesNothing() {
        let r = Self.analyze("Iraqi forces recaptured the town of Hit, which Islamic State had held since March.")
        #expect(!Self.dates(r, "seizure").isEmpty)
        #expect(!Self.dates(r, "seizure").contains("2014-03"))
    }

    /// A weekday of an arrangement in the present progressive lies ahead; a past one behind.
    @Test func aProgressiveWeekdayLiesAhead() {
        let r = Self.analyze("U.S. President Barack Obama is holding talks with German Chancellor Angela Merkel on Monday in Washington.")
        #expect(Self.dates(r, "meeting") == ["2014-06-30"])
        let p = Self.analyze("U.S. President Barack Obama held talks with German Chancellor Angela Merkel on Monday in Washington.")
        #expect(Self.dates(p, "meeting") == ["2014-06-23"])
        // "is nothing" is no progressive
        let n = Self.analyze("There is nothing new in the talks U.S. President Barack Obama held with German Chancellor Angela Merkel on Monday.")
        #expect(Self.dates(n, "meeting") == ["2014-06-23"])
    }

    /// An undated headline event is not the body's background event dated years before.
    @Test func aHeadlineIsNotItsBackground() {
        let r = Self.analyze("France will deliver six more Caesar howitzers to Ukraine, the defence minister said.\n\n"
            + "France sent the first Caesar howitzers to Ukraine in April 2022.",
            title: "France to deliver more Caesar howitzers to Ukraine", date: "2025-10-14")
        #expect(Self.dates(r, "arms_transfer").sorted() == ["2022-04", "2025-10-14"])
        // the same noun in both is one deal
        let c = Self.analyze("Russia's contract to supply attack helicopters to Egypt is on schedule, an official said.\n\n"
            + "The contract with Egypt, signed in 2019, covers 46 helicopters.",
            title: "Russia to fulfil helicopter contract with Egypt on schedule", date: "2025-10-14")
        #expect(Self.dates(c, "arms_transfer").count == 1)
        #expect(EventExtractor.spanToNow("It has sent two million shells since 2023."))
        #expect(!EventExtractor.spanToNow("It has since supplied tanks."))
    }

    /// A noun the text dates once ("the exercises on Thursday") dates its undated mentions.
    @Test func aNounDatedOnceDatesItsOtherMentions() {
        let r = Self.analyze("Residents heard explosions during the exercises on Thursday, local media reported.\n\n"
            + "China criticized the joint exercises by Japan and the Philippines.")
        #expect(Self.dates(r, "military_cooperation") == ["2014-06-19"])
        // two different days: none
        let two = Self.analyze("Residents heard explosions during the exercises on Thursday and the exercises on Friday.\n\n"
            + "China criticized the joint exercises by Japan and the Philippines.")
        #expect(Self.dates(two, "military_cooperation") == ["2014-06-24"])
    }

    @Test func wellBefore() {
        let a = PartialDate(normalized: "2025-03-04")!
        #expect(EventExtractor.wellBefore(PartialDate(normalized: "2025-02"), a))
        #expect(EventExtractor.wellBefore(PartialDate(normalized: "2022"), a))
        #expect(!EventExtractor.wellBefore(PartialDate(normalized: "2025-03"), a))
        #expect(!EventExtractor.wellBefore(PartialDate(normalized: "2025-03-01"), a))
        #expect(EventExtractor.wellBefore(PartialDate(normalized: "2025-01-15"), a))
        #expect(!EventExtractor.wellBefore(nil, a))
    }

    // MARK: claims

    static func claimDates(_ r: ArticleResult) -> [String] { r.claims.map { $0.date?.normalized ?? "" } }

    /// "urged X on Sunday to …", "said on March 3 it had …": the date before what was said is the telling's.
    @Test func aDateOpeningWhatWasSaidIsTheTellings() {
        let r = Self.analyze("German Chancellor Angela Merkel urged Greece on Sunday to press ahead with reforms.\n\n"
            + "Iran said on March 3 it had launched a new satellite.")
        #expect(Self.claimDates(r) == ["2014-06-22", "2014-03-03"])
    }

    /// A criticism its sentence does not date was made when its author spoke.
    @Test func anUndatedCriticismTakesItsAuthorsOccasion() {
        let r = Self.analyze("German Chancellor Angela Merkel said on Sunday that Europe needed more unity.\n\n"
            + "Merkel also criticized Russia over its annexation of Crimea.")
        #expect(Self.dates(r, "criticism") == ["2014-06-22"])
    }

    /// A dateline's date and a date in what was said tell no occasion; a relative clause after the speaker's
    /// name dates something else.
    @Test func datelinesAndRelativeClausesAreNoTelling() {
        let r = Self.analyze("BERLIN, June 24 (TEST) -- Europe must double its defence spending by 2020, "
            + "Defence Minister Ursula von der Leyen has said.\n\nVon der Leyen made the remarks in a radio interview on Monday.")
        #expect(Self.claimDates(r) == ["2014-06-23"])
        let c = Self.analyze("Russia will not back down, said Sergei Lavrov, who became foreign minister in 2004.")
        #expect(Self.claimDates(c) == ["2014-06-24"])
    }

    /// A date before the relative clause that holds the attribution is the main clause's, not the telling's.
    @Test func aDateBeforeARelativeClauseIsNotTheTellings() {
        let r = Self.analyze("On Sunday, Israeli jets struck a depot in Lebanon, which Hezbollah said killed ten fighters.")
        #expect(Self.dates(r, "attack") == ["2014-06-22"])
        #expect(Self.claimDates(r) == ["2014-06-24"])
    }

    /// A speaker's undated claims take the day of their telling a few days back; not one weeks back.
    @Test func undatedClaimsTakeTheOccasion() {
        let r = Self.analyze("German Chancellor Angela Merkel said on Sunday that Europe needed more unity.\n\n"
            + "\"We must stand together,\" Merkel told parliament.")
        #expect(Self.claimDates(r) == ["2014-06-22", "2014-06-22"])
        let m = Self.analyze("\"Sanctions will stay,\" Merkel said.\n\nMerkel made the remarks Monday at a news conference in Berlin.")
        #expect(Self.claimDates(m) == ["2014-06-23"])
        let old = Self.analyze("German Chancellor Angela Merkel said on May 2 that Europe needed more unity.\n\n"
            + "\"We must stand together,\" Merkel told parliament.")
        #expect(Self.claimDates(old) == ["2014-05-02", "2014-06-24"])
    }

    /// "the day before" counts from the day the text gave just before, unless a coarser date told in between
    /// ("in March 2012") has moved the story elsewhere: then it counts from the article's day.
    @Test func aCoarserDateEndsTheDayChain() {
        let chained = Self.analyze("The envoy left Vienna on Sunday evening.\n\n"
            + "Polish Foreign Minister Jan Kowal held talks with his Czech counterpart Petr Dvorak the day before.")
        #expect(Self.dates(chained, "meeting") == ["2014-06-21"])
        let broken = Self.analyze("The envoy left Vienna on Sunday evening.\n\n"
            + "The two countries first signed the border accord in March 2012.\n\n"
            + "Polish Foreign Minister Jan Kowal held talks with his Czech counterpart Petr Dvorak the day before.")
        #expect(Self.dates(broken, "meeting") == ["2014-06-23"])
    }
    /// The lead tells the news day; an event the story does not date later on belongs to it, not to the
    /// day the article was filed (Tuesday 24 June).
    @Test func anUndatedEventTakesTheLeadsDay() {
        let body = "Soldiers on Sunday repelled a night raid on a border post in the north of the country, officials said.\n\n"
            + "The Northern Front rebel group claimed responsibility for the attack in a statement."
        #expect(Self.dates(Self.analyze(body), "attack") == ["2014-06-22"])
        // two days in the lead: no one news day
        let two = "Soldiers on Sunday repelled a night raid that began on Saturday, officials said.\n\n"
            + "The Northern Front rebel group claimed responsibility for the attack in a statement."
        #expect(Self.dates(Self.analyze(two), "attack") == ["2014-06-24"])
        // the lead's own event is not of the day it names ("a summit due to open on Sunday")
        let other = "Chad accused Sudan of stalling a border summit due to open on Sunday.\n\n"
            + "The Northern Front rebel group claimed responsibility for the attack in a statement."
        #expect(Self.dates(Self.analyze(other), "attack") == ["2014-06-24"])
    }
    /// "The clash came a day after jets bombed …": the clause that opens on "the" and a noun names what the
    /// sentences before told, and their day (Wednesday the 18th) is the one "a day after" counts from; a remark
    /// ("The announcement came …") is its speaker's, whose day the sentence does not give (the article's).
    @Test func aDayAfterWhatWasJustToldCountsFromItsDay() {
        let told = "Rebel fighters stormed an army post near Kurra on Wednesday, killing four soldiers.\n\n"
        let r = Self.analyze(told + "The clash came a day after government jets bombed a rebel base near Tolva.")
        #expect(Self.dates(r, "attack").contains("2014-06-17"))
        let remark = Self.analyze(told + "The announcement came a day after government jets bombed a rebel base near Tolva.")
        #expect(Self.dates(remark, "attack").contains("2014-06-23"))
    }
}
