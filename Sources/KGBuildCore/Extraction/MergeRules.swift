/// What `EventExtractor.merge` knows of the event types, read from the ontology so that a user's own type takes
/// part in the merge as the built-in ones do (ontology/README.md, "Event type flags").
struct MergeRules: Sendable {
    /// Event type → its first role (supplier, attacker, accuser…): the actor that makes two mentions one event.
    var leadRoles: [String: String]
    /// Event type → the role that names the other side of a deal (`counter_role`): a supplier's recipient; for
    /// cooperation, one role for both sides, the pair itself. Another other side is another deal.
    var counterRoles: [String: String]
    /// Types whose roles are two sides, one acting against the other (`two_sided`): one side's act and the
    /// other's are two events, not one told twice.
    var twoSided: Set<String>
    /// Types that are meetings of their parties (`meeting`): two mentions are one meeting by two parties in common,
    /// and a leader and his state are one party.
    var meetings: Set<String>

    init(leadRoles: [String: String], counterRoles: [String: String] = [:], twoSided: Set<String> = [], meetings: Set<String> = []) {
        self.leadRoles = leadRoles
        self.counterRoles = counterRoles
        self.twoSided = twoSided
        self.meetings = meetings
    }

    init(_ ontology: Ontology) {
        let types = ontology.eventTypes
        self.init(leadRoles: Dictionary(types.compactMap { t in t.roles.first.map { (t.type, $0) } }, uniquingKeysWith: { a, _ in a }),
                  counterRoles: Dictionary(types.compactMap { t in t.counterRole.map { (t.type, $0) } }, uniquingKeysWith: { a, _ in a }),
                  twoSided: Set(types.filter(\.twoSided).map(\.type)), meetings: Set(types.filter(\.meeting).map(\.type)))
    }
}
