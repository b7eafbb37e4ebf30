/// Which side an argument stands on. An event of two opposed roles (attacker and target, critic and target,
/// accuser and accused, supplier and recipient) does not put one state on both sides: a state named beside its
/// own official or ministry ("Lebanon's prime minister condemned the strikes as a violation of Lebanese
/// sovereignty", "Cambodia's defence ministry accused Thai forces of firing on a Cambodian patrol") is the first
/// role's, not the second's; and an agency or firm of the supplier's state ("the sale, the U.S. Defense Security
/// Cooperation Agency said", "Rosoboronexport") is on the supplier's side, not a second recipient beside the buyer.
/// A spokesperson is never the one judged.
extension EventExtractor {
    static let spokesRoles = ["spokesman", "spokeswoman", "spokesperson"]

    /// Removes, from each event of two opposed roles, the second-role arguments that belong to the first role's
    /// side (see above). Types that pair parties (talks, meetings) have one role and are left alone.
    func dropSameSide(_ events: inout [Event], _ found: MentionFinder.Result) {
        let types = lexicon.ontology.eventTypes
        /// The state actor `a` stands for: itself when a country, else the country of an official, a government
        /// body or an institution of its state (not of an armed group or a company: insurgents fight their own state).
        func sideState(_ a: String) -> String? {
            if isState(a, found) { return a }
            guard let rec = found.actors[a], let c = rec.country else { return nil }
            if rec.type == "person" || rec.type == "government" || rec.type == "organization" && Self.isInstitution(a, of: c) { return "actor:" + c }
            return nil
        }
        /// The state of an organization, government body or company (not a country, not a person).
        func bodyState(_ a: String) -> String? {
            guard let rec = found.actors[a], let c = rec.country, rec.type == "organization" || rec.type == "government" else { return nil }
            return "actor:" + c
        }
        /// A spokesperson speaks for a side ("condemned the attack in a statement issued by his spokesman Jane Roe"):
        /// never the one judged.
        func spokesperson(_ a: String) -> Bool {
            guard let rec = found.actors[a], rec.type == "person" else { return false }
            return rec.roles.contains { role in Self.spokesRoles.contains { role.hasSuffix($0) } }
        }
        for e in events.indices {
            // (the type's fields read in place: a copy of its definition retained and released every field)
            guard let ti = typeIndex[events[e].type], types[ti].roles.count >= 2, !types[ti].talks, !types[ti].pairPhrase else { continue }
            let judges = types[ti].judgesEvents, physical = types[ti].physical
            if judges {
                let second = types[ti].roles[1]
                events[e].arguments.removeAll { $0.role == second && spokesperson($0.actor) }
            }
            let lead = types[ti].roles[0], second = types[ti].roles[1]
            // (arrays, not Sets: an event has a handful of arguments, and hashing each id cost more than the scans)
            let leadStates = events[e].arguments.compactMap { $0.role == lead ? sideState($0.actor) : nil }
            guard !leadStates.isEmpty else { continue }
            let seconds = events[e].arguments.filter { $0.role == second }.map(\.actor)
            let leads = events[e].arguments.compactMap { $0.role == lead ? $0.actor : nil }
            events[e].arguments.removeAll { arg in
                guard arg.role == second else { return false }
                // the lead's own state as its opponent (attacks, seizures, accusations, criticism)
                // (not a state named in both roles: "the two sides accused each other")
                if (physical || judges) && isState(arg.actor, found) {
                    return leadStates.contains(arg.actor) && !leads.contains(arg.actor)
                }
                // a body of the lead's state beside a second-role party of another state
                guard let st = bodyState(arg.actor), leadStates.contains(st) else { return false }
                return seconds.contains { $0 != arg.actor && (sideState($0) ?? bodyState($0)).map { $0 != st } ?? false }
            }
        }
    }
}
