/// Parsing of stand-alone date strings (datelines, metadata, `<time>` values) and of month/weekday names.
public enum DateParsing {
    /// Dates as found in datelines, metadata and date lines: "2014-06-27", "2016-03-21T10:05:00Z",
    /// "27.06.2014", "11.11.2013", "June 27, 2014", "27 June 2014", "September 9" (no year → XXXX-09-09),
    /// "Sep. 9", "Tue, 21 Mar 2016 10:05:00 GMT" (RFC 822), "2016/03/21", "2014-06", "2014".
    /// A leading label ("Published: ...", "Last updated: ...") and weekday are skipped; the date must
    /// start there. Anything may follow a full date; a bare year must stand alone (or precede "T10:05").
    /// Slashed dates with the day first are read as day/month only when the first part exceeds 12
    /// (otherwise US month/day/year). nil when it is not a date.
    public static func parse(_ text: String) -> PartialDate? {
        var copy = text
        return copy.withUTF8 { buf -> PartialDate? in
            guard buf.count > 0 else { return nil }
            let toks = TimeTokenizer.tokenize(buf)
            return toks.withUnsafeBufferPointer { tb in
                TimeMatcher(t: tb, anchor: .none, parseMode: true).parseWhole()
            }
        }
    }

    /// "January", "jan", "Jan.", "Sept" → 1...12 (case-insensitive); nil otherwise.
    public static func monthNumber(_ word: some StringProtocol) -> Int? {
        lookup(word, .month)
    }

    /// "Monday", "mon", "Tue.", "Thurs" → 1 = Monday ... 7 = Sunday (case-insensitive); nil otherwise.
    public static func weekdayNumber(_ word: some StringProtocol) -> Int? {
        lookup(word, .weekday)
    }

    private static func lookup(_ word: some StringProtocol, _ kind: TimeWord) -> Int? {
        var bytes = Array(word.utf8)
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        guard let key = TimeLexicon.key(bytes), let info = TimeLexicon.table[key], info.word == kind else {
            return nil
        }
        return Int(info.value)
    }
}
