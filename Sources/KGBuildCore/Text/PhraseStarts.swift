/// The first token keys of a phrase trie's phrases, for skipping tokens that start none without walking
/// the trie (the walk costs far more than a set lookup, and most tokens start no phrase).
///
/// The trie's phrases are not readable, so they are enumerated by the caller (as the lexicon built the
/// trie) and proven here: there must be as many as the trie holds payloads, and each (phrase, payload)
/// must end in the trie exactly as often as it was enumerated. Every payload of the trie is then accounted
/// for by an enumerated phrase, so no phrase starts with another key. If the proof fails (the lexicon
/// builds the trie otherwise), the answer is nil and every token is tried as before.
func provenPhraseStarts<P>(_ trie: PhraseTrie<P>, _ phrases: [(keys: [UInt64], payload: P)],
                           same: (P, P) -> Bool) -> TokenKeySet? {
    var counts: [[UInt64]: [(payload: P, n: Int)]] = [:]
    var total = 0
    for (keys, payload) in phrases where !keys.isEmpty {  // (the trie keeps no empty phrase)
        total += 1
        var list = counts[keys] ?? []
        if let j = list.firstIndex(where: { same($0.payload, payload) }) { list[j].n += 1 } else { list.append((payload, 1)) }
        counts[keys] = list
    }
    guard total == trie.payloads.count else { return nil }
    for (keys, list) in counts {
        let toks = keys.map { Token(start: 0, end: 0, key: $0, flags: []) }
        let ends = trie.matches(toks[...], from: 0).filter { $0.length == keys.count }
        for (payload, n) in list where ends.filter({ same($0.payload, payload) }).count != n { return nil }
    }
    return TokenKeySet(counts.keys.map { $0[0] })
}
