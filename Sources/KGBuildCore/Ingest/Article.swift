/// One news article: a headline and its body, with what its dateline and metadata say.
public struct Article: Sendable, Equatable {
    /// Stable identifier: the record id, or `path#n` for the n-th article of a text file.
    public var id: String
    /// The file the article came from, as the user named it (`-` for standard input).
    public var path: String
    /// Position of the article in its file (0-based).
    public var index: Int
    public var title: String
    /// The body's UTF-8 text. Page furniture is blanked with spaces so offsets stay those of the file.
    public var body: String
    /// Byte offset of `body` in its file (0 for JSON records, whose offsets are into the record's text).
    public var bodyOffset: Int
    public var date: PartialDate?
    public var source: String?
    /// The agency the text itself names in its dateline ("(Xinhua) --", "/TASS/."): an actor the article names, unlike
    /// a `source` that only the record's metadata gives.
    public var outlet: String?
    public var place: String?
    /// The country the dateline names after its place ("BOSASO, Somalia (AP) -"), if any.
    public var placeCountry: String? = nil
    public var url: String?

    public init(id: String, path: String, index: Int, title: String, body: String, bodyOffset: Int = 0,
                date: PartialDate? = nil, source: String? = nil, outlet: String? = nil, place: String? = nil, url: String? = nil,
                placeCountry: String? = nil) {
        self.id = id
        self.path = path
        self.index = index
        self.title = title
        self.body = body
        self.bodyOffset = bodyOffset
        self.date = date
        self.source = source
        self.outlet = outlet
        self.place = place
        self.placeCountry = placeCountry
        self.url = url
    }
}

/// Why an input was skipped: reported on stderr with the file name, never fatal.
public struct IngestProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): \(reason)" }
}
