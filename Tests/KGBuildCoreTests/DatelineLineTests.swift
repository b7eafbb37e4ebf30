import Foundation
import Testing

@testable import KGBuildCore

/// Datelines not on the lead's line: a place alone on the first line ("ANKARA", then the lead), a dateline under a
/// byline line ("Special Correspondent" over "COLOMBO", "Our Staff Reporter" over "ISLAMABAD: …"), and the place's
/// colon before the lead ("KARACHI: Police said …"). Stories of our own.
@Suite struct DatelineLineTests {
    static let places: Set<String> = ["ankara", "colombo", "islamabad", "karachi", "hope", "kabul", "dar es salaam"]
    static func isPlace(_ s: String) -> Bool { places.contains(s.lowercased()) }
    static let lead = "The coast guard said on Tuesday that it had rescued eleven fishermen after their boat capsized in a storm."

    static func head(_ text: String) -> (dateline: Dateline, blanked: String)? {
        let u = Array(text.utf8)
        guard let (d, r) = DatelineParser.parseHead(u, from: 0, isPlace: isPlace) else { return nil }
        return (d, String(decoding: u[r], as: UTF8.self))
    }

    @Test func placeAloneOnTheFirstLine() throws {
        let h = try #require(Self.head("ANKARA\n\n" + Self.lead))
        #expect(h.dateline.place == "Ankara")
        #expect(h.blanked == "ANKARA")
        let h2 = try #require(Self.head("DAR ES SALAAM\n" + Self.lead))
        #expect(h2.dateline.place == "Dar Es Salaam")
    }

    /// A one-line headline: a place name used as a word (title case, with no byline over it), a place and a word,
    /// an unknown word in capitals, a place over a line too short to be a lead.
    @Test func headlinesAreNoDatelines() {
        #expect(Self.head("Hope\n" + Self.lead) == nil)
        #expect(Self.head("Kabul Diary\n" + Self.lead) == nil)
        #expect(Self.head("BREAKING\n" + Self.lead) == nil)
        #expect(Self.head("ANKARA\nTalks resume\n" + Self.lead) == nil)
    }

    @Test func datelineUnderAByline() throws {
        let h = try #require(Self.head("Special Correspondent\nCOLOMBO\n" + Self.lead))
        #expect(h.dateline.place == "Colombo")
        #expect(h.blanked == "Special Correspondent\nCOLOMBO")
        // in title case under a byline, and with Dawn's colon on the lead's line
        #expect(Self.head("By Jane Roe\nColombo\n\n" + Self.lead)?.dateline.place == "Colombo")
        let dawn = try #require(Self.head("Our Staff Reporter\nISLAMABAD: " + Self.lead))
        #expect(dawn.dateline.place == "Islamabad")
        #expect(dawn.blanked == "Our Staff Reporter\nISLAMABAD: ")
        // an agency's dateline under the writer's name
        #expect(Self.head("Jane Roe\nKABUL (AP) — " + Self.lead)?.dateline.agency == "AP")
    }

    /// A short first line that is a title, over the lead: no dateline, neither the title nor the lead's first words.
    @Test func titleOverTheLeadIsNoByline() {
        #expect(Self.head("Fishermen Rescued\n" + Self.lead) == nil)
        #expect(Self.head("Fishermen Rescued\nThe Storm\n" + Self.lead) == nil)
        #expect(!DatelineParser.isByline("Eleven fishermen were rescued."))
        #expect(!DatelineParser.isByline("Storm kills 12 in Kandy"))
    }

    @Test func placeColonBeforeTheLead() throws {
        let line: Substring = "KARACHI: Police said on Friday they had arrested three men."
        let d = try #require(DatelineParser.parse(line: line, isPlace: Self.isPlace))
        #expect(d.place == "Karachi")
        #expect(String(line.utf8.dropFirst(d.length))!.hasPrefix("Police said"))
        #expect(DatelineParser.parse(line: "UPDATE: Police said on Friday they had arrested three men.", isPlace: Self.isPlace) == nil)
    }

    /// The home state follows the dateline read off its own line: "the army" is Ukraine's in a Kyiv story that
    /// names Russia more often, in a JSON record and in a text file alike.
    @Test(arguments: ["Our Staff Reporter\nKYIV\n", "KYIV\n\n", "Special Correspondent\nKYIV: "])
    func homeStateFromALineDateline(head: String) throws {
        let text = head + "Russia fired a wave of drones at Odesa overnight, Ukraine's air force said on Saturday. Russia said it had hit fuel depots, and Moscow denied striking homes. Russia has sent such waves every night this month. The army said it had shot down most of the drones over the Odesa region."
        let r = HomeStateTests.analyze(text)
        #expect(r.article.place == "Kyiv")
        #expect(HomeStateTests.speaker(r, "shot down most") == "Ukraine", "\(r.claims.map { (Shared.name(r, $0.speaker), $0.text) })")
        #expect(!r.article.body.contains("Staff Reporter") && !r.article.body.contains("Correspondent"))
        var problems: [IngestProblem] = []
        let file = "Drones over Odesa\n\n" + text + "\n"
        let arts = Shared.pipeline.read(data: Array(file.utf8), path: "t.txt", problems: &problems)
        #expect(arts.first?.place == "Kyiv")
        #expect(arts.first.map { !$0.body.contains("KYIV") } == true)
    }
}
