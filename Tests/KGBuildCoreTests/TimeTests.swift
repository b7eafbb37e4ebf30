import Testing
@testable import KGBuildCore

/// Time stage: DateParsing, CalendarMath, DateResolver on real news sentences.
@Suite struct TimeTests {
    static func d(_ s: String) -> PartialDate { PartialDate(normalized: s)! }

    /// (matched text, normalized value, kind) for every expression in `text`.
    static func scan(_ text: String, anchor: String?) -> [(text: String, value: String, kind: TimeExpression.Kind)] {
        let r = DateResolver(anchor: anchor.map(d))
        let bytes = Array(text.utf8)
        return r.expressions(in: text).map { e in
            (String(decoding: bytes[e.start..<e.end], as: UTF8.self), e.value.normalized, e.kind)
        }
    }

    static func values(_ text: String, anchor: String?) -> [String] {
        scan(text, anchor: anchor).map(\.value)
    }

    // MARK: CalendarMath

    @Test func weekdayArithmetic() {
        #expect(CalendarMath.weekday(year: 2014, month: 6, day: 27) == 5)     // Friday
        #expect(CalendarMath.weekday(year: 2014, month: 9, day: 9) == 2)      // Tuesday
        #expect(CalendarMath.weekday(year: 1970, month: 1, day: 1) == 4)      // Thursday
        #expect(CalendarMath.weekday(year: 2000, month: 2, day: 29) == 2)     // Tuesday
        #expect(CalendarMath.weekday(year: 1600, month: 3, day: 1) == 3)      // Wednesday (proleptic)
        #expect(CalendarMath.daysInMonth(year: 2016, month: 2) == 29)
        #expect(CalendarMath.daysInMonth(year: 1900, month: 2) == 28)
        #expect(CalendarMath.daysInMonth(year: 2014, month: 9) == 30)
    }

    @Test func addDaysAndYearsMatching() {
        #expect(CalendarMath.addDays(Self.d("2014-03-01"), -1) == Self.d("2014-02-28"))
        #expect(CalendarMath.addDays(Self.d("2016-12-31"), 1) == Self.d("2017-01-01"))
        #expect(CalendarMath.addDays(Self.d("2014-06-27"), -365) == Self.d("2013-06-27"))
        let years = CalendarMath.yearsMatching(month: 9, day: 9, weekday: 2, in: 2000...2025)
        #expect(years.contains(2014))
        #expect(years == [2025, 2014, 2008, 2003])
        #expect(CalendarMath.yearsMatching(month: 2, day: 29, weekday: 2, in: 2000...2020) == [2000])
    }

    // MARK: DateParsing

    @Test func parsesMetadataDates() {
        #expect(DateParsing.parse("2014-06-27") == Self.d("2014-06-27"))
        #expect(DateParsing.parse("2016-03-21T10:05:00Z") == Self.d("2016-03-21"))
        #expect(DateParsing.parse("27.06.2014") == Self.d("2014-06-27"))
        #expect(DateParsing.parse("11.11.2013") == Self.d("2013-11-11"))
        #expect(DateParsing.parse("June 27, 2014") == Self.d("2014-06-27"))
        #expect(DateParsing.parse("27 June 2014") == Self.d("2014-06-27"))
        #expect(DateParsing.parse("September 9")?.normalized == "XXXX-09-09")
        #expect(DateParsing.parse("Sep. 9")?.normalized == "XXXX-09-09")
        #expect(DateParsing.parse("Tue, 21 Mar 2016 10:05:00 GMT") == Self.d("2016-03-21"))
        #expect(DateParsing.parse("2016/03/21") == Self.d("2016-03-21"))
        #expect(DateParsing.parse("Published: June 27, 2014 10:05 AM EDT") == Self.d("2014-06-27"))
        #expect(DateParsing.parse("2014") == Self.d("2014"))
        #expect(DateParsing.parse("2014-06") == Self.d("2014-06"))
    }

    @Test func rejectsNonDates() {
        #expect(DateParsing.parse("28") == nil)
        #expect(DateParsing.parse("1,000") == nil)
        #expect(DateParsing.parse("Geneva 2") == nil)
        #expect(DateParsing.parse("31.02.2014") == nil)
        #expect(DateParsing.parse("2014 people") == nil)
        #expect(DateParsing.parse("") == nil)
        #expect(DateParsing.parse("ITAR-TASS") == nil)
    }

    @Test func monthAndWeekdayNames() {
        #expect(DateParsing.monthNumber("January") == 1)
        #expect(DateParsing.monthNumber("Jan") == 1)
        #expect(DateParsing.monthNumber("Jan.") == 1)
        #expect(DateParsing.monthNumber("Sept") == 9)
        #expect(DateParsing.monthNumber("DECEMBER") == 12)
        #expect(DateParsing.monthNumber("Monday") == nil)
        #expect(DateParsing.monthNumber("Junes") == nil)
        #expect(DateParsing.weekdayNumber("Monday") == 1)
        #expect(DateParsing.weekdayNumber("Sunday") == 7)
        #expect(DateParsing.weekdayNumber("Tue.") == 2)
        #expect(DateParsing.weekdayNumber("June") == nil)
    }

    // MARK: Weekdays and relative days (anchor Friday 2014-06-27)

    @Test func weekdaysAgainstAnchor() {
        let a = "2014-06-27"
        #expect(Self.values("On Tuesday, unidentified bombers launched an air strike on the town.", anchor: a) == ["2014-06-24"])
        #expect(Self.values("On Monday, radical Sunni militants regained control of the border crossing.", anchor: a) == ["2014-06-23"])
        #expect(Self.values("Tuesday's air strikes killed at least 57 civilians.", anchor: a) == ["2014-06-24"])
        #expect(Self.values("The talks resumed on Friday.", anchor: a) == ["2014-06-27"])
        #expect(Self.values("The talks broke down last Friday.", anchor: a) == ["2014-06-20"])
        #expect(Self.values("He will fly to Brussels next Monday.", anchor: a) == ["2014-06-30"])
        #expect(Self.values("Thousands marched on Sunday.", anchor: a) == ["2014-06-22"])
        let hit = Self.scan("On Tuesday, unidentified bombers", anchor: a)
        #expect(hit.first?.text == "Tuesday")
        #expect(hit.first?.kind == .weekday)
        // anchor 2014-09-09 is itself a Tuesday
        #expect(Self.values("Russia's Foreign Minister said Tuesday that the ceasefire holds.", anchor: "2014-09-09") == ["2014-09-09"])
        #expect(Self.values("Russia's Foreign Minister said last Tuesday", anchor: "2014-09-09") == ["2014-09-02"])
        // without a complete anchor a weekday is reported unresolved, with the weekday it names
        let unresolved = DateResolver(anchor: nil).expressions(in: "MOSCOW, September 9. Lavrov said Tuesday that")
        #expect(unresolved.map(\.value.normalized) == ["XXXX-09-09", ""])
        #expect(unresolved.map(\.weekday) == [nil, 2])
        #expect(unresolved.map(\.isResolved) == [true, false])
        #expect(DateResolver(anchor: Self.d("2014-09")).expressions(in: "said Tuesday").first?.isResolved == false)
        #expect(DateResolver(anchor: Self.d("2014-09-09")).expressions(in: "said Tuesday").first?.weekday == 2)
    }

    @Test func relativeDays() {
        let a = "2014-06-27"
        let r = Self.scan("A day earlier, jihadists captured three new towns in Anbar province.", anchor: a)
        #expect(r.map(\.value) == ["2014-06-26"])
        #expect(r.first?.text == "A day earlier")
        #expect(r.first?.kind == .relativeDay)
        #expect(Self.values("The minister arrived yesterday and leaves tomorrow.", anchor: a) == ["2014-06-26", "2014-06-28"])
        #expect(Self.values("Two days ago the army withdrew.", anchor: a) == ["2014-06-25"])
        #expect(Self.values("The ceasefire collapsed the day before.", anchor: a) == ["2014-06-26"])
        #expect(Self.values("Clashes erupted last night near the airport.", anchor: "2014-03-01") == ["2014-02-28"])
        #expect(Self.values("Talks are set for today.", anchor: "2016-02-29") == ["2016-02-29"])
    }

    // MARK: Absolute dates in running text

    @Test func monthDayFormsAndYearInference() {
        let a = "2014-06-27"
        let since = Self.scan("Some 1,000 people have died since June 9, when the Sunni militants started their offensive.", anchor: a)
        #expect(since.count == 1)
        #expect(since.first?.value == "2014-06-09")
        #expect(since.first?.kind == .since)
        #expect(since.first?.text == "since June 9")
        #expect(Self.values("The vote is set for May 5, 2016.", anchor: a) == ["2016-05-05"])
        #expect(Self.values("The army entered the city on 9 June 2014.", anchor: a) == ["2014-06-09"])
        #expect(Self.values("The deal was signed on Jan. 30.", anchor: a) == ["2014-01-30"])
        // more than two months after the anchor → previous year
        #expect(Self.values("the attacks of Sept. 11 changed everything", anchor: a) == ["2013-09-11"])
        #expect(Self.values("Elections are due on August 20.", anchor: a) == ["2014-08-20"])
        #expect(Self.values("MOSCOW, September 9", anchor: nil) == ["XXXX-09-09"])
        #expect(Self.values("Posted 27.06.2014 by RT", anchor: nil) == ["2014-06-27"])
        #expect(Self.values("updated 2014-06-27T10:05:00Z", anchor: nil) == ["2014-06-27"])
        #expect(Self.values("the June 2012 document leaked by Snowden", anchor: a) == ["2012-06"])
        // a written weekday picks the matching year: 2014-09-09 was a Tuesday, 2013-09-09 a Monday
        #expect(Self.values("Tuesday, September 9 is the deadline.", anchor: a) == ["2014-09-09"])
        #expect(Self.values("He returned on February 29.", anchor: a) == ["2012-02-29"])
        #expect(Self.values("It happened on April 31.", anchor: a) == [])
    }

    @Test func yearsNeedContext() {
        let a = "2014-04-09"
        let r = Self.scan("Some 28 terrorist attacks have already been averted this year, the FSB said.", anchor: a)
        #expect(r.map(\.value) == ["2014"])
        #expect(r.first?.text == "this year")
        #expect(r.first?.kind == .relativeYear)
        #expect(Self.values("The group was founded in 2001.", anchor: a) == ["2001"])
        #expect(Self.values("Geneva 2 talks stalled.", anchor: a) == [])
        #expect(Self.values("The Joint Sea-2016 drills began.", anchor: a) == [])
        #expect(Self.values("He said 2016 people were detained.", anchor: a) == [])
        #expect(Self.values("It costs $3 million, or 3,600 rubles per person; see No. 5.", anchor: a) == [])
        #expect(Self.values("Gas prices rose 12.2014 percent.", anchor: a) == [])
        #expect(Self.values("Version 2.1.2014 was released.", anchor: a) == [])
        #expect(Self.values("Output rose in 2012 and 2013.", anchor: a) == ["2012", "2013"])
        #expect(Self.values("The plant opened early 2015 and closed in late 2013.", anchor: a) == ["2015", "2013"])
    }

    @Test func modalMayAndVerbMarch() {
        let a = "2016-03-19"
        #expect(Self.values("He may go to Moscow next week.", anchor: a) == ["2016-03"])
        #expect(Self.values("he may go to Moscow", anchor: a) == [])
        #expect(Self.values("May God protect them.", anchor: a) == [])
        #expect(Self.values("Protesters march to parliament; thousands will march again.", anchor: a) == [])
        #expect(Self.values("The trial opened in May.", anchor: a) == ["2015-05"])
        #expect(Self.values("The trial opens in March.", anchor: a) == ["2016-03"])
    }

    // MARK: Relative months and years

    @Test func relativeMonthsAndYears() {
        #expect(Self.values("Prices fell last month.", anchor: "2016-03-19") == ["2016-02"])
        #expect(Self.values("Prices fell last month.", anchor: "2016-01-05") == ["2015-12"])
        #expect(Self.values("The bill passed late last year.", anchor: "2014-02-14") == ["2013"])
        #expect(Self.scan("The bill passed late last year.", anchor: "2014-02-14").first?.text == "late last year")
        #expect(Self.values("Earlier this month, the rebels agreed to a truce.", anchor: "2014-02-14") == ["2014-02"])
        #expect(Self.values("Talks will resume next year.", anchor: "2014-02-14") == ["2015"])
        #expect(Self.values("The referendum was held last June.", anchor: "2014-06-27") == ["2013-06"])
        #expect(Self.values("The offensive began in mid-June.", anchor: "2014-06-27") == ["2014-06"])
        #expect(Self.values("The program ran until late 2013.", anchor: "2014-06-27") == ["2013"])
        #expect(Self.values("Three months ago the talks collapsed.", anchor: "2014-02-14") == ["2013-11"])
        let dur = Self.scan("Over the past five months, the rebels have lost ground.", anchor: "2014-06-27")
        #expect(dur.map(\.value) == ["2014-06"])
        #expect(dur.first?.kind == .duration)
        #expect(dur.first?.text == "the past five months")
        #expect(Self.scan("Fighting intensified the past week.", anchor: "2014-06-27").map(\.value) == ["2014-06"])
        #expect(Self.values("Fighting intensified last week.", anchor: "2014-06-03") == ["2014-05"])
    }

    // MARK: Ranges

    @Test func ranges() {
        let a = "2014-06-27"
        let r1 = DateResolver(anchor: Self.d(a)).expressions(in: "The summit ran from June 9 to 12 in Minsk.")
        #expect(r1.count == 1)
        #expect(r1.first?.value == Self.d("2014-06-09"))
        #expect(r1.first?.rangeEnd == Self.d("2014-06-12"))
        let r2 = DateResolver(anchor: Self.d(a)).expressions(in: "Talks were held June 9-12, 2013.")
        #expect(r2.first?.value == Self.d("2013-06-09"))
        #expect(r2.first?.rangeEnd == Self.d("2013-06-12"))
        let r3 = DateResolver(anchor: nil).expressions(in: "Production fell between 2011 and 2013.")
        #expect(r3.count == 1)
        #expect(r3.first?.value == Self.d("2011"))
        #expect(r3.first?.rangeEnd == Self.d("2013"))
        let r4 = DateResolver(anchor: Self.d(a)).expressions(in: "from December 28 to January 3")
        #expect(r4.first?.value == Self.d("2013-12-28"))
        #expect(r4.first?.rangeEnd == Self.d("2014-01-03"))
        let r6 = DateResolver(anchor: Self.d(a)).expressions(in: "Exercises are planned from 9 to 12 June 2015.")
        #expect(r6.first?.value == Self.d("2015-06-09"))
        #expect(r6.first?.rangeEnd == Self.d("2015-06-12"))
        let r5 = DateResolver(anchor: nil).expressions(in: "in the 2014–2015 season, in 2011-13")
        #expect(r5.map { $0.rangeEnd?.normalized } == ["2015", "2013"])
        #expect(r5.map(\.value.normalized) == ["2014", "2011"])
    }

    // MARK: Offsets

    @Test func offsetsSliceBackToMatchedText() {
        let text = "КИЕВ — On Tuesday, June 24, 2014, shelling resumed; a day earlier, since mid-June, between 2011 and 2013."
        let bytes = Array(text.utf8)
        let found = DateResolver(anchor: Self.d("2014-06-27")).expressions(in: text)
        let slices = found.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(slices == ["Tuesday, June 24, 2014", "a day earlier", "since mid-June", "between 2011 and 2013"])
        #expect(found.map(\.value.normalized) == ["2014-06-24", "2014-06-26", "2014-06", "2011"])
        // the buffer API agrees with the String API
        let viaBuffer = bytes.withUnsafeBufferPointer { DateResolver(anchor: Self.d("2014-06-27")).expressions(in: $0) }
        #expect(viaBuffer == found)
    }

    @Test func concurrentUse() async {
        let r = DateResolver(anchor: Self.d("2014-06-27"))
        let results = await withTaskGroup(of: [String].self) { g in
            for _ in 0..<8 {
                g.addTask { r.expressions(in: "On Monday and on Tuesday, since June 9, 2014.").map(\.value.normalized) }
            }
            var all: [[String]] = []
            for await x in g { all.append(x) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == ["2014-06-23", "2014-06-24", "2014-06-09"] })
    }
}
