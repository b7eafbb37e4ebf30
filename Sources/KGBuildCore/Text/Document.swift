/// An article prepared for extraction: headline and body in one UTF-8 buffer, tokenized and split.
///
/// The headline comes first, then a blank line, then the body; `bodyStart` maps offsets back to the body
/// (and, with the article's `bodyOffset`, to the file).
public struct Document: Sendable {
    public let bytes: [UInt8]
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let bodyStart: Int

    public init(title: String, body: String) {
        var buf: [UInt8] = []
        buf.reserveCapacity(title.utf8.count + 2 + body.utf8.count)  // (the body appended without regrowing)
        buf.append(contentsOf: title.utf8)
        buf.append(contentsOf: [10, 10])
        let bodyStart = buf.count
        buf.append(contentsOf: body.utf8)
        self.bytes = buf
        self.bodyStart = bodyStart
        var toks: [Token] = []
        var sents: [Sentence] = []
        buf.withUnsafeBufferPointer { p in
            toks = Tokenizer.tokenize(p)
            sents = SentenceSplitter.split(p, tokens: toks)
        }
        Document.rekeyDateDots(&toks)
        // the headline is always a sentence of its own
        var fixed: [Sentence] = []
        fixed.reserveCapacity(sents.count + 1)
        for s in sents {
            if s.start < bodyStart && s.end > bodyStart {
                let cut = s.tokens.firstIndex { toks[$0].start >= bodyStart } ?? s.tokens.upperBound
                if cut > s.tokens.lowerBound {
                    fixed.append(Sentence(start: s.start, end: toks[cut - 1].end, tokens: s.tokens.lowerBound..<cut, paragraph: s.paragraph))
                }
                if cut < s.tokens.upperBound {
                    fixed.append(Sentence(start: toks[cut].start, end: s.end, tokens: cut..<s.tokens.upperBound, paragraph: s.paragraph + 1))
                }
            } else {
                fixed.append(s)
            }
        }
        self.tokens = toks
        self.sentences = fixed
    }

    public func isHeadline(_ s: Sentence) -> Bool { s.start < bodyStart }

    /// Abbreviated months that take a full stop before their day ("on Oct. 24", "since Sept. 11").
    static let monthAbbreviations = TokenKeySet(words: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
    /// The key given to such a full stop: no word's or mark's (the period's own key with its bits turned).
    public static let dateDot: UInt64 = ~Tokenizer.key(".")

    /// The full stop of an abbreviated month before its day ends no clause (the splitter already keeps the
    /// sentence whole): it takes a key of its own, so that the rules that stop at a "." looking for a subject, a
    /// clause or a speaker read past it ("Russia on Nov. 4 accused Ukraine": Russia is the accuser). Dates are read
    /// on the bytes, which stay as they are.
    static func rekeyDateDots(_ toks: inout [Token]) {
        let period = SentenceSplitter.period, months = monthAbbreviations
        var i = 1
        while i + 1 < toks.count {
            if toks[i].key == period, !toks[i].flags.contains(.spaceBefore), toks[i - 1].isWord, months.contains(toks[i - 1].key),
               toks[i + 1].flags.contains(.number), toks[i + 1].flags.contains(.spaceBefore), !toks[i + 1].flags.contains(.lineBefore) {
                toks[i].key = dateDot
            }
            i += 1
        }
    }

    public func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(bytes.count, max(start, end))], as: UTF8.self)
    }

    public func text(token i: Int) -> String { text(tokens[i].start, tokens[i].end) }

    public func text(tokens r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return text(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end)
    }

    public func text(of s: Sentence) -> String { text(s.start, s.end) }

    /// The first token that starts at or after byte `offset` (`tokens.count` if none). Tokens are in byte
    /// order and never overlap, so starts and ends both ascend: a binary search replaces a scan.
    public func firstToken(startingAtOrAfter offset: Int) -> Int { tokens.partitionPoint { $0.start >= offset } }

    /// The last token that ends at or before byte `offset`, if any.
    public func lastToken(endingAtOrBefore offset: Int) -> Int? {
        let after = tokens.partitionPoint { $0.end > offset }
        return after > 0 ? after - 1 : nil
    }

    /// The key of token i, or 0 past the ends.
    @inline(__always) public func key(_ i: Int) -> UInt64 { i >= 0 && i < tokens.count ? tokens[i].key : 0 }

    /// Whether token i ends in the lower-case ASCII `suffix` ("ing", "ed") and has at least `minLength` bytes;
    /// `anyCase` takes capitals too ("BOMBING"). Read on the bytes, no String per token. (The rules ask in
    /// both ways: a trigger's "-ing" in any case from three bytes, a reporting verb's in small letters from five.)
    @inline(__always)
    public func token(_ i: Int, endsIn suffix: StaticString, minLength: Int, anyCase: Bool) -> Bool {
        let t = tokens[i], n = suffix.utf8CodeUnitCount
        guard t.end - t.start >= max(minLength, n) else { return false }
        let fold: UInt8 = anyCase ? 0x20 : 0, p = suffix.utf8Start
        for j in 0..<n where bytes[t.end - n + j] | fold != p[j] { return false }
        return true
    }
}
