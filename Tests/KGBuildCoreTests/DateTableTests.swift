import Testing

@testable import KGBuildCore

/// The date expressions of news, each with its anchor (the article's date) and the value it must resolve to.
@Suite struct DateTableTests {
    struct Row: CustomStringConvertible, Sendable {
        var text: String
        var anchor: String?
        var expected: String
        var description: String { "\(text) @ \(anchor ?? "-") → \(expected)" }
    }

    static let rows: [Row] = [
        // weekdays: the most recent such day on or before the anchor (anchor 2014-06-27 is a Friday)
        .init(text: "On Tuesday, bombers struck.", anchor: "2014-06-27", expected: "2014-06-24"),
        .init(text: "On Monday, militants regained control.", anchor: "2014-06-27", expected: "2014-06-23"),
        .init(text: "He said on Friday that talks failed.", anchor: "2014-06-27", expected: "2014-06-27"),
        .init(text: "The strike came on Sunday.", anchor: "2014-06-27", expected: "2014-06-22"),
        .init(text: "Officials said last Friday that it ended.", anchor: "2014-06-27", expected: "2014-06-20"),
        .init(text: "Lavrov said Tuesday.", anchor: "2014-09-09", expected: "2014-09-09"),
        .init(text: "It happened on Wednesday.", anchor: "2016-01-01", expected: "2015-12-30"),  // across a year boundary
        .init(text: "They met on Saturday.", anchor: "2016-03-01", expected: "2016-02-27"),   // leap year February
        // relative days, weeks, months, years
        .init(text: "It ended yesterday.", anchor: "2016-03-01", expected: "2016-02-29"),
        .init(text: "They will meet tomorrow.", anchor: "2015-12-31", expected: "2016-01-01"),
        .init(text: "Talks resumed today.", anchor: "2016-05-22", expected: "2016-05-22"),
        .init(text: "The offensive began two days ago.", anchor: "2016-01-01", expected: "2015-12-30"),
        .init(text: "A similar raid last month killed 12.", anchor: "2016-03-19", expected: "2016-02"),
        .init(text: "A similar raid last month killed 12.", anchor: "2016-01-15", expected: "2015-12"),
        .init(text: "The pact was signed last year.", anchor: "2016-03-19", expected: "2015"),
        .init(text: "28 attacks have been averted this year.", anchor: "2014-04-09", expected: "2014"),
        .init(text: "Elections are due next year.", anchor: "2016-12-31", expected: "2017"),
        .init(text: "The meeting is planned for next month.", anchor: "2016-12-10", expected: "2017-01"),
        .init(text: "It was agreed earlier this month.", anchor: "2016-03-19", expected: "2016-03"),
        .init(text: "The talks were held late last year.", anchor: "2014-02-14", expected: "2013"),
        .init(text: "Last June media outlets suggested it.", anchor: "2014-02-14", expected: "2013-06"),
        .init(text: "In June the fighting began.", anchor: "2014-09-09", expected: "2014-06"),
        .init(text: "In December, the envoy resigned.", anchor: "2016-05-22", expected: "2015-12"),
        // absolute dates in their common forms
        .init(text: "Talks began on January 30.", anchor: "2014-02-14", expected: "2014-01-30"),
        .init(text: "It was signed on December 28.", anchor: "2016-01-05", expected: "2015-12-28"),  // after the anchor: last year
        .init(text: "It happened on June 9, 2014.", anchor: "2016-01-01", expected: "2014-06-09"),
        .init(text: "It happened on 9 June 2014.", anchor: nil, expected: "2014-06-09"),
        .init(text: "RT reported it on 27.06.2014.", anchor: nil, expected: "2014-06-27"),
        .init(text: "The report of 2014-06-27 says so.", anchor: nil, expected: "2014-06-27"),
        .init(text: "The June 2012 document stipulates it.", anchor: "2014-02-14", expected: "2012-06"),
        .init(text: "The regime fell in 2001.", anchor: "2016-05-22", expected: "2001"),
        .init(text: "They met on Sept. 11.", anchor: "2016-10-01", expected: "2016-09-11"),
        .init(text: "They met on Jan. 16.", anchor: "2016-02-22", expected: "2016-01-16"),
        .init(text: "The deal came in early 2015.", anchor: "2016-02-22", expected: "2015"),
        .init(text: "The drills start in mid-June.", anchor: "2016-05-22", expected: "2016-06"),
        .init(text: "It was signed on September 9.", anchor: nil, expected: "XXXX-09-09"),
        .init(text: "It began on May 5, 2016.", anchor: "2016-06-01", expected: "2016-05-05"),
        .init(text: "They killed hundreds since June 9.", anchor: "2014-06-27", expected: "2014-06-09"),
        .init(text: "The truce began on Feb. 27.", anchor: "2016-03-02", expected: "2016-02-27"),
        .init(text: "Fighting lasted from June 9 to June 12.", anchor: "2014-06-27", expected: "2014-06-09"),
        .init(text: "The war of 2008 changed it.", anchor: "2014-06-27", expected: "2008"),
        .init(text: "On New Year's Eve, December 31, 2015, it ended.", anchor: "2016-01-02", expected: "2015-12-31"),
    ]

    @Test(arguments: rows)
    func resolves(_ row: Row) throws {
        let anchor = row.anchor.flatMap { PartialDate(normalized: $0) }
        let found = DateResolver(anchor: anchor).expressions(in: row.text).filter { $0.isResolved }
        let values = found.map(\.value.normalized)
        #expect(values.first == row.expected, "got \(values)")
    }

    @Test func notDates() {
        for text in ["28 attacks were averted.", "More than 1,000 people died.", "He received $3 million.", "Resolution No. 5 passed.",
                     "The Geneva 2 talks stalled.", "He may go to Moscow.", "About 3,600 staff were allocated."] {
            let found = DateResolver(anchor: PartialDate(year: 2014, month: 6, day: 27)).expressions(in: text)
            #expect(found.isEmpty, "\(text) gave \(found.map(\.value.normalized))")
        }
    }

    /// A dateline without a year gets it from the weekday the text names and the offices of the people it names.
    @Test func datelineYearFromWeekdayAndOffices() throws {
        let a = Article(id: "d#1", path: "d.txt", index: 0, title: "Lavrov meets Kerry",
                        body: "Russian Foreign Minister Sergei Lavrov said Tuesday after talks with U.S. Secretary of State John Kerry that the alliance was weak.",
                        date: PartialDate(year: nil, month: 9, day: 9))
        let r = Shared.pipeline.analyze(a)
        #expect(r.article.date?.normalized == "2014-09-09")
    }
}
