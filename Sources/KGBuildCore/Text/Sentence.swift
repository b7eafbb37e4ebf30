/// A sentence of an article: a byte span and the range of its tokens.
public struct Sentence: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>
    /// Index of the paragraph (line block) the sentence belongs to.
    public var paragraph: Int
}

/// Splits a token stream into sentences: terminal punctuation followed by a likely sentence start, and
/// paragraph breaks. Survives abbreviations (Mr., Gen., No. 5), initials (John F. Kennedy), dotted
/// acronyms (U.S.), decimals (tokenized as one number) and quotes that close after the full stop.
public enum SentenceSplitter {
    static let abbreviations: TokenKeySet = TokenKeySet(words: [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen", "rep",
        "rev", "st", "jr", "sr", "no", "nos", "vol", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov",
        "dec", "inc", "corp", "co", "ltd", "prof", "vs", "v", "pres", "brig", "cmdr", "lieut", "gens", "messrs",
        "fig", "approx", "dept", "est", "mt", "ft", "art", "para", "sec", "pp", "al", "eg", "ie", "cf",
    ])
    /// Words that, capitalized after a dotted acronym (U.S.), start a new sentence.
    static let starters: TokenKeySet = TokenKeySet(words: [
        "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "an", "this", "that", "these", "those",
        "his", "her", "its", "their", "on", "at", "after", "as", "meanwhile", "however", "there", "according",
    ])
    /// Longest sentence, in tokens. Text without full stops (a 50 MB line of words) would otherwise be one
    /// sentence, and extraction compares triggers with the mentions of their sentence: quadratic.
    static let maxTokens = 250
    static let period = Tokenizer.key(".")
    static let bang = Tokenizer.key("!")
    static let question = Tokenizer.key("?")
    static let ellipsis = Tokenizer.key("…")
    static let closeParen = Tokenizer.key(")")
    static let closeBracket = Tokenizer.key("]")

    /// The keys and word sets `split` reads at every token, fetched once per call: each read of a static
    /// constant was a `swift_once` call (three per token).
    struct Keys {
        let period = SentenceSplitter.period, bang = SentenceSplitter.bang, question = SentenceSplitter.question
        let ellipsis = SentenceSplitter.ellipsis, closeParen = SentenceSplitter.closeParen
        let closeBracket = SentenceSplitter.closeBracket
        let abbreviations = SentenceSplitter.abbreviations, starters = SentenceSplitter.starters

        @inline(__always) func isTerminal(_ k: UInt64) -> Bool {
            k == period || k == bang || k == question || k == ellipsis
        }
    }

    public static func split(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Sentence] {
        let keys = Keys()
        let closeParen = keys.closeParen, closeBracket = keys.closeBracket, starters = keys.starters
        func isTerminal(_ k: UInt64) -> Bool { keys.isTerminal(k) }
        var out: [Sentence] = []
        var first = 0
        var paragraph = 0
        func close(_ last: Int) {
            guard last >= first else { return }
            out.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1), paragraph: paragraph))
            first = last + 1
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i - first >= maxTokens { close(i - 1) }
            if i > 0 && i == first && t.flags.contains(.lineBefore) {
                paragraph += 1
            } else if i > first && t.flags.contains(.lineBefore) {
                // a wrapped line continues the sentence when it starts in lower case after no full stop
                let prev = tokens[i - 1]
                let wrapped = t.isWord && !t.isCapitalized && !t.flags.contains(.number) && !isTerminal(prev.key)
                    && !blankLineBetween(p, prev.end, t.start)
                if !wrapped {
                    close(i - 1)
                    if blankLineBetween(p, prev.end, t.start) || isTerminal(prev.key) || prev.isQuote { paragraph += 1 }
                }
            }
            var endsHere = false
            if isTerminal(t.key) {
                endsHere = boundaryAfterTerminal(p, tokens, i, keys)
            } else if t.flags.contains(.acronym) {
                if i + 1 < tokens.count, tokens[i + 1].isCapitalized, starters.contains(tokens[i + 1].key),
                   !tokens[i + 1].flags.contains(.lineBefore) {
                    endsHere = true
                }
            }
            if endsHere {
                var last = i
                while last + 1 < tokens.count, !tokens[last + 1].flags.contains(.spaceBefore),
                      tokens[last + 1].flags.contains(.closeQuote) || tokens[last + 1].flags.contains(.ambiguousQuote)
                        || tokens[last + 1].key == closeParen || tokens[last + 1].key == closeBracket {
                    last += 1
                }
                close(last)
                i = last + 1
                continue
            }
            i += 1
        }
        if first < tokens.count { close(tokens.count - 1) }
        return out
    }

    static func blankLineBetween(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        var lines = 0
        var i = a
        while i < b { if p[i] == 10 { lines += 1; if lines >= 2 { return true } }; i += 1 }
        return false
    }

    static func boundaryAfterTerminal(_ p: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ i: Int, _ keys: Keys) -> Bool {
        let closeParen = keys.closeParen, closeBracket = keys.closeBracket, period = keys.period
        let abbreviations = keys.abbreviations
        let t = tokens[i]
        // skip closing quotes/brackets to find the next real token
        var j = i + 1
        while j < tokens.count, !tokens[j].flags.contains(.spaceBefore),
              tokens[j].flags.contains(.closeQuote) || tokens[j].flags.contains(.ambiguousQuote)
                || tokens[j].key == closeParen || tokens[j].key == closeBracket {
            j += 1
        }
        guard j < tokens.count else { return true }
        let next = tokens[j]
        if next.flags.contains(.lineBefore) { return true }
        if !next.flags.contains(.spaceBefore) { return false }  // 3.5, a.m., e.g.
        if t.key == period, i > 0, !tokens[i].flags.contains(.spaceBefore) {
            let prev = tokens[i - 1]
            if abbreviations.contains(prev.key) && prev.isWord { return false }
            // an initial: a single capital letter before the dot ("John F. Kennedy")
            if prev.isCapitalized && prev.end - prev.start == 1 && prev.isWord && (i < 2 || tokens[i - 1].flags.contains(.spaceBefore)) {
                return false
            }
        }
        if next.isWord {
            return next.isCapitalized || next.flags.contains(.number)
        }
        return next.isQuote || next.flags.contains(.dash) || p[next.start] == 40 /* ( */ || p[next.start] == 91
    }
}
