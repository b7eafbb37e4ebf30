// Pattern matching over time tokens. Token indices are half-open ranges; every pattern checks
// its own word boundaries so that "28 attacks", "1,000", "$3 million", "Geneva 2" or "Sea-2016"
// never produce a date.

/// A calendar date as written, before resolution against the anchor.
struct WrittenDate {
    var end: Int
    var year: Int?
    var month: Int?
    var day: Int?
    /// End of a written range ("June 9-12", "2011-2013", "9-12 June").
    var end2: (year: Int?, month: Int?, day: Int?)?

    init(end: Int, year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.end = end
        self.year = year
        self.month = month
        self.day = day
    }
}

struct TimeHit {
    var start: Int
    var end: Int
    var value: PartialDate
    var rangeEnd: PartialDate? = nil
    var isRelative: Bool
    var kind: TimeExpression.Kind
    var weekday: Int? = nil
}

private let cDash = UInt8(ascii: "-"), cSlash = UInt8(ascii: "/"), cDot = UInt8(ascii: "."),
    cComma = UInt8(ascii: ","), cColon = UInt8(ascii: ":"), cPercent = UInt8(ascii: "%"),
    cDollar = UInt8(ascii: "$"), cHash = UInt8(ascii: "#")

struct TimeMatcher {
    let t: UnsafeBufferPointer<TimeToken>
    let n: Int
    let a: AnchorContext
    let parseMode: Bool
    /// Token index right after the last emitted year expression ("in 2011 and 2013").
    var prevYearEnd = -1

    init(t: UnsafeBufferPointer<TimeToken>, anchor: AnchorContext, parseMode: Bool) {
        self.t = t
        self.n = t.count
        self.a = anchor
        self.parseMode = parseMode
    }

    // MARK: - Token helpers

    @inline(__always) func word(_ i: Int) -> TimeWord {
        (i >= 0 && i < n && t[i].kind == .word) ? t[i].info.word : .none
    }
    @inline(__always) func punct(_ i: Int) -> UInt8 {
        (i >= 0 && i < n && t[i].kind == .punct) ? t[i].byte : 0
    }
    @inline(__always) func number(_ i: Int, maxDigits: Int) -> Int? {
        (i >= 0 && i < n && t[i].kind == .number && Int(t[i].digits) <= maxDigits) ? t[i].value : nil
    }
    @inline(__always) func attached(_ i: Int) -> Bool { i >= 0 && i < n && t[i].attached }
    @inline(__always) func unit(_ i: Int) -> UInt8 { word(i) == .unit ? t[i].info.value : 0 }
    @inline(__always) func isYear(_ v: Int) -> Bool { parseMode ? (1000...2999).contains(v) : (1900...2100).contains(v) }
    @inline(__always) func yearAt(_ i: Int) -> Int? {
        guard let v = number(i, maxDigits: 4), t[i].digits == 4, isYear(v) else { return nil }
        return v
    }
    @inline(__always) func dim(_ y: Int?, _ m: Int) -> Int { CalendarMath.daysInMonth(year: y ?? 2000, month: m) }

    /// A number at `i` may start a date: not glued to a word, a currency sign, "1,000", "3.5", "Sea-2016".
    func leftNumOK(_ i: Int) -> Bool {
        guard i > 0, t[i].attached else { return true }
        let p = i - 1
        switch t[p].kind {
        case .word, .number: return false
        case .punct:
            let c = t[p].byte
            if c == cDollar || c == cHash || c == cSlash { return false }
            guard t[p].attached, p > 0 else { return true }
            let q = t[p - 1]
            if q.kind == .number && (c == cDot || c == cComma || c == cColon || c == cDash) { return false }
            if q.kind == .word && (c == cDot || c == cDash) && q.info.word != .mid { return false }
            return true
        }
    }

    /// The expression may end before token `k`: no glued word or number, no "9,000", "9:30", "2016-style", "5%".
    func rightOK(_ k: Int) -> Bool {
        guard k < n, t[k].attached else { return true }
        switch t[k].kind {
        case .word, .number: return false
        case .punct:
            let c = t[k].byte
            if c == cPercent { return false }
            guard k + 1 < n, t[k + 1].attached else { return true }
            let next = t[k + 1].kind
            if (c == cComma || c == cDot) && next == .number { return false }
            if (c == cColon || c == cSlash || c == cDash) && next != .punct { return false }
            return true
        }
    }

    /// "T10:05" right after an ISO date.
    func isTimeSuffix(_ k: Int) -> Bool {
        k + 1 < n && t[k].attached && t[k].kind == .word && t[k].end - t[k].start == 1
            && (t[k].byte | 0x20) == UInt8(ascii: "t") && t[k + 1].attached && t[k + 1].kind == .number
    }

    /// Generic left boundary for a match starting at `i`.
    func leftOK(_ i: Int) -> Bool {
        guard i > 0, t[i].attached else { return true }
        if t[i].kind == .number { return leftNumOK(i) }
        return t[i - 1].kind == .punct
    }

    // MARK: - Words

    func monthAt(_ i: Int) -> (month: Int, end: Int)? {
        guard i >= 0, i < n, t[i].kind == .word, t[i].info.word == .month else { return nil }
        let inf = t[i].info
        if !parseMode && inf.needsCapital && !t[i].capital { return nil }
        var e = i + 1
        if inf.abbreviation && punct(e) == cDot && attached(e) { e += 1 }
        return (Int(inf.value), e)
    }

    /// Full weekday names anywhere; "Mon."/"Tue," abbreviations only capitalised and followed by '.' or ','
    /// ("Sat."/"Sun." only in front of a date: `beforeDate`).
    func weekdayAt(_ i: Int, beforeDate: Bool) -> (weekday: Int, end: Int)? {
        guard i >= 0, i < n, t[i].kind == .word, t[i].info.word == .weekday else { return nil }
        let inf = t[i].info
        guard inf.abbreviation else { return (Int(inf.value), i + 1) }
        let p = punct(i + 1)
        let hasMark = attached(i + 1) && (p == cDot || p == cComma)
        if parseMode { return (Int(inf.value), hasMark && p == cDot ? i + 2 : i + 1) }
        guard t[i].capital, hasMark else { return nil }
        if !beforeDate && inf.value >= 6 { return nil }
        return (Int(inf.value), p == cDot ? i + 2 : i + 1)
    }

    /// A day number 1...31 with an optional ordinal suffix ("9", "9th").
    func dayAt(_ j: Int) -> (day: Int, end: Int)? {
        guard let v = number(j, maxDigits: 2), (1...31).contains(v) else { return nil }
        var e = j + 1
        if word(e) == .ordinal && attached(e) { e += 1 }
        return (v, e)
    }

    /// "a"/"an", "two", "5" as a count ahead of a unit.
    func countAt(_ i: Int) -> (count: Int, end: Int)? {
        switch word(i) {
        case .a, .an: return (1, i + 1)
        case .numberWord: return (Int(t[i].info.value), i + 1)
        default: break
        }
        if let v = number(i, maxDigits: 3), v > 0, leftNumOK(i), !attached(i + 1) { return (v, i + 1) }
        return nil
    }

    func yearTriggered(_ i: Int) -> Bool {
        let p = i - 1
        guard p >= 0 else { return false }
        if t[i].attached {
            return punct(p) == cDash && t[p].attached && word(p - 1) == .mid
        }
        switch word(p) {
        case .in_, .since, .until, .till, .by, .of, .from, .between, .before, .after, .during, .through,
             .throughout, .early, .late, .mid, .season:
            return true
        case .the, .a, .an, .possessive:
            // a year that modifies a noun: "the 2014 war", "a 2010 census", "its 2007 contract"
            // (not a round 2000, more often a count: "the 2000 troops")
            return t[i].value != 2000 && i + 1 < n && t[i + 1].kind == .word && !t[i + 1].attached
        case .and, .or, .to:
            return p == prevYearEnd
        default:
            return punct(p) == cComma && p == prevYearEnd
        }
    }

    // MARK: - Written (absolute) dates

    func written(_ i: Int, bareYear: Bool) -> WrittenDate? {
        guard i >= 0, i < n else { return nil }
        switch t[i].kind {
        case .number: return numericStart(i, bareYear: bareYear)
        case .word: return t[i].info.word == .month ? monthStart(i) : nil
        case .punct: return nil
        }
    }

    private func numericStart(_ i: Int, bareYear: Bool) -> WrittenDate? {
        guard leftNumOK(i) else { return nil }
        let v = t[i].value, nd = Int(t[i].digits)
        if nd == 4 {
            let s = punct(i + 1)
            if s == cDash || s == cSlash, attached(i + 1), attached(i + 2), isYear(v),
               let m = number(i + 2, maxDigits: 2), (1...12).contains(m) {
                if punct(i + 3) == s, attached(i + 3), attached(i + 4), let d = number(i + 4, maxDigits: 2),
                   d >= 1, d <= dim(v, m) {
                    let e = i + 5
                    return isTimeSuffix(e) || rightOK(e) ? WrittenDate(end: e, year: v, month: m, day: d) : nil
                }
                if parseMode && t[i + 2].digits == 2 && rightOK(i + 3) {
                    return WrittenDate(end: i + 3, year: v, month: m)
                }
            }
            guard isYear(v) else { return nil }
            if !bareYear && !yearTriggered(i) {
                // a stand-alone year span such as "the 2014–2015 season"
                guard punct(i + 1) == cDash, let y2 = yearAt(i + 2), (1...10).contains(y2 - v), rightOK(i + 3)
                else { return nil }
                var w = WrittenDate(end: i + 3, year: v)
                w.end2 = (y2, nil, nil)
                return w
            }
            var w = WrittenDate(end: i + 1, year: v)
            let e = i + 1
            let c = punct(e), cw = word(e)
            if c == cDash || cw == .to || cw == .through || cw == .until || cw == .till {
                if let y2 = yearAt(e + 1), y2 > v, rightOK(e + 2) {
                    w.end2 = (y2, nil, nil); w.end = e + 2
                    return w
                }
                if c == cDash, attached(e), attached(e + 1), let yy = number(e + 1, maxDigits: 2),
                   t[e + 1].digits == 2, rightOK(e + 2), v / 100 * 100 + yy > v {
                    w.end2 = (v / 100 * 100 + yy, nil, nil); w.end = e + 2
                    return w
                }
            }
            return rightOK(e) ? w : nil
        }
        guard nd <= 2 else { return nil }
        // 27.06.2014, 06/27/2014
        let s = punct(i + 1)
        if s == cDot || s == cSlash, attached(i + 1), attached(i + 2), let b = number(i + 2, maxDigits: 2),
           punct(i + 3) == s, attached(i + 3), attached(i + 4), let y = yearAt(i + 4) {
            // in running text a dotted date needs a zero-padded month ("09.09.2014"), so "2.1.2014" stays a version
            if s == cDot && !parseMode && t[i + 2].digits != 2 { return nil }
            var d = v, m = b
            if s == cSlash && v <= 12 { m = v; d = b }     // US month/day/year unless the first part > 12
            guard (1...12).contains(m), d >= 1, d <= dim(y, m), isTimeSuffix(i + 5) || rightOK(i + 5) else { return nil }
            return WrittenDate(end: i + 5, year: y, month: m, day: d)
        }
        // 9 June 2014, 9th of June, 9-12 June
        guard (1...31).contains(v) else { return nil }
        var j = i + 1
        if word(j) == .ordinal && attached(j) { j += 1 }
        var d2: Int? = nil
        if punct(j) == cDash, let (v2, e2) = dayAt(j + 1), v2 > v {
            d2 = v2; j = e2
        }
        if word(j) == .of { j += 1 }
        guard let (m, me) = monthAt(j), v <= dim(nil, m) else { return nil }
        var w = WrittenDate(end: me, month: m, day: v)
        if let y = yearAt(me), rightOK(me + 1) {
            w.year = y; w.end = me + 1
        } else if punct(me) == cComma, let y = yearAt(me + 1), rightOK(me + 2) {
            w.year = y; w.end = me + 2
        } else if !rightOK(me) {
            return nil
        }
        if let y = w.year, v > dim(y, m) { return nil }
        if let d2 { w.end2 = (w.year, m, d2) }
        return w
    }

    private func monthStart(_ i: Int) -> WrittenDate? {
        guard let (m, me) = monthAt(i) else { return nil }
        if let (d, de) = dayAt(me), !attached(me) || t[i].info.abbreviation, d <= dim(nil, m) {
            var k = de
            var e2: (month: Int, day: Int)? = nil
            let c = punct(k), cw = word(k)
            if c == cDash || cw == .to || cw == .through || cw == .until || cw == .till {
                if let (d2, e) = dayAt(k + 1), d2 > d, d2 <= dim(nil, m) {
                    e2 = (m, d2); k = e
                } else if let (m2, me2) = monthAt(k + 1), let (d2, e) = dayAt(me2), d2 <= dim(nil, m2) {
                    e2 = (m2, d2); k = e
                }
            }
            var w = WrittenDate(end: k, month: m, day: d)
            if punct(k) == cComma, let y = yearAt(k + 1), rightOK(k + 2) {
                w.year = y; w.end = k + 2
            } else if let y = yearAt(k), !attached(k), rightOK(k + 1) {
                w.year = y; w.end = k + 1
            } else if !rightOK(k) {
                return nil
            }
            if let y = w.year, d > dim(y, m) { return nil }
            if let e2 { w.end2 = (w.year, e2.month, e2.day) }
            return w
        }
        var k = me
        if word(k) == .of, yearAt(k + 1) != nil { k += 1 }
        if let y = yearAt(k), !attached(k), rightOK(k + 1) {
            return WrittenDate(end: k + 1, year: y, month: m)
        }
        return nil
    }

    // MARK: - Resolution against the anchor

    /// `.past`: the anchor's year unless the month is after the anchor's month ("in June");
    /// `.near`: the anchor's year unless the month starts more than ~2 months after the anchor ("mid-June",
    /// "by June", "until June": these often announce the near future).
    enum MonthMode { case past, near, last, this, next }

    /// Month and day without a year: the anchor's year, or the year before when that lands more than
    /// ~2 months after the anchor (news reports the past). A weekday written next to the date may pick
    /// the neighbouring year instead.
    func resolveMonthDay(_ m: Int, _ d: Int, weekday: Int? = nil) -> (PartialDate, Bool) {
        guard let y = a.year else { return (PartialDate(year: nil, month: m, day: d), false) }
        let ref: Int? = a.dayNumber ?? a.month.map { CalendarMath.dayNumber(year: y, month: $0, day: dim(y, $0)) }
        func tooLate(_ yy: Int) -> Bool {
            guard let ref else { return false }
            return CalendarMath.dayNumber(year: yy, month: m, day: d) - ref > 62
        }
        var yy = tooLate(y) ? y - 1 : y
        while d > dim(yy, m) { yy -= 1 }      // February 29 → the last leap year
        if let wd = weekday, CalendarMath.weekday(year: yy, month: m, day: d) != wd {
            // the written weekday wins: the matching year nearest the anchor ("Tuesday, September 9")
            for alt in [yy + 1, yy - 1, yy + 2, yy - 2] where d <= dim(alt, m) && abs(alt - y) <= 1
                && CalendarMath.weekday(year: alt, month: m, day: d) == wd {
                yy = alt
                break
            }
        }
        return (PartialDate(year: yy, month: m, day: d), true)
    }

    /// A month name without day or year ("in June", "last June", "mid-June").
    func resolveMonth(_ m: Int, _ mode: MonthMode) -> (PartialDate, Bool) {
        guard let y = a.year else { return (PartialDate(year: nil, month: m), false) }
        guard let am = a.month else { return (PartialDate(year: y, month: m), true) }
        let yy: Int
        switch mode {
        case .this: yy = y
        case .past: yy = m <= am ? y : y - 1
        case .last: yy = m < am ? y : y - 1
        case .next: yy = m > am ? y : y + 1
        case .near:
            let ref = a.dayNumber ?? CalendarMath.dayNumber(year: y, month: am, day: dim(y, am))
            yy = CalendarMath.dayNumber(year: y, month: m, day: 1) - ref > 62 ? y - 1 : y
        }
        return (PartialDate(year: yy, month: m), true)
    }

    func resolveWritten(_ w: WrittenDate, weekday: Int? = nil) -> (PartialDate, PartialDate?, Bool)? {
        var value: PartialDate
        var relative = false
        if let y = w.year {
            value = PartialDate(year: y, month: w.month, day: w.day)
        } else if let m = w.month, let d = w.day {
            (value, relative) = resolveMonthDay(m, d, weekday: weekday)
        } else if let m = w.month {
            (value, relative) = resolveMonth(m, .near)
        } else {
            return nil
        }
        var rangeEnd: PartialDate? = nil
        if let e = w.end2 {
            var ey = e.year ?? value.year
            if e.year == nil, let y = ey, let em = e.month, let sm = value.month,
               (em, e.day ?? 0) < (sm, value.day ?? 0) {
                ey = y + 1
            }
            rangeEnd = PartialDate(year: ey, month: e.month, day: e.day)
        }
        return (value, rangeEnd, relative)
    }

    func shiftDays(_ k: Int) -> PartialDate? {
        guard let z = a.dayNumber else { return nil }
        let r = CalendarMath.date(dayNumber: z + k)
        return PartialDate(year: r.year, month: r.month, day: r.day)
    }

    func shiftMonths(_ k: Int) -> PartialDate? {
        guard let y = a.year, let m = a.month else { return nil }
        let total = y * 12 + (m - 1) + k
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        return PartialDate(year: ny, month: total - ny * 12 + 1)
    }

    func anchorMonth() -> PartialDate? { shiftMonths(0) }

    /// A unit shifted by `k` (day, week → month precision, month, year).
    func shift(unit u: UInt8, by k: Int) -> (PartialDate, TimeExpression.Kind)? {
        switch u {
        case TimeUnit.day:
            return shiftDays(k).map { ($0, .relativeDay) }
        case TimeUnit.week:
            if k == 0 { return anchorMonth().map { ($0, .relativeWeek) } }
            guard let d = shiftDays(7 * k) else { return nil }
            return (PartialDate(year: d.year, month: d.month), .relativeWeek)
        case TimeUnit.month:
            return shiftMonths(k).map { ($0, .relativeMonth) }
        case TimeUnit.year:
            guard let y = a.year else { return nil }
            return (PartialDate(year: y + k), .relativeYear)
        default:
            return nil
        }
    }

    enum WeekdayMode { case plain, last, next }

    func resolveWeekday(_ wd: Int, _ mode: WeekdayMode) -> PartialDate? {
        guard let z = a.dayNumber else { return nil }
        let aw = CalendarMath.weekday(dayNumber: z)
        switch mode {
        case .plain:
            return shiftDays(-((aw - wd + 7) % 7))
        case .last:
            let back = (aw - wd + 7) % 7
            return shiftDays(-(back == 0 ? 7 : back))
        case .next:
            let fwd = (wd - aw + 7) % 7
            return shiftDays(fwd == 0 ? 7 : fwd)
        }
    }

    // MARK: - Patterns

    func writtenHit(_ start: Int, _ w: WrittenDate, weekday: Int? = nil) -> TimeHit? {
        guard let (v, r, rel) = resolveWritten(w, weekday: weekday) else { return nil }
        return TimeHit(start: start, end: w.end, value: v, rangeEnd: r, isRelative: rel, kind: .absolute)
    }

    /// "from June 9 to 12", "from March to May 2014", "between 2011 and 2013".
    func rangeWrapper(_ i: Int) -> TimeHit? {
        let fw = word(i)
        guard fw == .from || fw == .between else { return nil }
        var first: WrittenDate
        if let w = written(i + 1, bareYear: true) {
            first = w
        } else if let (d, de) = dayAt(i + 1), leftNumOK(i + 1), word(de) == (fw == .from ? .to : .and),
                  let b = written(de + 1, bareYear: false), b.end2 == nil, let bm = b.month, let bd = b.day,
                  d < bd, d <= dim(b.year, bm) {
            // "from 9 to 12 June 2014", "between 9 and 12 June"
            var w = WrittenDate(end: b.end, year: b.year, month: bm, day: d)
            w.end2 = (b.year, bm, bd)
            return writtenHit(i, w)
        } else if let (m, me) = monthAt(i + 1), !attached(me) || punct(me) != 0 {
            first = WrittenDate(end: me, month: m)
        } else {
            return nil
        }
        if first.end2 != nil {
            return fw == .from ? writtenHit(i, first) : nil
        }
        let k = first.end
        let cw = word(k)
        let connects = fw == .from
            ? (cw == .to || cw == .until || cw == .till || cw == .through || punct(k) == cDash)
            : (cw == .and || punct(k) == cDash)
        guard connects else { return nil }
        var second = written(k + 1, bareYear: true)
        if second == nil, first.day != nil, let (d2, e) = dayAt(k + 1), let m = first.month, d2 <= dim(nil, m) {
            var w = WrittenDate(end: e, month: m, day: d2)
            if punct(e) == cComma, let y = yearAt(e + 1), rightOK(e + 2) {
                w.year = y; w.end = e + 2
            } else if let y = yearAt(e), rightOK(e + 1) {
                w.year = y; w.end = e + 1
            } else if !rightOK(e) {
                return nil
            }
            second = w
        }
        if second == nil, first.day == nil, first.month != nil, let (m2, me) = monthAt(k + 1), rightOK(me) {
            second = WrittenDate(end: me, month: m2)
        }
        guard let b = second, b.end2 == nil else { return nil }
        // years flow from the end to the start ("from June 9 to July 2, 2014") and back
        if first.year == nil, first.month != nil { first.year = b.year }
        first.end = b.end
        first.end2 = (b.year, b.month, b.day)
        return writtenHit(i, first)
    }

    /// "early 2015", "late 2013", "mid-June", "early June 2014", "late last year", "earlier this month".
    func modifier(_ i: Int) -> TimeHit? {
        let mw = word(i)
        guard mw == .early || mw == .late || mw == .mid || mw == .earlier || mw == .later else { return nil }
        var j = i + 1
        if punct(j) == cDash && attached(j) && attached(j + 1) { j += 1 }
        if mw == .early || mw == .late || mw == .mid {
            if let y = yearAt(j), rightOK(j + 1), leftNumOK(j) || j == i + 2 {
                return TimeHit(start: i, end: j + 1, value: PartialDate(year: y), isRelative: false, kind: .absolute)
            }
            if let (m, me) = monthAt(j) {
                if let y = yearAt(me), !attached(me), rightOK(me + 1) {
                    return TimeHit(start: i, end: me + 1, value: PartialDate(year: y, month: m), isRelative: false,
                                   kind: .absolute)
                }
                guard rightOK(me) else { return nil }
                let (v, rel) = resolveMonth(m, .near)
                return TimeHit(start: i, end: me, value: v, isRelative: rel, kind: .absolute)
            }
        }
        let rw = word(j)
        if rw == .this || rw == .last || rw == .next {
            let u = unit(j + 1)
            guard u >= TimeUnit.week, u <= TimeUnit.year, rightOK(j + 2) else { return nil }
            guard let (v, kind) = shift(unit: u, by: rw == .last ? -1 : rw == .next ? 1 : 0) else { return nil }
            return TimeHit(start: i, end: j + 2, value: v, isRelative: true, kind: kind)
        }
        if (mw == .earlier || mw == .later) && rw == .today, let v = shiftDays(0) {
            return TimeHit(start: i, end: j + 1, value: v, isRelative: true, kind: .relativeDay)
        }
        return nil
    }

    func dayHit(_ s: Int, _ e: Int, _ k: Int) -> TimeHit? {
        guard rightOK(e), let v = shiftDays(k) else { return nil }
        return TimeHit(start: s, end: e, value: v, isRelative: true, kind: .relativeDay)
    }

    /// today, yesterday, last/this/next X, the day before, the previous week, two days ago, a day earlier.
    func relative(_ i: Int) -> TimeHit? {
        let w0 = word(i)
        switch w0 {
        case .today, .tonight: return dayHit(i, i + 1, 0)
        case .yesterday: return dayHit(i, i + 1, -1)
        case .tomorrow: return dayHit(i, i + 1, 1)
        case .last, .this, .next:
            let off = w0 == .last ? -1 : w0 == .next ? 1 : 0
            let j = i + 1
            switch word(j) {
            case .night where w0 == .last: return dayHit(i, j + 1, -1)
            case .night, .morning, .afternoon, .evening: return w0 == .this ? dayHit(i, j + 1, 0) : nil
            case .unit:
                guard rightOK(j + 1), let (v, kind) = shift(unit: unit(j), by: off), unit(j) != TimeUnit.day
                else { return nil }
                return TimeHit(start: i, end: j + 1, value: v, isRelative: true, kind: kind)
            case .weekday:
                guard let (wd, e) = weekdayAt(j, beforeDate: false), rightOK(e) else { return nil }
                let v = resolveWeekday(wd, w0 == .last ? .last : w0 == .next ? .next : .plain) ?? PartialDate(year: nil)
                return TimeHit(start: i, end: e, value: v, isRelative: true, kind: .weekday, weekday: wd)
            case .month:
                guard let (m, me) = monthAt(j), rightOK(me), a.year != nil, dayAt(me) == nil else { return nil }
                let (v, _) = resolveMonth(m, w0 == .last ? .last : w0 == .next ? .next : .this)
                return TimeHit(start: i, end: me, value: v, isRelative: true, kind: .relativeMonth)
            default:
                return nil
            }
        case .the:
            let j = i + 1
            if unit(j) == TimeUnit.day {
                switch word(j + 1) {
                case .before where word(j + 2) == .yesterday: return dayHit(i, j + 3, -2)
                case .before: return dayHit(i, j + 2, -1)
                case .after: return dayHit(i, j + 2, 1)
                default: return nil
                }
            }
            let w1 = word(j)
            if w1 == .same, unit(j + 1) == TimeUnit.day { return dayHit(i, j + 2, 0) }
            // "on the eve of the visit": the day before the occasion the article reports, taken to be its day
            if w1 == .eve, word(j + 1) == .of, word(j + 2) == .the || word(j + 2) == .possessive, word(j + 3) == .occasion {
                return dayHit(i, j + 4, -1)
            }
            if w1 == .previous || w1 == .prior || w1 == .following || w1 == .next {
                let u = unit(j + 1)
                guard u >= TimeUnit.day, u <= TimeUnit.year, rightOK(j + 2),
                      let (v, kind) = shift(unit: u, by: (w1 == .previous || w1 == .prior) ? -1 : 1)
                else { return nil }
                return TimeHit(start: i, end: j + 2, value: v, isRelative: true, kind: kind)
            }
            return nil
        default:
            // two days ago, a day earlier, three months later, 10 years ago
            guard let (count, j) = countAt(i) else { return nil }
            let u = unit(j)
            guard u >= TimeUnit.day, u <= TimeUnit.year else { return nil }
            let dir = word(j + 1)
            guard dir == .ago || dir == .earlier || dir == .later, rightOK(j + 2) else { return nil }
            let k = dir == .later ? count : -count
            let shifted: (PartialDate, TimeExpression.Kind)?
            if u == TimeUnit.week {
                shifted = shiftDays(7 * k).map { (PartialDate(year: $0.year, month: $0.month), .relativeWeek) }
            } else {
                shifted = shift(unit: u, by: k)
            }
            guard let (v, kind) = shifted else { return nil }
            return TimeHit(start: i, end: j + 2, value: v, isRelative: true, kind: kind)
        }
    }

    /// "the past week", "(over) the past five months", "the last three years", "past 24 hours".
    func duration(_ i: Int) -> TimeHit? {
        var j = i
        let hasThe = word(j) == .the
        if hasThe { j += 1 }
        let pw = word(j)
        guard pw == .past || pw == .last || pw == .next else { return nil }
        j += 1
        var counted = false
        if word(j) == .vagueCount {
            counted = true; j += 1
        } else if word(j) != .a, word(j) != .an, let (_, e) = countAt(j) {
            counted = true; j = e
        }
        let u = unit(j)
        guard u != 0, rightOK(j + 1) else { return nil }
        if !hasThe && !counted && pw != .past { return nil }     // "last week", "next year": relative
        let v: PartialDate?
        switch u {
        case TimeUnit.hour: v = shiftDays(0) ?? anchorMonth()
        case TimeUnit.year: v = a.year.map { PartialDate(year: $0) }
        default: v = anchorMonth()
        }
        guard let v else { return nil }
        return TimeHit(start: i, end: j + 1, value: v, isRelative: true, kind: .duration)
    }

    /// "in June", "since June", "by March", "the end of June": a month name after a preposition.
    func monthWithTrigger(_ i: Int) -> TimeHit? {
        guard i > 0, !t[i].attached, let (m, me) = monthAt(i) else { return nil }
        let p = word(i - 1)
        // "collapsed in February last year", "in March this year": the year word after the month fixes its year
        // (not the month's last passing, which "last year" would contradict)
        if p == .in_ || p == .since || p == .during || p == .by || p == .until, let y = a.year,
           word(me) == .last || word(me) == .this || word(me) == .next, unit(me + 1) == TimeUnit.year, rightOK(me + 2) {
            let yy = word(me) == .last ? y - 1 : word(me) == .next ? y + 1 : y
            return TimeHit(start: i, end: me + 2, value: PartialDate(year: yy, month: m), isRelative: true, kind: .absolute)
        }
        guard rightOK(me) else { return nil }
        switch p {
        case .in_, .since, .until, .till, .by, .during, .before, .after, .of, .through, .throughout, .from:
            let (v, rel) = resolveMonth(m, p == .until || p == .till || p == .by ? .near : .past)
            return TimeHit(start: i, end: me, value: v, isRelative: rel, kind: .absolute)
        default:
            return nil
        }
    }

    func core(_ i: Int) -> TimeHit? {
        guard i < n else { return nil }
        let tk = t[i]
        switch tk.kind {
        case .punct:
            return nil
        case .number:
            if let w = written(i, bareYear: false) { return writtenHit(i, w) }
            return relative(i)
        case .word:
            guard TimeMatcher.startsCore(tk.info.word) else { return nil }
            if tk.info.word == .weekday, let (wd, e) = weekdayAt(i, beforeDate: true) {
                let j = punct(e) == cComma ? e + 1 : e
                if let w = written(j, bareYear: false), w.day != nil, var h = writtenHit(i, w, weekday: wd) {
                    h.weekday = wd
                    return h
                }
            }
            if tk.info.word == .month, let w = written(i, bareYear: false) { return writtenHit(i, w) }
            if let h = modifier(i) { return h }
            if let h = relative(i) { return h }
            if let h = duration(i) { return h }
            if tk.info.word == .weekday, let (wd, e) = weekdayAt(i, beforeDate: false), rightOK(e) {
                // without a complete anchor the weekday is still reported, with an empty value
                let v = resolveWeekday(wd, .plain) ?? PartialDate(year: nil)
                return TimeHit(start: i, end: e, value: v, isRelative: true, kind: .weekday, weekday: wd)
            }
            if tk.info.word == .month { return monthWithTrigger(i) }
            return nil
        }
    }

    /// The words `core` may match from.
    @inline(__always) static func startsCore(_ w: TimeWord) -> Bool {
        switch w {
        case .numberWord, .a, .an, .the, .past, .last, .next, .this, .today, .yesterday, .tomorrow,
             .tonight, .early, .earlier, .late, .later, .mid, .weekday, .month:
            return true
        default:
            return false
        }
    }

    /// Whether `matchAt(i)` may find anything: a number, a word `core` starts from, or one of the words
    /// `matchAt` wraps around it. Most tokens are not, and `scan` skips them without building a result.
    /// An article or a number word starts an expression only before the words `relative` and `duration`
    /// read after it: "the" and "a" are the commonest words of all, and `core` tried every rule at each.
    @inline(__always) func mayMatchAt(_ i: Int) -> Bool {
        switch t[i].kind {
        case .number: return true
        case .punct: return false
        case .word:
            let w = t[i].info.word
            switch w {
            case .a, .an, .numberWord:
                // a count, which dates only before a unit: "a week ago", "two days earlier"
                return word(i + 1) == .unit
            case .the:
                // "the day before", "the same day", "the eve of", "the previous week", "the past five months"
                switch word(i + 1) {
                case .unit, .same, .eve, .previous, .prior, .following, .next, .past, .last: return true
                default: return false
                }
            default:
                return w == .from || w == .between || w == .since || TimeMatcher.startsCore(w)
            }
        }
    }

    func matchAt(_ i: Int) -> TimeHit? {
        switch word(i) {
        case .from, .between:
            if let h = rangeWrapper(i) { return h }
        case .since:
            if var h = core(i + 1) {
                h.start = i
                h.kind = .since
                return h
            }
        default:
            break
        }
        return core(i)
    }

    mutating func scan() -> [TimeExpression] {
        var out: [TimeExpression] = []
        var i = 0
        while i < n {
            if mayMatchAt(i), let h = matchAt(i), h.end > h.start, leftOK(h.start) {
                out.append(TimeExpression(start: t[h.start].start, end: t[h.end - 1].end, value: h.value,
                                          rangeEnd: h.rangeEnd, isRelative: h.isRelative, kind: h.kind,
                                          weekday: h.weekday))
                if h.value.month == nil && h.value.year != nil && (h.kind == .absolute || h.kind == .since) {
                    prevYearEnd = h.end
                }
                i = h.end
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - Whole-string parsing (DateParsing.parse)

    func parseWhole() -> PartialDate? {
        var i = 0
        // a label such as "Published:" or "Last updated:"
        var j = 0
        while j < min(n, 3), t[j].kind == .word, t[j].info.word != .month, t[j].info.word != .weekday { j += 1 }
        if j > 0, punct(j) == cColon { i = j + 1 }
        if let (_, e) = weekdayAt(i, beforeDate: true) {
            i = e
            if punct(i) == cComma || punct(i) == cDot { i += 1 }
        }
        guard let w = written(i, bareYear: true) else { return nil }
        if w.month == nil {
            // a bare year must stand alone (or be followed by a time)
            guard w.end == n || isTimeSuffix(w.end) else { return nil }
        }
        return PartialDate(year: w.year, month: w.month, day: w.day)
    }
}
