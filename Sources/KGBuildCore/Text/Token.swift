/// One token of an article: a span of its UTF-8 bytes plus what matching needs to know about it.
public struct Token: Sendable, Equatable {
    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let word = Flags(rawValue: 1)
        public static let capitalized = Flags(rawValue: 2)
        public static let allCaps = Flags(rawValue: 4)
        public static let number = Flags(rawValue: 8)
        public static let spaceBefore = Flags(rawValue: 16)
        public static let lineBefore = Flags(rawValue: 32)
        public static let openQuote = Flags(rawValue: 64)
        public static let closeQuote = Flags(rawValue: 128)
        public static let ambiguousQuote = Flags(rawValue: 256)
        public static let hyphen = Flags(rawValue: 512)
        public static let dash = Flags(rawValue: 1024)
        public static let possessive = Flags(rawValue: 2048)
        public static let sentenceEnd = Flags(rawValue: 4096)
        public static let acronym = Flags(rawValue: 8192)
        /// A word of ASCII letters only, or of ASCII digits only: one token of the time stage's too
        /// (`TimeTokenizer.tokenize(_: Document)` takes it as it is, where it splits any other word again).
        public static let plain = Flags(rawValue: 16384)

        /// OptionSet's `contains` (every bit of `member` set), always inlined: the finders test a token's
        /// flags at most tokens, and the generic one was a call each time (250 k on the 1 MB bench corpus).
        @inline(__always) public func contains(_ member: Flags) -> Bool { rawValue & member.rawValue == member.rawValue }
    }

    public var start: Int
    public var end: Int
    /// Case-folded hash of the token's bytes (typographic apostrophes folded to `'`).
    public var key: UInt64
    public var flags: Flags

    // (bit tests, always inlined: the finders ask them of most tokens, and passOne and event called them,
    // and through them OptionSet's contains, about 400 k times on the 1 MB bench corpus)
    @inline(__always) public var isWord: Bool { flags.rawValue & Flags.word.rawValue != 0 }
    @inline(__always) public var isCapitalized: Bool { flags.rawValue & Flags.capitalized.rawValue != 0 }
    @inline(__always) public var isQuote: Bool {
        flags.rawValue & (Flags.openQuote.rawValue | Flags.closeQuote.rawValue | Flags.ambiguousQuote.rawValue) != 0
    }
}

/// Splits UTF-8 text into tokens in one pass over its bytes.
public enum Tokenizer {
    public static func tokenize(_ p: UnsafeBufferPointer<UInt8>, from lo: Int = 0, to hi: Int? = nil) -> [Token] {
        let end = hi ?? p.count
        var out: [Token] = []
        // (news runs to about a token per four to five bytes: a quarter of them does not regrow; a short
        // phrase of the lexicon, at most a token per byte)
        out.reserveCapacity(end - lo < 64 ? end - lo : (end - lo) / 4)
        var i = lo
        var space = true
        var line = true
        while i < end {
            let (cls, len) = classify(p, i)
            switch cls {
            case .space:
                space = true; i += len
            case .newline:
                space = true; line = true; i += len
            case .letter, .upper, .digit:
                let (tok, next) = word(p, i, end, cls)
                var t = tok
                if space { t.flags.insert(.spaceBefore) }
                if line { t.flags.insert(.lineBefore) }
                out.append(t)
                i = next; space = false; line = false
            default:
                var flags: Token.Flags = []
                var h = TokenHasher()
                switch cls {
                case .openQuote: flags.insert(.openQuote); h.add(34)
                case .closeQuote: flags.insert(.closeQuote); h.add(34)
                case .ambiguousQuote: flags.insert(.ambiguousQuote); h.add(34)
                case .apostrophe:
                    // Possessive 's (Russia's, Russia’s) is its own token.
                    let j = i + len
                    if j < end, asciiLower(p[j]) == 115, j + 1 >= end || !isWordByte(p, j + 1), !space {
                        h.add(39); h.add(115)
                        out.append(Token(start: i, end: j + 1, key: h.value, flags: [.possessive, .word]))
                        i = j + 1; space = false; line = false
                        continue
                    }
                    flags.insert(.ambiguousQuote); h.add(39)
                case .hyphen: flags.insert(.hyphen); h.add(45)
                case .dash: flags.insert(.dash); h.add(45); h.add(45)
                default:
                    for k in i..<(i + len) { h.add(p[k]) }
                }
                if space { flags.insert(.spaceBefore) }
                if line { flags.insert(.lineBefore) }
                out.append(Token(start: i, end: i + len, key: h.value, flags: flags))
                i += len; space = false; line = false
            }
        }
        return out
    }

    @inline(__always) static func isWordByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let (c, _) = classify(p, i)
        return c == .letter || c == .upper || c == .digit
    }

    /// A word: letters and digits, with inner apostrophes (don't, O'Brien), dotted acronyms (U.S., U.N.)
    /// and numbers with separators (1,000; 3.5; 27.06.2014). Hyphens split words into separate tokens.
    static func word(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ first: ByteClass) -> (Token, Int) {
        var h = TokenHasher()
        var i = start
        // What the flags need of the letters and digits: capitals (counted: a word of one capital is all
        // capitals only as a dotted acronym), other letters, digits. (Three counts, which the loop kept in
        // memory, cost more than the hash.)
        var upper = 0, lower = false, digits = false
        let numeric = first == .digit
        var acronym = false
        // (set where a byte the loop below does not take as an ASCII letter or digit joins the word)
        var joined = false
        while i < end {
            // ASCII letters and digits (most of a word): classified and hashed here, as `classify` would
            let b = p[i]
            // (hashed as `add` would: lower case and digits as they are, a capital with its 0x20 bit set;
            // counts and index cannot overflow, so they wrap unchecked)
            if isASCIILower(b) { lower = true; h.addFolded(b); i &+= 1; continue }
            if isASCIIUpper(b) { upper &+= 1; h.addFolded(b | 0x20); i &+= 1; continue }
            if isASCIIDigit(b) { digits = true; h.addFolded(b); i &+= 1; continue }
            // any other ASCII byte ends the word but an apostrophe, a comma or a period (the cases below):
            // a space or punctuation after a word is not classified
            if b < 0x80 && b != 39 && b != 44 && b != 46 { break }
            let (c, len) = classify(p, i)
            if c == .letter || c == .upper || c == .digit {
                if c == .upper { upper &+= 1 } else if c == .digit { digits = true } else { lower = true }
                if len == 1 { h.add(p[i]) } else { for k in i..<(i + len) { h.add(p[k]) } }
                i += len
                joined = true
                continue
            }
            if c == .apostrophe, i + len < end {
                let j = i + len
                // keep inner apostrophes unless it is a possessive 's
                if asciiLower(p[j]) == 115, j + 1 >= end || !isWordByte(p, j + 1) { break }
                if isWordByte(p, j) { h.add(39); i = j; joined = true; continue }
                break
            }
            if c == .punct && len == 1 {
                let b = p[i]
                let n: UInt8 = i + 1 < end ? p[i + 1] : 0
                if numeric && (b == 44 || b == 46) && isASCIIDigit(n) { h.add(b); i += 1; joined = true; continue }
                // Dotted acronym: single capitals each followed by '.' (U.S., U.N., E.U.)
                if b == 46 && !numeric && isASCIIUpper(p[i - 1]) && (i - 1 == start || p[i - 2] == 46) {
                    if isASCIIUpper(n) && (i + 2 >= end || p[i + 2] == 46) { h.add(b); i += 1; acronym = true; joined = true; continue }
                    if acronym { h.add(b); i += 1; joined = true; break }
                }
            }
            break
        }
        let letters = upper > 0 || lower
        var flags: Token.Flags = [.word]
        if digits && !letters { flags.insert(.number) }
        if first == .upper { flags.insert(.capitalized) }
        // (every letter a capital, and two of them or a dotted acronym)
        if upper >= 1 && !lower && (upper >= 2 || acronym) { flags.insert(.allCaps) }
        if acronym { flags.insert([.acronym, .allCaps]) }
        if !joined && (!digits || !letters) { flags.insert(.plain) }
        return (Token(start: start, end: i, key: h.value, flags: flags), i)
    }

    /// The key a phrase's single word would have: used to build lexicons.
    public static func key(_ word: String) -> UInt64 {
        var s = word
        return s.withUTF8 { p in
            // a phrase that starts with a letter or digit starts with `word`'s token: no token array
            if !p.isEmpty, case let (c, _) = classify(p, 0), c == .letter || c == .upper || c == .digit {
                return Tokenizer.word(p, 0, p.count, c).0.key
            }
            return tokenize(p).first?.key ?? 0
        }
    }

    /// Keys of every token of a phrase, tokenized exactly like article text.
    public static func keys(_ phrase: String) -> [UInt64] {
        var s = phrase
        return s.withUTF8 { p in tokenize(p).map(\.key) }
    }
}
