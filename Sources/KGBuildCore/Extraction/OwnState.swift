/// "The far-right AfD accused the government of dragging the country into the war", "the rebels accused the army of
/// shelling villages": a domestic party that accuses or criticises "the government" or "the army", naming no state,
/// means its own state's.
extension EventExtractor {
    /// Adds, to each accusation or criticism (`judges_events`) of no one named whose verb is followed by "the" and a
    /// noun of the state's power (`own_state_nouns`), the state of its first-role actor, when that actor is no state
    /// itself (a person, a party, a group: a state accusing "the government" means another's). `sites`: where each
    /// event was told.
    func ownStateJudged(_ events: inout [Event], _ sites: [Site], _ doc: Document, _ found: MentionFinder.Result) {
        let toks = doc.tokens
        let types = lexicon.ontology.eventTypes
        for e in events.indices {
            guard let ti = typeIndex[events[e].type], types[ti].judgesEvents, types[ti].roles.count >= 2 else { continue }
            let lead = types[ti].roles[0], second = types[ti].roles[1]
            guard !events[e].arguments.contains(where: { $0.role == second }) else { continue }
            let site = sites[e]
            let hi = doc.sentences[site.sentence].tokens.upperBound
            var k = site.end
            if k < hi, toks[k].isQuote { k += 1 }
            // ("the government in Kinshasa", "the army of Chad": a state named after the noun is the one meant)
            // (not "accused the army of shelling": the charge's "of")
            guard k + 2 < hi, toks[k].key == words.kThe, words.ownStateNouns.contains(toks[k + 1].key), found.starting(at: k + 1) == nil,
                  toks[k + 2].key != words.kOf && toks[k + 2].key != words.kIn || k + 3 >= hi || !toks[k + 3].isCapitalized else { continue }
            guard let judge = events[e].arguments.first(where: { $0.role == lead }), !isState(judge.actor, found),
                  let c = found.record(judge.actor)?.country, case let state = "actor:" + c, isState(state, found),
                  types[ti].roleTypes[second]?.contains("country") ?? true else { continue }
            events[e].arguments.append((role: second, actor: state))
        }
    }
}
