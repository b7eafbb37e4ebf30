import Foundation

/// What a dateline or date line says: `MOSCOW, September 9. /ITAR-TASS/.`, `MOSCOW, April 9 (RIA Novosti) –`,
/// `BEIRUT (AP) —`, `(Xinhua) --`, `RT 27.06.2014`, `11.11.2013 ITAR-TASS`, Reuters' bare `WASHINGTON `.
public struct Dateline: Sendable, Equatable {
    public var place: String?
    public var date: PartialDate?
    public var agency: String?
    /// Bytes of the line the dateline covers (from the line start); the rest of the line is body text.
    public var length: Int
    /// The whole line is metadata (a date line), not the start of a body paragraph.
    public var wholeLine: Bool
    /// The country named after the place's comma ("KHUJAND, Tajikistan, March 3 (Reuters) -"): the story's state when
    /// the gazetteer does not know the place.
    public var country: String? = nil
}

public enum DatelineParser {
    /// Agencies as they appear in datelines, with the name kgbuild reports.
    static let agencies: [(String, String)] = [
        ("ITAR-TASS", "ITAR-TASS"), ("ITAR TASS", "ITAR-TASS"), ("TASS", "TASS"), ("RIA Novosti", "RIA Novosti"),
        ("RIA", "RIA Novosti"), ("Reuters", "Reuters"), ("AP", "AP"), ("Associated Press", "AP"), ("AFP", "AFP"),
        ("Xinhua", "Xinhua"), ("RT", "RT"), ("Sputnik", "Sputnik"), ("Interfax", "Interfax"), ("UPI", "UPI"),
        ("Kazinform", "Kazinform"), ("BBC", "BBC"), ("VOA", "VOA"), ("Anadolu", "Anadolu"), ("IRNA", "IRNA"),
        ("Yonhap", "Yonhap"), ("KCNA", "KCNA"), ("SANA", "SANA"), ("Trend", "Trend"), ("Prensa Latina", "Prensa Latina"),
        ("dpa", "dpa"), ("DPA", "dpa"), ("EFE", "EFE"), ("ANSA", "ANSA"), ("Kyodo", "Kyodo"), ("PTI", "PTI"),
        ("IANS", "IANS"), ("APA", "APA"), ("Ukrinform", "Ukrinform"), ("UNIAN", "UNIAN"), ("BelTA", "BelTA"),
        ("CNN", "CNN"), ("Bloomberg", "Bloomberg"), ("MENA", "MENA"), ("Petra", "Petra"), ("WAM", "WAM"), ("SPA", "SPA"),
        ("AA", "Anadolu"), ("Anadolu Agency", "Anadolu"), ("Agence France-Presse", "AFP"), ("Xinhua News Agency", "Xinhua"),
        ("ANI", "ANI"), ("APP", "APP"), ("Bernama", "Bernama"), ("Antara", "Antara"), ("KUNA", "KUNA"), ("QNA", "QNA"),
        ("Tasnim", "Tasnim"), ("Fars", "Fars"), ("PAP", "PAP"), ("Lusa", "Lusa"), ("Jiji", "Jiji"), ("NNA", "NNA"),
        ("CGTN", "CGTN"),
        // Central Asia's, the Nordic and Australian agencies: "DUSHANBE (AKIpress) -", "LONGYEARBYEN, Norway (NTB) -",
        // "PORT MORESBY, March 17 AAP -"
        ("AKIpress", "AKIpress"), ("Kabar", "Kabar"), ("Khovar", "Khovar"), ("Asia-Plus", "Asia-Plus"), ("NTB", "NTB"),
        ("Ritzau", "Ritzau"), ("STT", "STT"), ("AAP", "AAP"), ("Australian Associated Press", "AAP"), ("Armenpress", "Armenpress"),
        ("AZERTAC", "AZERTAC"), ("Tanjug", "Tanjug"), ("HINA", "HINA"), ("BTA", "BTA"), ("Agerpres", "Agerpres"), ("MTI", "MTI"),
    ]

    /// The agency `s` names, trimmed of ` .,-–—/()` as Foundation's `trimmingCharacters` trims them
    /// (on bytes: the CharacterSet was most of a dateline's cost).
    static func agency(_ s: Substring) -> String? {
        var s = s
        let t = s.withUTF8 { u -> String in
            var lo = 0, hi = u.count
            while lo < hi {
                if Self.trimmedASCII(u[lo]) { lo += 1 } else if hi - lo >= 3, Self.isEnOrEmDash(u, lo) { lo += 3 } else { break }
            }
            while hi > lo {
                if Self.trimmedASCII(u[hi - 1]) { hi -= 1 } else if hi - lo >= 3, Self.isEnOrEmDash(u, hi - 3) { hi -= 3 } else { break }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: u[lo..<hi]), as: UTF8.self)
        }
        for (k, v) in agencies where t == k { return v }
        return nil
    }

    /// ` .,-/()`
    @inline(__always) static func trimmedASCII(_ b: UInt8) -> Bool {
        b == 32 || b == 46 || b == 44 || b == 45 || b == 47 || b == 40 || b == 41
    }

    /// `–` or `—` at `i`.
    @inline(__always) static func isEnOrEmDash(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x93 || u[i + 2] == 0x94)
    }

    /// Whether `trimmed` splits on spaces into five words or more (then it is no date line), on bytes; nil
    /// when a non-ASCII byte touches a space before that is known, where a Character may hold the space.
    static func hasFiveWords(_ trimmed: Substring) -> Bool? {
        var t = trimmed
        return t.withUTF8 { u -> Bool? in
            var words = 0, i = 0
            while i < u.count {
                while i < u.count, u[i] == 32 { i += 1 }
                guard i < u.count else { return false }
                if i > 0, u[i] >= 0x80 { return nil }
                words += 1
                if words == 5 { return true }
                while i < u.count, u[i] != 32 { i += 1 }
                if i < u.count, u[i - 1] >= 0x80 { return nil }
            }
            return false
        }
    }

    /// Parses the start of a body line. `isPlace` says whether an all-capitals word is a known place,
    /// needed for Reuters' bare `WASHINGTON The United States...`.
    public static func parse(line: Substring, isPlace: (String) -> Bool = { _ in false }) -> Dateline? {
        // Trimmed and split without copying (callers pass the first line, cut to a few hundred bytes).
        var lo = line.startIndex, hi = line.endIndex
        while lo < hi, line[lo] == " " || line[lo] == "\t" { lo = line.index(after: lo) }
        while hi > lo, line[line.index(before: hi)] == " " || line[line.index(before: hi)] == "\t" { hi = line.index(before: hi) }
        let trimmed = line[lo..<hi]
        if trimmed.isEmpty { return nil }
        // A date line: "RT 27.06.2014", "11.11.2013 ITAR-TASS", "27.06.2014" (a fifth word means it is not one)
        if hasFiveWords(trimmed) == true { return parseLead(line, isPlace: isPlace) }
        let words = trimmed.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
        if words.count <= 4 {
            var date: PartialDate? = nil
            var agencyName: String? = nil
            var rest: [Substring] = []
            for w in words {
                if date == nil, w.first?.isNumber == true, let d = DateParsing.parse(String(w)) { date = d }
                else { rest.append(w) }
            }
            if date != nil {
                let r = rest.joined(separator: " ")
                agencyName = agency(Substring(r))
                if agencyName != nil || rest.isEmpty {
                    return Dateline(place: nil, date: date, agency: agencyName, length: line.utf8.count, wholeLine: true)
                }
            }
        }
        return parseLead(line, isPlace: isPlace)
    }

    /// `PLACE[, DATE][.] [/AGENCY/ | (AGENCY)][.] [– | — | --]`; also Interfax's `MOSCOW. Nov 26 (Interfax) -` and,
    /// before an agency only, a place in title case: AFP's `Doha (AFP) -`, KCNA's `Pyongyang, November 27 (KCNA) --`.
    static func parseLead(_ line: Substring, isPlace: (String) -> Bool) -> Dateline? {
        var line = line
        let u = line.withUTF8 { Array($0) }  // (copied at once, not byte by byte)
        var i = 0
        func skipSpaces() { while i < u.count, u[i] == 32 || u[i] == 9 { i += 1 } }
        func isCapsWordStart(_ j: Int) -> Bool { j < u.count && isASCIIUpper(u[j]) }
        skipSpaces()
        // place: a run of words in capitals ("MOSCOW", "NEW YORK", "ST. PETERSBURG", "DAR ES SALAAM")
        var placeEnd = i
        var j = i
        var sawCaps = false
        while j < u.count {
            var k = j
            var letters = 0
            while k < u.count, isASCIIUpper(u[k]) || u[k] == 46 || u[k] == 39 || u[k] == 45 || u[k] >= 0x80 {
                if isASCIIUpper(u[k]) { letters += 1 }
                k += 1
            }
            if letters == 0 || (k < u.count && isASCIILower(u[k])) { break }
            sawCaps = true
            placeEnd = k
            j = k
            if j < u.count, u[j] == 32, isCapsWordStart(j + 1) {
                // next word also in capitals? peek
                var m = j + 1
                var caps = true
                while m < u.count, u[m] != 32, u[m] != 44, u[m] != 40 {
                    if isASCIILower(u[m]) { caps = false; break }
                    m += 1
                }
                if caps, m - (j + 1) >= 2 { j += 1; continue }
            }
            break
        }
        // "Doha (AFP)", "Pyongyang, November 27 (KCNA)": one to three title-case words, kept below only when an
        // agency follows (a sentence's first words are title case too)
        var titleCasePlace = false
        if !sawCaps {
            var k = i, words = 0
            while words < 3, k < u.count, isASCIIUpper(u[k]), k + 1 < u.count, isASCIILower(u[k + 1]) {
                k += 1
                while k < u.count, isASCIILower(u[k]) || u[k] == 45 || u[k] == 39 { k += 1 }
                words += 1
                placeEnd = k
                guard k + 1 < u.count, u[k] == 32, isASCIIUpper(u[k + 1]) else { break }
                k += 1
            }
            if words > 0, placeEnd < u.count, u[placeEnd] == 44 || (u[placeEnd] == 32 && placeEnd + 1 < u.count && u[placeEnd + 1] == 40) {
                sawCaps = true
                titleCasePlace = true
            }
        }
        var place: String? = nil
        var date: PartialDate? = nil
        var agencyName: String? = nil
        if sawCaps, placeEnd - i >= 3 {
            place = String(decoding: u[i..<placeEnd], as: UTF8.self)
            i = placeEnd
        }
        // UPI's "June 21 (UPI) --", with no place: a date first, kept below only when an agency follows (a
        // sentence may open with a date too: "June 21 was the longest day")
        var dateFirst = false
        if place == nil, i < u.count, isASCIIUpper(u[i]) || (u[i] >= 48 && u[i] <= 57) {
            var k = i
            while k < u.count, u[k] != 40, u[k] != 47, k - i < 20 { k += 1 }
            var b = k
            while b > i, u[b - 1] == 32 { b -= 1 }
            if k < u.count, k > i, b > i, let d = DateParsing.parse(String(decoding: u[i..<b], as: UTF8.self)), d.day != nil {
                date = d
                dateFirst = true
                i = k
            }
        }
        let afterPlace = i
        // ", India, Jan 9 (Reuters)", ", Philippines (AP)": the country after the city, in title case, kept only
        // when a date or an agency follows it
        var country: String? = nil
        if place != nil, let c = countryAfterPlace(u, i) {
            var a = i + 1
            while a < c, u[a] == 32 { a += 1 }
            country = String(decoding: u[a..<c], as: UTF8.self)
            i = c
        }
        // ", September 9." / ", April 9" / ", Oct. 15 (Xinhua)"
        // "MOSCOW. Nov 26 (Interfax)": the place's period stands for that comma when a date follows it
        let periodForComma = i == afterPlace && i < u.count && u[i] == 32 && place.map { $0.utf8.count >= 4 && $0.utf8.last == 46 } == true
        if place != nil, i < u.count, u[i] == 44 || periodForComma {
            var k = i + 1
            while k < u.count, u[k] != 46 || (k + 1 < u.count && u[k + 1] != 32 && u[k + 1] != 47) || monthPeriod(u, k), u[k] != 40, u[k] != 47, k - i < 40 {
                if u[k] == 0xE2 { break }
                // ("TOKYO, Sept. 14 Kyodo - Six ships entered …": the dash after a bare agency ends the date line)
                if u[k] == 45, u[k - 1] == 32, k + 1 < u.count, u[k + 1] == 32 { break }
                k += 1
            }
            var (a, b) = (i + 1, k)  // trimmed of spaces
            while a < b, u[a] == 32 { a += 1 }
            while b > a, u[b - 1] == 32 { b -= 1 }
            // Kyodo's "TOKYO, March 20 Kyodo -": a bare agency after the date, its last word
            if let sp = u[a..<b].lastIndex(of: 32), let name = agency(Substring(String(decoding: u[(sp + 1)..<b], as: UTF8.self))),
               DateParsing.parse(String(decoding: u[a..<sp], as: UTF8.self)) != nil {
                agencyName = name
                b = sp
            }
            if let d = DateParsing.parse(String(decoding: u[a..<b], as: UTF8.self)) {
                date = d
                if periodForComma { place!.removeLast() }
                i = k
                if i < u.count, u[i] == 46 { i += 1 }
            }
        }
        // IRNA's "Tehran, IRNA --": an agency named bare after the place's comma, before a dash
        if place != nil, date == nil, i < u.count, u[i] == 44 {
            var k = i + 1
            while k < u.count, u[k] != 45, u[k] != 0xE2, k - i < 30 { k += 1 }
            if k < u.count, k - i < 30, let a = agency(Substring(String(decoding: u[(i + 1)..<k], as: UTF8.self))) {
                agencyName = a
                i = k
            }
        }
        skipSpaces()
        // "/ITAR-TASS/." or "(RIA Novosti)"
        if i < u.count, u[i] == 47 || u[i] == 40 {
            let close: UInt8 = u[i] == 47 ? 47 : 41
            if let k = u[(i + 1)...].firstIndex(of: close), k - i < 40 {
                let name = String(decoding: u[(i + 1)..<k], as: UTF8.self)
                if let a = agency(Substring(name)) {
                    agencyName = a
                    i = k + 1
                    if i < u.count, u[i] == 46 { i += 1 }
                }
            }
        }
        if (titleCasePlace || dateFirst) && agencyName == nil { return nil }
        skipSpaces()
        var dash = false
        // "–", "—", "--", "-"
        while i < u.count {
            if u[i] == 45 { i += 1; dash = true; continue }
            if u[i] == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x93 || u[i + 2] == 0x94 { i += 3; dash = true; continue }
            break
        }
        skipSpaces()
        if agencyName == nil && date == nil && !dash {
            // Reuters' web text: "WASHINGTON The United States..." — only for a known place
            // and Dawn's "KARACHI: Police said...", the place's colon before the lead
            let colon = afterPlace + 1 < u.count && u[afterPlace] == 58 && u[afterPlace + 1] == 32
            guard let pl = place, afterPlace < u.count, u[afterPlace] == 32 || colon, isPlace(titleCase(pl)) else { return nil }
            if pl.count < 4 { return nil }
            return Dateline(place: titleCase(pl), date: nil, agency: nil, length: afterPlace + (colon ? 2 : 1), wholeLine: false)
        }
        if place == nil && agencyName == nil { return nil }
        return Dateline(place: place.map(titleCase), date: date, agency: agencyName, length: i, wholeLine: i >= u.count, country: country)
    }

    /// A dateline on a line of its own, or under a byline line, at the head of a text: Anadolu's "ANKARA" over
    /// the lead, The Hindu's "Special Correspondent" over "COLOMBO", Dawn's "Our Staff Reporter" over
    /// "ISLAMABAD: Pakistan said…". `u` is the text's head; lines start at `start`. Gives the dateline and the
    /// bytes to blank (the byline line, the dateline line or its dateline part). A place alone in title case
    /// counts only under a byline (a one-word headline may be a place name used as a word), and a place alone
    /// only when a lead follows it.
    public static func parseHead(_ u: [UInt8], from start: Int, isPlace: (String) -> Bool) -> (dateline: Dateline, blank: Range<Int>)? {
        // the first three non-blank lines
        var lines: [Range<Int>] = []
        var i = start
        while lines.count < 3, i < u.count {
            while i < u.count, u[i] == 10 || u[i] == 13 || u[i] == 32 || u[i] == 9 { i += 1 }
            var e = i
            while e < u.count, u[e] != 10 { e += 1 }
            var t = e
            while t > i, u[t - 1] == 13 || u[t - 1] == 32 || u[t - 1] == 9 { t -= 1 }
            if t > i { lines.append(i..<t) }
            i = e
        }
        func text(_ r: Range<Int>) -> Substring { Substring(String(decoding: u[r], as: UTF8.self)) }
        func isLead(_ n: Int) -> Bool { n < lines.count && lines[n].count >= minLeadBytes }
        guard lines.count >= 2 else { return nil }
        if isLead(1), let d = bareLine(text(lines[0]), titleCase: false, isPlace: isPlace) {
            return (d, lines[0])
        }
        guard isByline(text(lines[0])) else { return nil }
        if let d = parse(line: text(lines[1]), isPlace: isPlace) {
            return (d, lines[0].lowerBound..<min(lines[1].upperBound, lines[1].lowerBound + d.length))
        }
        if isLead(2), let d = bareLine(text(lines[1]), titleCase: true, isPlace: isPlace) {
            return (d, lines[0].lowerBound..<lines[1].upperBound)
        }
        return nil
    }

    /// Shorter than the lead's first sentence: what may not follow a dateline on its own line.
    static let minLeadBytes = 40

    /// A line that is only a known place: "ANKARA", "DAR ES SALAAM", "COLOMBO:", and in title case "Colombo" when
    /// `titleCase` allows it.
    static func bareLine(_ line: Substring, titleCase allowTitle: Bool, isPlace: (String) -> Bool) -> Dateline? {
        var s = line
        let name: String? = s.withUTF8 { u -> String? in
            var hi = u.count
            while hi > 0, u[hi - 1] == 32 || u[hi - 1] == 9 || u[hi - 1] == 13 { hi -= 1 }
            if hi > 0, u[hi - 1] == 58 { hi -= 1 }  // "ISLAMABAD:"
            guard hi >= 3, hi <= 40 else { return nil }
            var lower = false, wordStart = true, titleShaped = true, words = 0
            for b in u[0..<hi] {
                if b == 32 { wordStart = true; continue }
                guard isASCIILetter(b) || b == 45 || b == 46 || b == 39 else { return nil }
                if wordStart { words += 1; if !isASCIIUpper(b) { titleShaped = false } }
                if isASCIILower(b) { lower = true }
                wordStart = false
            }
            guard words <= 4, titleShaped else { return nil }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: u[0..<hi]), as: UTF8.self)
            if !lower { return Self.titleCase(raw) }
            return allowTitle ? raw : nil
        }
        guard let n = name, isPlace(n) else { return nil }
        return Dateline(place: n, date: nil, agency: nil, length: line.utf8.count, wholeLine: true)
    }

    /// The lower-case words a byline line may hold: "By Jane Roe", "Jane Roe and John Doe", "Staff Reporter in Lahore".
    static let bylineJoiners: Set<String> = ["by", "and", "of", "in", "the", "from"]

    /// A byline line: a few words in title case, with none of a sentence's punctuation or figures ("Special
    /// Correspondent", "Our Staff Reporter", "By Jane Roe", "Jane Roe and John Doe", "Reuters").
    static func isByline(_ line: Substring) -> Bool {
        var s = line
        return s.withUTF8 { u -> Bool in
            guard u.count >= 2, u.count <= 48 else { return false }
            var words = 0, wordStart = true, k = 0
            while k < u.count {
                let b = u[k]
                if b == 32 { wordStart = true; k += 1; continue }
                if wordStart {
                    words += 1
                    if !isASCIIUpper(b) {
                        // "By", "and", "of", "in": lower-case joining words
                        var e = k
                        while e < u.count, u[e] != 32 { e += 1 }
                        let w = String(decoding: UnsafeBufferPointer(rebasing: u[k..<e]), as: UTF8.self)
                        guard bylineJoiners.contains(w) else { return false }
                    }
                }
                // letters, a name's hyphen, apostrophe or initial's period; a comma before a place
                guard isASCIILetter(b) || b == 45 || b == 39 || b == 46 || b == 44 || b >= 0x80 else { return false }
                wordStart = false
                k += 1
            }
            return words >= 1 && words <= 6 && u[u.count - 1] != 46 && u[u.count - 1] != 44
        }
    }

    /// Where `, Country` after a dateline's place ends (at its `,` before a date, or at the ` (` / ` /` of an
    /// agency), nil when what follows the comma is not one to three title-case words so followed.
    static func countryAfterPlace(_ u: [UInt8], _ start: Int) -> Int? {
        guard start < u.count, u[start] == 44 else { return nil }
        var k = start + 1, words = 0
        while k < u.count, u[k] == 32 { k += 1 }
        while words < 3, k < u.count, isASCIIUpper(u[k]) {
            k += 1
            while k < u.count, isASCIILower(u[k]) { k += 1 }
            words += 1
            guard k < u.count else { return nil }
            if u[k] == 44 {
                // a date must follow: ", India, Jan 9"
                var d = k + 1
                while d < u.count, u[d] == 32 { d += 1 }
                guard d < u.count, isASCIIUpper(u[d]) || (u[d] >= 48 && u[d] <= 57) else { return nil }
                var e = d
                while e < u.count, e - d < 24, u[e] != 40, u[e] != 47, u[e] != 45, u[e] < 0x80 { e += 1 }
                return DateParsing.parse(String(decoding: u[d..<e], as: UTF8.self)) == nil ? nil : k
            }
            guard u[k] == 32, k + 1 < u.count else { return nil }
            if u[k + 1] == 40 || u[k + 1] == 47 { return k }
            k += 1
        }
        return nil
    }

    /// The period of a month's abbreviation inside a dateline's date ("Oct. 15"): a letter before it and a
    /// digit after its space.
    @inline(__always) static func monthPeriod(_ u: [UInt8], _ k: Int) -> Bool {
        u[k] == 46 && k > 0 && (isASCIIUpper(u[k - 1]) || isASCIILower(u[k - 1])) && k + 2 < u.count && u[k + 1] == 32
            && u[k + 2] >= 48 && u[k + 2] <= 57
    }

    /// "NEW YORK" → "New York", "ST. PETERSBURG" → "St. Petersburg".
    public static func titleCase(_ s: String) -> String {
        if isPlainASCII(s) {  // a byte a Character, cased as `uppercased()`/`lowercased()` case ASCII
            var start = true
            return String(decoding: s.utf8.map { b -> UInt8 in
                if b == 32 || b == 45 || b == 46 || b == 39 { start = true; return b }
                defer { start = false }
                return start ? (isASCIILower(b) ? b - 32 : b) : asciiLower(b)
            }, as: UTF8.self)
        }
        var out = ""
        var startOfWord = true
        for ch in s {
            if ch == " " || ch == "-" || ch == "." || ch == "'" { out.append(ch); startOfWord = true; continue }
            out += startOfWord ? String(ch).uppercased() : String(ch).lowercased()
            startOfWord = false
        }
        return out
    }
}
