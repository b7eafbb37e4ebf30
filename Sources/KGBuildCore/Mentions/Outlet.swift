extension MentionFinder {
    /// The outlet that filed a story, as its dateline names it ("Reuters", "AA", "Anadolu", "ITAR-TASS"):
    /// the gazetteer's media entry of that name or alias. Nil for a name the gazetteer does not hold as an outlet
    /// ("reuters.com", "Special Correspondent"): a source is linked only as the outlet it is known to be.
    public func outletRecord(named name: String) -> ActorRecord? {
        var s = name
        let found = s.withUTF8 { p -> Int? in
            let toks = Tokenizer.tokenize(p)
            guard !toks.isEmpty, let g = lexicon.names.longest(toks[...], from: 0, accept: { len, e in
                len == toks.count && e.kind == .name && lexicon.ontology.actors[Int(e.actor)].type == "media"
            }) else { return nil }
            return Int(g.payload.actor)
        }
        return found.map { entryRecords[$0] }
    }
}
