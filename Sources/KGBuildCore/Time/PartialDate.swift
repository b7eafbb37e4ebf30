/// A calendar date that may be known only in part, normalized like TIMEX3 values:
/// `2014-06-24`, `2014-06`, `2014`, or `XXXX-09-09` when the year is unknown.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int?, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// The TIMEX3-like value; empty when nothing is known.
    public var normalized: String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        guard year != nil || month != nil else { return "" }
        // four-digit years and two-digit months and days (every real date), written in place: every event,
        // claim and article node asks for its date
        if year.map({ (1000...9999).contains($0) }) ?? true, month.map({ (0...99).contains($0) }) ?? true,
           day.map({ (0...99).contains($0) }) ?? true {
            let n = month == nil ? 4 : day == nil ? 7 : 10
            return String(unsafeUninitializedCapacity: n) { out in
                func put(_ v: Int, _ at: Int, _ width: Int) {
                    var x = v
                    for k in stride(from: at + width - 1, through: at, by: -1) { out[k] = UInt8(48 + x % 10); x /= 10 }
                }
                if let y = year { put(y, 0, 4) } else { for k in 0..<4 { out[k] = UInt8(ascii: "X") } }
                if let m = month { out[4] = UInt8(ascii: "-"); put(m, 5, 2) }
                if let d = day { out[7] = UInt8(ascii: "-"); put(d, 8, 2) }
                return n
            }
        }
        var s = year.map { String($0) } ?? "XXXX"
        if let m = month {
            s += "-" + pad(m)
            if let d = day { s += "-" + pad(d) }
        }
        return s
    }

    public var description: String { normalized }

    public var isComplete: Bool { year != nil && month != nil && day != nil }

    /// Parses a normalized value back (`2014-06-24`, `2014-06`, `2014`, `XXXX-09-09`).
    public init?(normalized text: String) {
        guard let d = PartialDate.digitsAndDashes(text) ?? PartialDate.characterwise(text) else { return nil }
        self = d
    }

    /// `init(normalized:)` on Characters, for any text.
    static func characterwise(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let y: Int?
        if parts[0] == "XXXX" { y = nil } else if parts[0].count == 4, let v = Int(parts[0]) { y = v } else { return nil }
        var m: Int? = nil, d: Int? = nil
        if parts.count > 1 { guard let v = Int(parts[1]), (1...12).contains(v) else { return nil }; m = v }
        if parts.count > 2 { guard let v = Int(parts[2]), (1...31).contains(v) else { return nil }; d = v }
        if y == nil && m == nil { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    /// `init(normalized:)` for text of ASCII digits and dashes with short parts (every date the ontology
    /// gives, read for each dated title at start-up) on bytes: there `split` and `Int(_:)` on
    /// Characters give the same parts and numbers. nil when the text is not of that form.
    static func digitsAndDashes(_ text: String) -> PartialDate?? {
        var parts: [Int?] = []  // nil: an empty part
        var value = 0, digits = 0
        for b in text.utf8 {
            if b == 45 {
                parts.append(digits == 0 ? nil : value)
                value = 0; digits = 0
            } else if b >= 48 && b <= 57 && digits < 9 {
                value = value * 10 + Int(b - 48); digits += 1
            } else {
                return nil
            }
            if parts.count > 3 { return .some(nil) }
        }
        // the year is the first part, checked when the text ends
        parts.append(digits == 0 ? nil : value)
        guard parts.count <= 3 else { return .some(nil) }
        var n = 0
        for b in text.utf8 { if b == 45 { break }; n += 1 }
        guard n == 4, let y = parts[0] else { return .some(nil) }
        var m: Int? = nil, d: Int? = nil
        if parts.count > 1 { guard let v = parts[1], (1...12).contains(v) else { return .some(nil) }; m = v }
        if parts.count > 2 { guard let v = parts[2], (1...31).contains(v) else { return .some(nil) }; d = v }
        return .some(PartialDate(year: y, month: m, day: d))
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year ?? 0, a.month ?? 0, a.day ?? 0) < (b.year ?? 0, b.month ?? 0, b.day ?? 0)
    }
}
