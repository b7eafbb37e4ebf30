// Byte-level tokenizer and keyword lexicon for the time stage.
// One pass over UTF-8 bytes; words are looked up by a packed 5-bit-per-letter key
// (exact, collision free for ASCII words of up to 12 letters) in a table built once.

enum TimeWord: UInt8, Sendable {
    case none = 0
    case month, weekday, numberWord, vagueCount, ordinal, unit, season
    case in_, on, since, until, till, by, of, from, between, and, or, to, through, throughout, during, before, after
    case early, earlier, late, later, mid, last, next, this, past, the, a, an, ago
    case today, yesterday, tomorrow, tonight, night, morning, afternoon, evening, previous, following, prior, same
    /// "on the eve of the visit": `eve`, a possessive determiner, and the nouns of an occasion the article reports
    case eve, possessive, occasion
}

/// Unit codes stored in `TimeWordInfo.value` for `.unit` words.
enum TimeUnit {
    static let day: UInt8 = 1, week: UInt8 = 2, month: UInt8 = 3, year: UInt8 = 4, hour: UInt8 = 5
}

struct TimeWordInfo: Sendable {
    var word: TimeWord = .none
    /// Month 1...12, weekday 1...7, number for number words, unit code for units.
    var value: UInt8 = 0
    var abbreviation = false
    /// Ambiguous in lower case ("may", "march", "sat", "jan"...): only matched capitalised in running text.
    var needsCapital = false
}

enum TimeTokenKind: UInt8, Sendable { case word, number, punct }

struct TimeToken: Sendable {
    var start: Int
    var end: Int
    var value: Int            // numbers: numeric value (saturating); otherwise 0
    var info: TimeWordInfo    // words: lexicon entry (.none when unknown)
    var kind: TimeTokenKind
    var byte: UInt8           // punct: the ASCII byte (dashes → '-', curly quotes → '\'' / '"'); words: first byte
    var digits: UInt8         // numbers: digit count (saturating)
    var attached: Bool        // no whitespace between the previous token and this one
    var capital: Bool         // words: first letter is an ASCII capital
}

enum TimeLexicon {
    /// Packed key of an ASCII word (case-insensitive), nil when longer than 12 letters or not all letters.
    static func key<C: Collection>(_ bytes: C) -> UInt64? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var k: UInt64 = 0
        for b in bytes {
            let l = b | 0x20
            guard l &- 97 < 26 else { return nil }
            k = k << 5 | UInt64(l &- 96)
        }
        return k
    }

    static let table: [UInt64: TimeWordInfo] = {
        var t: [UInt64: TimeWordInfo] = [:]
        func add(_ s: String, _ w: TimeWord, _ v: UInt8 = 0, abbr: Bool = false, cap: Bool = false) {
            t[key(Array(s.utf8))!] = TimeWordInfo(word: w, value: v, abbreviation: abbr, needsCapital: cap)
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (i, m) in months.enumerated() {
            add(m, .month, UInt8(i + 1), cap: m == "may" || m == "march")
        }
        for (s, v) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                       ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            add(s, .month, UInt8(v), abbr: true, cap: true)
        }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in days.enumerated() { add(d, .weekday, UInt8(i + 1)) }
        for (s, v) in [("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4),
                       ("fri", 5), ("sat", 6), ("sun", 7)] {
            add(s, .weekday, UInt8(v), abbr: true, cap: true)
        }
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve"]
        for (i, s) in numbers.enumerated() { add(s, .numberWord, UInt8(i + 1)) }
        add("fifteen", .numberWord, 15); add("twenty", .numberWord, 20); add("thirty", .numberWord, 30)
        for s in ["few", "several", "many"] { add(s, .vagueCount) }
        for s in ["st", "nd", "rd", "th"] { add(s, .ordinal) }
        for (s, u) in [("day", TimeUnit.day), ("days", TimeUnit.day), ("week", TimeUnit.week), ("weeks", TimeUnit.week),
                       ("month", TimeUnit.month), ("months", TimeUnit.month), ("year", TimeUnit.year),
                       ("years", TimeUnit.year), ("hour", TimeUnit.hour), ("hours", TimeUnit.hour)] {
            add(s, .unit, u)
        }
        for s in ["spring", "summer", "autumn", "fall", "winter"] { add(s, .season) }
        let plain: [(String, TimeWord)] = [
            ("in", .in_), ("on", .on), ("since", .since), ("until", .until), ("till", .till), ("by", .by),
            ("of", .of), ("from", .from), ("between", .between), ("and", .and), ("or", .or), ("to", .to),
            ("through", .through), ("throughout", .throughout), ("during", .during), ("before", .before),
            ("after", .after), ("early", .early), ("earlier", .earlier), ("late", .late), ("later", .later),
            ("mid", .mid), ("last", .last), ("next", .next), ("this", .this), ("past", .past), ("the", .the),
            ("a", .a), ("an", .an), ("ago", .ago), ("today", .today), ("yesterday", .yesterday),
            ("tomorrow", .tomorrow), ("tonight", .tonight), ("night", .night), ("morning", .morning),
            ("afternoon", .afternoon), ("evening", .evening), ("previous", .previous),
            ("following", .following), ("prior", .prior), ("same", .same), ("eve", .eve),
            ("his", .possessive), ("her", .possessive), ("their", .possessive), ("its", .possessive),
            ("visit", .occasion), ("trip", .occasion), ("talks", .occasion), ("summit", .occasion),
            ("meeting", .occasion), ("arrival", .occasion), ("tour", .occasion),
        ]
        for (s, w) in plain { add(s, w) }
        return t
    }()

    /// Open-addressing copy of `table` (512 slots, multiplicative hash, linear probing): no `Hasher` per word.
    static let slotCount = 512
    static let slotKeys: [UInt64] = slots.keys
    static let slotInfos: [TimeWordInfo] = slots.infos
    private static let slots: (keys: [UInt64], infos: [TimeWordInfo]) = {
        var keys = [UInt64](repeating: 0, count: slotCount)
        var infos = [TimeWordInfo](repeating: TimeWordInfo(), count: slotCount)
        for (k, v) in table {
            var h = slot(k)
            while keys[h] != 0 { h = (h + 1) & (slotCount - 1) }
            keys[h] = k
            infos[h] = v
        }
        return (keys, infos)
    }()

    @inline(__always)
    static func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 55) }

    /// By byte, its class to the scan (`TimeByte`): one load, where the scan tested a byte for white
    /// space, a digit, ASCII, then a letter, in turn.
    static let byteClasses: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        if b >= 0x80 { return b == 0xC2 || b == 0xE2 ? TimeByte.maySpecial : TimeByte.otherNonASCII }
        if b == 32 || (b >= 9 && b <= 13) { return TimeByte.space }
        if b >= 48 && b <= 57 { return TimeByte.digit }
        return (b | 0x20) >= 97 && (b | 0x20) <= 122 ? TimeByte.letter : TimeByte.punct
    }

    /// Bit `last letter` set in `lastLetters[first letter * 13 + len]` when some keyword has that first
    /// letter, length and last letter: most words skip the dictionary lookup (first letter and length
    /// alone let two words in three through, half of them to miss).
    static let lastLetters: [UInt32] = {
        var m = [UInt32](repeating: 0, count: 27 * 13)
        for k in table.keys {
            var len = 0, first: UInt64 = 0, x = k
            while x != 0 { first = x & 31; x >>= 5; len += 1 }
            m[Int(first) * 13 + len] |= 1 << UInt32(k & 31)
        }
        return m
    }()
}

/// Classes of `TimeLexicon.byteClasses`. A word runs over letters and non-ASCII bytes (the first three,
/// below `punct`), up to a `special` sequence.
enum TimeByte {
    static let letter: UInt8 = 0, otherNonASCII: UInt8 = 1
    /// 0xC2, 0xE2: may start a `TimeTokenizer.special` sequence (a no-break or thin space, a dash, a curly quote).
    static let maySpecial: UInt8 = 2
    static let punct: UInt8 = 3, digit: UInt8 = 4, space: UInt8 = 5
}

enum TimeTokenizer {
    /// Length of a special non-ASCII sequence at `i` and what it stands for:
    /// 0 = none, otherwise `byte` 32 means whitespace, else a punctuation byte.
    @inline(__always)
    static func special(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (len: Int, byte: UInt8) {
        let n = b.count
        let c = b[i]
        if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 { return (2, 32) }                 // NBSP
        if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
            let x = b[i + 2]
            switch x {
            case 0x80...0x8B, 0xAF: return (3, 32)                                    // thin/narrow spaces
            case 0x90...0x95: return (3, UInt8(ascii: "-"))                           // hyphens, en/em dash
            case 0x98, 0x99: return (3, UInt8(ascii: "'"))
            case 0x9C, 0x9D: return (3, UInt8(ascii: "\""))
            default: return (0, 0)
            }
        }
        return (0, 0)
    }

    static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> [TimeToken] {
        withTables { t in
            var toks: [TimeToken] = []
            toks.reserveCapacity(b.count / 4 + 4)  // (as `Tokenizer.tokenize`: a fifth regrew often)
            tokenize(b, 0, b.count, attached: false, into: &toks, t)
            return toks
        }
    }

    /// The tokens `tokenize(doc.bytes)` gives, made from the document's own tokens where it can: a plain
    /// word or number (`Token.Flags.plain`), an ASCII punctuation byte or a dash or quote is one time token
    /// as it stands, any other token's bytes are split again (a time token never spans two of the
    /// document's). That holds only when the two tokenizers take every byte alike (`splitsAlike`): any
    /// other article is split again in full.
    static func tokenize(_ doc: Document) -> [TimeToken] {
        doc.bytes.withUnsafeBufferPointer { b -> [TimeToken] in
            guard b.count > 0 else { return [] }
            guard splitsAlike(b) else { return tokenize(b) }
            // (written in place: a token split again gives at most one time token per byte)
            var capacity = 0
            for tok in doc.tokens { capacity &+= tok.flags.contains(.plain) ? 1 : tok.end &- tok.start }
            guard capacity > 0 else { return [] }
            return withTables { t in
                [TimeToken](unsafeUninitializedCapacity: capacity) { buffer, count in
                    var out = ReservedTokens(base: buffer.baseAddress!)
                    for tok in doc.tokens {
                        let s = tok.start, e = tok.end, c = b[s]
                        let attached = !tok.flags.contains(.spaceBefore)
                        if tok.flags.contains(.plain) {
                            if tok.flags.contains(.number) {
                                var v = 0
                                for k in s..<e where v < 1_000_000_000 { v = v &* 10 &+ Int(b[k] &- 48) }
                                out.append(TimeToken(start: s, end: e, value: v, info: TimeWordInfo(), kind: .number, byte: c,
                                                     digits: UInt8(min(e - s, 255)), attached: attached, capital: false))
                            } else {
                                out.append(TimeToken(start: s, end: e, value: 0, info: lookup(b, s, e, ascii: true, t), kind: .word,
                                                     byte: c, digits: 0, attached: attached, capital: c &- 65 < 26))
                            }
                        } else if e &- s == 1 {
                            // (a one-byte token that is not a plain word is ASCII punctuation)
                            out.append(TimeToken(start: s, end: e, value: 0, info: TimeWordInfo(), kind: .punct, byte: c,
                                                 digits: 0, attached: attached, capital: false))
                        } else if c >= 0x80, case let sp = special(b, s), sp.len == e &- s {
                            out.append(TimeToken(start: s, end: e, value: 0, info: TimeWordInfo(), kind: .punct, byte: sp.byte,
                                                 digits: 0, attached: attached, capital: false))
                        } else {
                            tokenize(b, s, e, attached: attached, into: &out, t)
                        }
                    }
                    count = out.count
                }
            }
        }
    }

    /// Whether `classify` and this tokenizer take every byte of `b` alike, for a space, punctuation or part
    /// of a word: they differ only on non-ASCII punctuation and spaces outside the `special` sequences
    /// (no-break and thin spaces, hyphens and dashes, curly single and double quotes), which `classify`
    /// reads as such and this tokenizer as letters. (Read eight bytes at a time: most articles have no
    /// non-ASCII byte, or a few dashes and apostrophes.)
    static func splitsAlike(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let n = b.count
        var i = 0
        while i < n {
            if i &+ 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i &+= 8
                continue
            }
            let c = b[i]
            if c == 0xC2 {
                // (a no-break space; any other character of U+0080...U+00BF is punctuation to `classify`)
                guard i + 1 < n, b[i + 1] == 0xA0 else { return false }
                i &+= 2
            } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 {
                switch b[i + 2] {
                case 0x80...0x8B, 0xAF, 0x90...0x95, 0x98, 0x99, 0x9C, 0x9D: i &+= 3
                default: return false
                }
            } else if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 {
                return false  // (the ideographic space)
            } else {
                i &+= 1  // (ASCII, or a byte of a letter to both)
            }
        }
        return true
    }

    /// The lexicon's tables, as buffers for the loops below.
    private struct Tables {
        let keys: UnsafeBufferPointer<UInt64>, infos: UnsafeBufferPointer<TimeWordInfo>
        let masks: UnsafeBufferPointer<UInt32>, classes: UnsafeBufferPointer<UInt8>
    }

    private static func withTables<R>(_ body: (Tables) -> R) -> R {
        TimeLexicon.slotKeys.withUnsafeBufferPointer { keys in
            TimeLexicon.slotInfos.withUnsafeBufferPointer { infos in
                TimeLexicon.lastLetters.withUnsafeBufferPointer { masks in
                    TimeLexicon.byteClasses.withUnsafeBufferPointer { classes in
                        body(Tables(keys: keys, infos: infos, masks: masks, classes: classes))
                    }
                }
            }
        }
    }

    /// The lexicon entry of the word `b[s..<e]` (`ascii`: all its bytes are letters).
    @inline(__always)
    private static func lookup(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, ascii: Bool, _ t: Tables) -> TimeWordInfo {
        // The key is packed only for words whose first letter, length and last letter some keyword
        // has (few): the scan of the word just found its end.
        let len = e - s
        guard ascii, len <= 12 else { return TimeWordInfo() }
        let first = Int((b[s] | 0x20) &- 96)
        guard t.masks[first &* 13 &+ len] & (1 << UInt32((b[e &- 1] | 0x20) &- 96)) != 0 else { return TimeWordInfo() }
        var key: UInt64 = 0
        for k in s..<e { key = key << 5 | UInt64((b[k] | 0x20) &- 96) }
        var h = TimeLexicon.slot(key)
        while true {
            let k = t.keys[h]
            if k == key { return t.infos[h] }
            if k == 0 { return TimeWordInfo() }
            h = (h + 1) & (TimeLexicon.slotCount - 1)
        }
    }

    /// Splits `b[lo..<hi]`, appending to `toks`; `attached`: no white space before `lo`.
    private static func tokenize<Output: TimeTokenOutput>(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, attached: Bool,
                                                          into toks: inout Output, _ t: Tables) {
        let classes = t.classes
        let n = hi
        var i = lo
        var attached = attached
        while i < n {
            let c = b[i]
            let cls = classes[Int(c)]
            if cls == TimeByte.space { attached = false; i += 1; continue }
            if cls == TimeByte.digit {
                let s = i
                var v = 0
                while i < n, b[i] &- 48 < 10 {
                    if v < 1_000_000_000 { v = v &* 10 &+ Int(b[i] &- 48) }
                    i += 1
                }
                toks.append(TimeToken(start: s, end: i, value: v, info: TimeWordInfo(), kind: .number, byte: c,
                                      digits: UInt8(min(i - s, 255)), attached: attached, capital: false))
                attached = true
                continue
            }
            if cls == TimeByte.punct {
                toks.append(TimeToken(start: i, end: i + 1, value: 0, info: TimeWordInfo(), kind: .punct, byte: c,
                                      digits: 0, attached: attached, capital: false))
                i += 1
                attached = true
                continue
            }
            if cls == TimeByte.maySpecial {
                let sp = special(b, i)
                if sp.len > 0 {
                    if sp.byte == 32 { attached = false } else {
                        toks.append(TimeToken(start: i, end: i + sp.len, value: 0, info: TimeWordInfo(), kind: .punct,
                                              byte: sp.byte, digits: 0, attached: attached, capital: false))
                        attached = true
                    }
                    i += sp.len
                    continue
                }
            }
            // word: ASCII letters and non-special non-ASCII bytes
            let s = i
            var ascii = true
            while i < n {
                let k = classes[Int(b[i])]
                if k == TimeByte.letter { i &+= 1; continue }
                if k >= TimeByte.punct || (k == TimeByte.maySpecial && special(b, i).len > 0) { break }
                ascii = false
                i &+= 1
            }
            toks.append(TimeToken(start: s, end: i, value: 0, info: lookup(b, s, i, ascii: ascii, t), kind: .word, byte: c,
                                  digits: 0, attached: attached, capital: c &- 65 < 26))
            attached = true
        }
    }
}

/// Where the tokenizer's loop puts its tokens: an array, or memory reserved for all of them.
private protocol TimeTokenOutput {
    mutating func append(_ t: TimeToken)
}

extension Array: TimeTokenOutput where Element == TimeToken {}

/// Tokens written one after the other from `base`, which has room for all of them.
private struct ReservedTokens: TimeTokenOutput {
    let base: UnsafeMutablePointer<TimeToken>
    var count = 0

    @inline(__always) mutating func append(_ t: TimeToken) {
        (base + count).initialize(to: t)
        count &+= 1
    }
}
