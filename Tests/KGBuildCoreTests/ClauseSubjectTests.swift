import Testing

@testable import KGBuildCore

/// A relative clause set off by commas between a subject and its verb belongs to the subject: the verb's clause
/// still starts before it. Every sentence here is invented.
@Suite struct ClauseSubjectTests {
    @Test func relativeClauseBetweenSubjectAndVerb() {
        let r = Shared.analyze("The European Union, which has long backed the Jeddah process, condemned the air strikes on Omdurman on Tuesday.")
        let c = Shared.events(r, "criticism")
        #expect(c.contains { Shared.has(r, $0, "critic", "European Union") })
        // a place inside the relative clause is not the subject
        let r1 = Shared.analyze("The European Union, which is based in Brussels, condemned the air strikes on Omdurman on Tuesday.")
        #expect(Shared.events(r1, "criticism").contains { Shared.has(r1, $0, "critic", "European Union") })
        #expect(!Shared.events(r1, "criticism").contains { Shared.has(r1, $0, "critic", "Belgium") })
        // a relative clause that is the verb's own ("the group which attacked the base") is not skipped
        let r2 = Shared.analyze("Police said the gunmen, who had crossed the border, were arrested near the village of Tal Abyad.")
        #expect(!Shared.events(r2, "criticism").contains { _ in true })
    }
}
