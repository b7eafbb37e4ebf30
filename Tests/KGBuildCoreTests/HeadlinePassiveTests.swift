import Foundation
import Testing

@testable import KGBuildCore

/// A headline drops the passive's "be": "Five soldiers killed in border town" has its soldiers for the target, so
/// that the lead's attack, told with them as its target, is not given them as its attacker once merged.
@Suite struct HeadlinePassiveTests {
    static func attacks(title: String, text: String) -> [(role: String, actor: String)] {
        let r = Shared.analyzeRecord(text, title: title)
        return r.events.filter { $0.type == "attack" }.flatMap { e in e.arguments.map { ($0.role, Shared.name(r, $0.actor)) } }
    }

    @Test func headlineParticipleIsPassive() {
        let lead = "Four Greek soldiers were killed on Thursday when Turkish forces shelled a Greek border post near the river, the Greek defence ministry said."
        let args = Self.attacks(title: "Four Greek soldiers killed in the north", text: lead)
        #expect(args.contains { $0.role == "target" && $0.actor == "Greece" }, "\(args)")
        #expect(!args.contains { $0.role == "attacker" && $0.actor == "Greece" }, "\(args)")
        let alone = Self.attacks(title: "Four Greek soldiers killed in the north", text: "Athens protested on Thursday.")
        #expect(alone.contains { $0.role == "target" && $0.actor == "Greece" }, "\(alone)")
        // a participle with its object is active
        let active = Self.attacks(title: "Turkish troops killed two Greek soldiers", text: "Athens protested on Thursday.")
        #expect(active.contains { $0.role == "attacker" && $0.actor == "Turkey" }, "\(active)")
        #expect(active.contains { $0.role == "target" && $0.actor == "Greece" }, "\(active)")
    }
}
