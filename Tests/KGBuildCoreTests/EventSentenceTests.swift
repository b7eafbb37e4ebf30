import Foundation
import Testing

@testable import KGBuildCore

/// Sentence → expected events, on sentences composed for the purpose: each event type, passive voice,
/// coordination, negation, modality, and the false friends (a shark attack, airliners, a threat).
@Suite struct EventSentenceTests {
    struct Expected: CustomStringConvertible, Sendable {
        var sentence: String
        var type: String?          // nil: no event of the checked type
        var checked: String        // the type whose presence or absence is checked
        var roles: [(String, String)] = []  // (role, name the actor goes by)
        var description: String { sentence }
    }

    static let cases: [Expected] = [
        .init(sentence: "Russia delivered S-300 missile systems to Iran on Monday.", type: "arms_transfer", checked: "arms_transfer",
              roles: [("supplier", "Russia"), ("recipient", "Iran")]),
        .init(sentence: "Iraq bought Sukhoi fighter jets from Russia and Belarus.", type: "arms_transfer", checked: "arms_transfer",
              roles: [("recipient", "Iraq"), ("supplier", "Russia"), ("supplier", "Belarus")]),
        .init(sentence: "Syrian rebels were supplied with anti-tank missiles by Saudi Arabia.", type: "arms_transfer", checked: "arms_transfer",
              roles: [("supplier", "Saudi Arabia")]),
        .init(sentence: "Airbus sold 20 airliners to Turkish Airlines.", type: nil, checked: "arms_transfer"),
        .init(sentence: "The FSB thwarted a terrorist attack in Moscow.", type: "attack_thwarted", checked: "attack_thwarted",
              roles: [("agent", "FSB")]),
        .init(sentence: "A terrorist plot was foiled by French police in Paris.", type: "attack_thwarted", checked: "attack_thwarted",
              roles: [("agent", "France")]),
        .init(sentence: "Negotiations between Iran and the United States ended without agreement.", type: "talks_stalled", checked: "talks_stalled",
              roles: [("party", "Iran"), ("party", "United States")]),
        .init(sentence: "Syrian government forces attacked rebel positions in Aleppo.", type: "attack", checked: "attack",
              roles: [("attacker", "Syria")]),
        .init(sentence: "Islamic State militants were attacked by U.S. warplanes near Mosul.", type: "attack", checked: "attack",
              roles: [("attacker", "United States")]),
        .init(sentence: "A shark attack killed a surfer in Australia.", type: nil, checked: "attack"),
        .init(sentence: "A car bomb exploded outside a police station in Kabul, killing six officers.", type: "attack", checked: "attack"),
        .init(sentence: "A bus crashed on a mountain road in Nepal, killing six passengers.", type: nil, checked: "attack"),
        .init(sentence: "Lightning strikes killed two hikers in Poland.", type: nil, checked: "attack"),
        .init(sentence: "North Korea threatened to strike the United States.", type: nil, checked: "attack"),
        .init(sentence: "Russia did not attack Ukraine on Tuesday, officials said.", type: nil, checked: "attack"),
        .init(sentence: "The Taliban captured the city of Kunduz.", type: "seizure", checked: "seizure", roles: [("attacker", "Taliban")]),
        .init(sentence: "Syrian troops recaptured Palmyra from Islamic State.", type: "seizure", checked: "seizure",
              roles: [("attacker", "Syria"), ("target", "Islamic State")]),
        .init(sentence: "Police captured the suspect after a chase.", type: nil, checked: "seizure"),
        .init(sentence: "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.", type: "meeting", checked: "meeting",
              roles: [("participant", "Vladimir Putin"), ("participant", "Xi Jinping")]),
        .init(sentence: "Russia accused the United States of violating the treaty.", type: "accusation", checked: "accusation",
              roles: [("accuser", "Russia"), ("accused", "United States")]),
        .init(sentence: "France condemned Syria for the chemical attack.", type: "criticism", checked: "criticism",
              roles: [("critic", "France"), ("target", "Syria")]),
        .init(sentence: "Armenia and Azerbaijan traded accusations of ceasefire violations.", type: "accusation", checked: "accusation",
              roles: [("accuser", "Armenia"), ("accuser", "Azerbaijan"), ("accused", "Armenia"), ("accused", "Azerbaijan")]),
        .init(sentence: "Russia and China held joint naval exercises in the South China Sea.", type: "military_cooperation", checked: "military_cooperation",
              roles: [("participant", "Russia"), ("participant", "China")]),
        .init(sentence: "The United States will pay the salaries of Syrian rebels, officials said.", type: "funding", checked: "funding",
              roles: [("funder", "United States")]),
        .init(sentence: "Japan pledged to help rebuild Afghanistan.", type: "pledge", checked: "pledge", roles: [("agent", "Japan")]),
        .init(sentence: "The CSTO deployed peacekeepers in Kazakhstan.", type: "peacekeeping", checked: "peacekeeping", roles: [("agent", "CSTO")]),
        .init(sentence: "The Russian parliament adopted a law banning foreign agents.", type: "legislation", checked: "legislation"),
        .init(sentence: "Brazil has requested that the African Union hold an emergency meeting.", type: nil, checked: "meeting"),
        // visits: the host is who is visited, a capital standing for its state
        .init(sentence: "Indian Prime Minister Narendra Modi paid a state visit to Japan on Monday.", type: "meeting", checked: "meeting",
              roles: [("participant", "Narendra Modi"), ("participant", "Japan")]),
        .init(sentence: "German Chancellor Angela Merkel began a two-day visit to Beijing on Sunday.", type: "meeting", checked: "meeting",
              roles: [("participant", "Angela Merkel"), ("participant", "China")]),
        .init(sentence: "Turkish President Recep Tayyip Erdogan arrived in Tehran on Thursday on an official visit.", type: "meeting", checked: "meeting",
              roles: [("participant", "Recep Tayyip Erdogan"), ("participant", "Iran")]),
        .init(sentence: "The exhibition had its first visit from schoolchildren on Friday.", type: nil, checked: "meeting"),
        .init(sentence: "Iran's foreign minister and his Omani counterpart spoke by telephone on Tuesday.", type: "meeting", checked: "meeting",
              roles: [("participant", "Oman")]),
        .init(sentence: "Brazil held a video conference with Argentina on trade.", type: "meeting", checked: "meeting",
              roles: [("participant", "Brazil"), ("participant", "Argentina")]),
        // a capital acting is its government; a capital things happen to stays a place
        .init(sentence: "Moscow blamed Kiev for the shelling of the town.", type: "accusation", checked: "accusation",
              roles: [("accuser", "Russia"), ("accused", "Ukraine")]),
        .init(sentence: "Beijing condemned Tokyo over the shrine visit.", type: "criticism", checked: "criticism",
              roles: [("critic", "China"), ("target", "Japan")]),
        .init(sentence: "Russian and Chinese marines practised an assault landing during naval drills.", type: nil, checked: "attack"),
    ]

    @Test(arguments: cases)
    func sentence(_ c: Expected) throws {
        let r = Shared.pipeline.analyze(Shared.article(c.sentence, title: "Story"))
        let events = r.events.filter { $0.type == c.checked }
        guard c.type != nil else {
            #expect(events.isEmpty, "expected no \(c.checked), got \(events.map { $0.arguments.map { $0.role + "=" + Shared.name(r, $0.actor) } })")
            return
        }
        let e = try #require(events.first, "no \(c.checked) found")
        for (role, name) in c.roles {
            let ok = e.arguments.contains { $0.role == role && Shared.names(r, $0.actor).contains(where: { $0 == name || $0.hasSuffix(name) }) }
            #expect(ok, "missing \(role)=\(name); got \(e.arguments.map { $0.role + "=" + Shared.name(r, $0.actor) })")
        }
    }

    /// Things that happen to a capital happen to a place, not to its state.
    @Test func anAttackOnACapitalKeepsItAsThePlace() throws {
        let r = Shared.pipeline.analyze(Shared.article("Taliban militants attacked Kabul with rockets on Sunday, killing four people."))
        let e = try #require(r.events.first { $0.type == "attack" })
        #expect(!e.arguments.contains { Shared.names(r, $0.actor).contains("Afghanistan") }, "\(e.arguments)")
        #expect(e.arguments.contains { $0.role == "attacker" && Shared.names(r, $0.actor).contains { $0.hasSuffix("Taliban") } })
    }

    @Test func reportedEventsCarryTheirModality() throws {
        let r = Shared.pipeline.analyze(Shared.article("According to the Wall Street Journal, Saudi Arabia has reportedly supplied Syrian rebels with anti-aircraft missiles."))
        let e = try #require(r.events.first { $0.type == "arms_transfer" })
        #expect(e.modality == .reported || e.modality == .alleged)
    }

    @Test func repeatedMentionsAreOneEvent() throws {
        let r = Shared.pipeline.analyze(Shared.article("Russia delivered S-300 missiles to Iran on Monday. The S-300 missiles Russia delivered to Iran arrived in Tehran."))
        #expect(r.events.filter { $0.type == "arms_transfer" }.count == 1)
        #expect(r.events.first { $0.type == "arms_transfer" }?.evidence.count == 2)
    }

    @Test func countsAndCasualtiesAsStated() throws {
        let a = Shared.pipeline.analyze(Shared.article("The FSB said 28 terrorist attacks have been averted this year by Russian security forces."))
        #expect(a.events.first { $0.type == "attack_thwarted" }?.count == 28)
        let b = Shared.pipeline.analyze(Shared.article("Islamic State militants attacked Istanbul airport on Tuesday, killing 36 people and wounding close to 150."))
        let e = try #require(b.events.first { $0.type == "attack" })
        #expect(e.killed == 36)
        #expect(e.wounded == 150)
        #expect(e.count == nil, "no number counts the attacks here")
    }
}
