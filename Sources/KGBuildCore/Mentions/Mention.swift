/// A span of the text that names an actor or place.
public struct Mention: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// A name: "Sergei Lavrov", "NATO", "Lavrov" (surname), "Iraqi forces" (stands for the state).
        case name
        /// A demonym adjective modifying something else: "Russian jets", "Russian Foreign Minister".
        case modifier
        /// A role noun or pronoun resolved to a person: "the minister", "he".
        case reference
    }
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    public var actor: String
    public var kind: Kind
    public var sentence: Int
}

/// An actor as an article knows it: the graph node it becomes, with the names the article used.
public struct ActorRecord: Sendable, Equatable {
    public var id: String
    public var name: String
    public var type: String
    public var aliases: Set<String>
    public var country: String?
    /// Role nouns seen with the actor ("minister", "spokesman"), to resolve "the minister".
    public var roles: Set<String> = []

    public var isPlace: Bool { type == "place" }
}
