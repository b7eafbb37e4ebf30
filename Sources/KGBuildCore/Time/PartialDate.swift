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

    /// Parses a normalized value back (`2014-06-24`, `2014-06`, `2014`, `XXXX-09-09`): a year of four
    /// digits or `XXXX`, a month of 1–12, a day of 1–31, parted by dashes. Read on bytes (every date the
    /// ontology gives is read at start-up); a part reads as `Int(_:)` reads it (a leading `+`, leading zeros).
    public init?(normalized text: String) {
        // (the parts in locals, not an array: every dated title of the ontology is read here at start-up)
        var y: Int? = nil, mo: Int? = nil, dd: Int? = nil  // y nil: XXXX
        var count = 0
        var ok = true
        var t = text
        t.withUTF8 { p in
            var i = 0
            while count < 4 {
                var e = i
                while e < p.count, p[e] != UInt8(ascii: "-") { e += 1 }
                let part = UnsafeBufferPointer(rebasing: p[i..<e])
                var value: Int? = nil
                if count == 0 && part.count == 4 && part.allSatisfy({ $0 == UInt8(ascii: "X") }) {
                    value = nil
                } else if let v = PartialDate.decimal(part), count > 0 || part.count == 4 {
                    value = v
                } else {
                    ok = false
                    return
                }
                switch count {
                case 0: y = value
                case 1: mo = value
                case 2: dd = value
                default: break
                }
                count += 1
                guard e < p.count else { break }
                i = e + 1
            }
        }
        guard ok, (1...3).contains(count) else { return nil }
        var m: Int? = nil, d: Int? = nil
        if count > 1 { guard let v = mo, (1...12).contains(v) else { return nil }; m = v }
        if count > 2 { guard let v = dd, (1...31).contains(v) else { return nil }; d = v }
        if y == nil && m == nil { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// A part's number as `Int(_:)` reads ASCII text: an optional `+`, then digits, without overflow.
    private static func decimal(_ part: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        if i < part.count, part[i] == UInt8(ascii: "+") { i += 1 }
        guard i < part.count else { return nil }
        var v = 0
        while i < part.count {
            let b = part[i]
            guard b >= 48, b <= 57 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(b - 48))
            guard !o1, !o2 else { return nil }
            v = s
            i += 1
        }
        return v
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year ?? 0, a.month ?? 0, a.day ?? 0) < (b.year ?? 0, b.month ?? 0, b.day ?? 0)
    }
}
