/// A date expression found in text, normalized against an anchor (the article's publication date).
public struct TimeExpression: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A calendar date written out: "June 9, 2014", "27.06.2014", "in 2014", "mid-June", "the June 2012 document".
        /// A missing year may still come from the anchor (then `isRelative` is true).
        case absolute
        /// "Tuesday", "on Monday", "last Tuesday", "next Monday", "Tuesday's air strikes".
        /// Reported even when the anchor lacks a day: `value` is then empty (`isResolved == false`)
        /// and `weekday` still says which day was named (see `CalendarMath.yearsMatching`).
        case weekday
        /// "today", "yesterday", "tomorrow", "last night", "a day earlier", "the day before", "two days ago".
        case relativeDay
        /// "last week", "this week", "next week", "two weeks ago": month precision.
        case relativeWeek
        /// "last month", "this month", "earlier this month", "three months ago", "last June".
        case relativeMonth
        /// "last year", "this year", "late last year", "earlier this year", "two years ago".
        case relativeYear
        /// "since June 9", "since 2011", "since last year": `value` is the starting point.
        case since
        /// "the past week", "over the past five months", "the last three years": `value` is the anchor's
        /// month (day, week and month units), year (year units) or day (hours).
        case duration
    }

    /// Byte offset of the first byte in the scanned UTF-8 text.
    public var start: Int
    /// Byte offset one past the last byte.
    public var end: Int
    public var value: PartialDate
    /// End of a range: "from June 9 to 12", "June 9-12", "between 2011 and 2013".
    public var rangeEnd: PartialDate?
    /// True when some part of `value` came from the anchor date.
    public var isRelative: Bool
    public var kind: Kind
    /// The weekday named in the expression (1 = Monday ... 7 = Sunday): "Tuesday", "last Friday",
    /// "Tuesday, June 24" (and "since Tuesday"); nil otherwise.
    public var weekday: Int?

    /// False only for a weekday that could not be placed because the anchor has no day: `value` is empty.
    /// Skip such expressions when dating events.
    public var isResolved: Bool { value.year != nil || value.month != nil }

    public init(start: Int, end: Int, value: PartialDate, rangeEnd: PartialDate? = nil,
                isRelative: Bool = false, kind: Kind = .absolute, weekday: Int? = nil) {
        self.start = start
        self.end = end
        self.value = value
        self.rangeEnd = rangeEnd
        self.isRelative = isRelative
        self.kind = kind
        self.weekday = weekday
    }
}

/// Finds date expressions in text and resolves them against an anchor date.
///
/// Relative expressions ("yesterday", "a day earlier", "the day before", "two days later") are resolved
/// against the anchor given here. Narrative chaining ("On Monday ... A day earlier ...", where "earlier"
/// refers to the Monday) is the caller's job: build a second resolver anchored on the previous
/// expression's value and rescan the span.
///
/// Day-relative phrases ("yesterday", "a day earlier") are not reported when the anchor lacks a day;
/// month-relative ones need the anchor's month, year-relative ones its year. Weekdays are always
/// reported: without a complete anchor their `value` is empty (`isResolved == false`) and `weekday`
/// tells which day was named, so a caller can fix a year-less anchor with `CalendarMath.yearsMatching`.
/// A `DateResolver` is an immutable value: share it freely between threads.
public struct DateResolver: Sendable {
    public let anchor: PartialDate?
    let context: AnchorContext

    public init(anchor: PartialDate?) {
        self.anchor = anchor
        self.context = AnchorContext(anchor)
    }

    /// Scans `text.utf8` once; offsets are UTF-8 byte offsets into `text`.
    public func expressions(in text: String) -> [TimeExpression] {
        var copy = text
        return copy.withUTF8 { expressions(in: $0) }
    }

    public func expressions(in bytes: UnsafeBufferPointer<UInt8>) -> [TimeExpression] {
        guard bytes.count > 0 else { return [] }
        return expressions(tokens: TimeTokenizer.tokenize(bytes))
    }

    /// The expressions in text already split by `TimeTokenizer.tokenize`: the tokens do not depend on
    /// the anchor, so one article read under several anchors is tokenized once.
    func expressions(tokens toks: [TimeToken]) -> [TimeExpression] {
        return toks.withUnsafeBufferPointer { tb in
            var m = TimeMatcher(t: tb, anchor: context, parseMode: false)
            return m.scan()
        }
    }
}

/// The anchor split into the pieces the matcher needs.
struct AnchorContext: Sendable {
    var year: Int?
    var month: Int?
    /// Day number (days since 1970-01-01) when the anchor is complete.
    var dayNumber: Int?

    init(_ a: PartialDate?) {
        year = a?.year
        month = year == nil ? nil : a?.month
        if let y = year, let m = month, (1...12).contains(m), let d = a?.day,
           d >= 1, d <= CalendarMath.daysInMonth(year: y, month: m) {
            dayNumber = CalendarMath.dayNumber(year: y, month: m, day: d)
        } else {
            dayNumber = nil
        }
    }

    static let none = AnchorContext(nil)
}
